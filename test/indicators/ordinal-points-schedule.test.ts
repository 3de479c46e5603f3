// A count of times shared out by 各 over ordinal points of time counted from an event (治疗后第3个月、第6个月各随访1次) is the
// follow-up schedule a protocol sets for each case, as a season pair schedules a routine: no target. A bound word still sets
// one, and 各 over places or batches is no schedule. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a count shared out by 各 over ordinal points of time after an event', () => {
  it('should not support one time at each of 第N个月, 第N个月末 or 第N周 after an event', () => {
    expect(values('对登记的密切接触者在首次检查后第3个月、第9个月各随访1次。')).toEqual([]);
    expect(values('耐药患者在治疗第4个月末、第8个月末各复查痰1次。')).toEqual([]);
    expect(values('产妇在分娩后第2周、第6周各接受1次产后访视。')).toEqual([]);
  });

  it('should not support it beside a target of the same sentence, which stays', () => {
    expect(values('患者随访管理率达到95%，出组后第1个月、第6个月各电话回访1次。')).toEqual(['95%']);
  });

  it('should support a bound word after the points, and 各 over places', () => {
    expect(values('第3个月、第6个月各至少开展1次集中复查。')).toContain('1次');
    expect(values('东区、西区各新建1座社区卫生服务站。')).toContain('1座');
  });
});
