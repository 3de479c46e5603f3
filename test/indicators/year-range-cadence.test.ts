// A cadence of years written as a range (每3—5年, 每1～2年) is how often a screening or follow-up act recurs, as 每5年 is:
// a count of times after it, with no bound word, is the interval a norm sets, not a target. A bound word still sets one, and
// a span of years without 每 (用3—5年时间) is no cadence. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a cadence of years written as a range', () => {
  it('should support a count of times after 每N—M年 as a routine (no item)', () => {
    expect(values('子宫颈癌初筛采用高危型HPV检测，每3—5年筛查1次。')).toEqual([]);
    expect(values('乳腺癌高风险妇女每1～2年筛查1次。')).toEqual([]);
    expect(values('慢阻肺高风险人群每2至3年复查肺功能1次。')).toEqual([]);
  });

  it('should support a target of the same sentence, which stays', () => {
    expect(values('城乡适龄妇女宫颈癌筛查覆盖率达到72%，每3—5年筛查1次。')).toEqual(['72%']);
  });

  it('should not support dropping a count with a bound word, or a span of years without 每', () => {
    expect(values('高危人群每1—2年至少复查1次。')).toContain('1次');
    expect(values('力争用3—5年时间开展专项整治行动3次。')).toContain('3次');
  });
});
