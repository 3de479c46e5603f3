// How a programme being built or a title being won is going (建设情况, 创建情况: grammar progressObjects) is the object a yearly
// review of units takes after 对 (每年对各区健康城市建设情况开展1次评估), as 实施情况 is: with no bound word its count of times is a
// working rule, not a target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const cols = (s: string) => s.split('|').slice(1, 4).join('|');

describe('a yearly review of how a programme is being built (每年对…建设情况开展1次评估)', () => {
  it('should support reading a yearly review of building or winning progress as a routine', () => {
    expect(brief(indicators('市爱卫办每年对各县区健康村镇建设情况开展1次评估，评估结果予以通报。', MULTI_YEAR))).toEqual([]);
    expect(brief(indicators('市卫生健康委每半年对各镇卫生乡镇创建情况开展1次督查。', MULTI_YEAR))).toEqual([]);
  });
  it('should not support dropping a bounded count, a count for the year, or a count of things built', () => {
    expect(brief(indicators('每年对各区紧密型医共体建设情况开展不少于2次评估。', MULTI_YEAR)).map(cols)).toEqual(['2|次|>=']);
    expect(brief(indicators('全年对各乡镇健康村建设情况开展3次专项调研。', ANNUAL_2024)).map(cols)).toEqual(['3|次|=']);
    expect(brief(indicators('到2027年，全市建成健康社区50个。', MULTI_YEAR)).map(cols)).toEqual(['50|个|=']);
  });
});
