// 体质健康测试, the physical-fitness test that the 国家学生体质健康标准 has every school give all its pupils each school year (and the
// 体质测定 of adults in 全民健身 plans), is a standing check run by a cadence, as 监测 is (grammar procedureNouns): a count of one test
// per year or per term is how often it runs, not a count the plan delivers. Rates of the test and counts with a bound word stay.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a fitness test by its cadence is a working rule', () => {
  it('should support no count for a test run once a year or a term', () => {
    expect(values('各中小学每学年对在校学生开展1次体质健康测试，测试结果记入学生档案。')).toEqual([]);
    expect(values('每年对机关干部职工组织一次体质测定。')).toEqual([]);
  });

  it('should not support dropping rates of the test or counts with a bound word', () => {
    expect(values('学生体质健康测试优秀率达到25%。')).toContain('25%');
    expect(values('每年至少开展2次学生体质健康测试抽测。')).toContain('2次');
  });
});
