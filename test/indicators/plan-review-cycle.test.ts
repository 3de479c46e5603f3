// A plan names the reviews of its own progress (中期评估 halfway through its period, 终期评估 and 总结评估 at its end), run by its lead
// department on the plan's schedule: a count of them by a cadence (每年开展1次中期评估) is how often the plan is reviewed, an
// oversight step as 实施评估 is (grammar procedureNouns), not a count the plan delivers. A count with a bound word and counts of
// other things stay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a plan review by its cadence is a working rule', () => {
  it('should support no count for a mid-term or final review run by a cadence', () => {
    expect(values('按照项目清单逐项推进，每年开展1次中期评估，及时调整工作措施。')).toEqual([]);
    expect(values('县卫生健康局每半年组织一次终期评估准备情况调度，每年开展1次总结评估。')).toEqual([]);
  });

  it('should not support dropping a bound count, or counts of other things in the sentence', () => {
    expect(values('每年至少开展2次中期评估。')).toContain('2次');
    expect(values('2028年开展中期评估，全年培训基层骨干300名。')).toEqual(['300名']);
  });
});
