// 届满, 期满: the expiry of a term (许可证有效期届满N日前申请延续, 任期届满, 合同期满), the words in which laws and rules time a step from
// the day a licence, mandate or contract runs out: their 满 is no lower bound (grammar notVerbs), and the number after them is a
// procedural time limit, no item. A 满 that bounds a count (服务满3年, 年满60周岁) is left to its rules. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const read = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: the expiry words 届满/期满 before a time limit', () => {
  it('should support a time limit after 届满 or 期满 as no indicator', () => {
    expect(read('食品经营许可证有效期届满需要继续经营的，应当在届满60日前向原发证部门申请延续。')).toEqual([]);
    expect(read('聘用合同期满15日前，用人单位应书面通知本人是否续聘。')).toEqual([]);
  });

  it('should not support dropping the plan own targets in the same sentence as the expiry', () => {
    expect(read('许可证延续办理时限压缩至3个工作日以内，到期提醒覆盖率达到100%。').map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3|个工作日|<=', '100|%|=']);
  });
});
