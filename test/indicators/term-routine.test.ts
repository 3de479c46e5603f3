// A count of times per school term (每学期) with no bound word: the schedule of a routine, as after 每半年 (a term is half a
// school year); a bound word still sets a floor. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a count per school term (每学期)', () => {
  it('should not support a count of times per term with no bound word as a target', () => {
    expect(brief(indicators('各中小学每学期召开1次家长会，通报学生在校情况。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('每学期组织2次消防疏散演练。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a count per term with a bound word, and a count per school year', () => {
    expect(brief(indicators('每学期组织消防疏散演练不少于2次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|次|>=']);
    expect(brief(indicators('每学年开展心理健康测评2次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2|次']);
  });
});
