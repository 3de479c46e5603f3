// A judging rule (判定规则) of a monitoring or inspection plan gives the limits each sample is classed by and ends its sentence with
// how it is judged (…的判定为不合格): a measured value before 判定为/判定 in its sentence is the standard's criterion (grammar
// judgingVerbs), not a level the plan sets. Counts and rates, and measured targets with no judging verb, stay. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a limit of a judging rule is no target', () => {
  it('should support no item for limits before the judging verb', () => {
    expect(values('管网末梢水余氯≥0.05mg/L、耗氧量不超过3mg/L，凡有一项不符合限值的判定为超标水样。')).toEqual([]);
    expect(values('二次供水水箱出水游离余氯≥0.3mg/L的判定为合格。')).toEqual([]);
  });

  it('should not support dropping measured targets or rates', () => {
    expect(values('污水处理厂出水总磷浓度控制在0.3mg/L以内。')).toContain('0.3mg/L');
    expect(values('水样合格率达到95%以上，超出限值的判定为不合格。')).toContain('95%');
  });
});
