// 运行评估, the review an organ holds of how a system, a fund or a body it runs is working, is a standing oversight step run by a
// cadence, as 运行分析 is (grammar procedureNouns): one review a year or a half-year is how often the organ looks, not a count the
// plan delivers. A count of such reviews with a bound word still sets one, and rates stay.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a run review by its cadence is a working rule', () => {
  it('should support no count for a review of how a system runs once a year', () => {
    expect(values('建成区域慢病管理信息平台，每年开展1次平台运行评估。')).toEqual([]);
    expect(values('市医保局每年组织一次医保基金运行评估，及时发现苗头性问题。')).toEqual([]);
  });

  it('should not support dropping counts with a bound word or rates', () => {
    expect(values('每年至少开展2次信息系统运行评估。')).toContain('2次');
    expect(values('预警系统运行评估达标率达到90%。')).toContain('90%');
  });
});
