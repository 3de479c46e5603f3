// 建设评估 and 实施评估, the review a lead department holds on how a programme is being built or a plan carried out, run by a
// cadence (每年, 每半年) are a standing oversight step, as 督导评估 is (grammar procedureNouns): how often the review runs, not a
// count the plan delivers. Without a cadence, or with a bound word, a count of such reviews stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a programme review by its cadence is a working rule', () => {
  it('should not support one review per cadence', () => {
    expect(values('县卫生健康局会同县财政局每年开展1次紧密型医共体建设评估。')).toEqual([]);
    expect(values('领导小组办公室每半年组织一次方案实施评估。')).toEqual([]);
  });

  it('should support reviews counted for the year or with a bound word', () => {
    expect(values('全年完成8个健康乡镇建设评估。')).toContain('8个');
    expect(values('每年至少开展2次建设评估。')).toContain('2次');
  });
});
