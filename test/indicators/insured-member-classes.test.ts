// 职工医保 rules set its payment ratios apart for its two classes of members, written after the ratio each with its own value
// (统筹基金支付比例在职职工为55%、退休人员为65%): each value is that class's ratio, named first as a place or a scheme is
// (grammar placeGroups). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const names = async (text: string) =>
  (await extract(['某市医疗保障事业发展“十五五”规划', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: classes of insured members after a payment ratio', () => {
  it('should support each class named before the ratio', async () => {
    expect(await names('门诊统筹支付比例在职职工为55%，退休人员为65%。')).toEqual([
      ['在职职工门诊统筹支付比例', 55],
      ['退休人员门诊统筹支付比例', 65],
    ]);
    expect(await names('政策范围内住院费用报销比例在职职工不低于85%、退休人员不低于90%。')).toEqual([
      ['在职职工政策范围内住院费用报销比例', 85],
      ['退休人员政策范围内住院费用报销比例', 90],
    ]);
  });

  it('should not support moving a class that opens its own measure', async () => {
    expect(await names('全市企业退休人员达到30万人。')).toEqual([['企业退休人员', 30]]);
    expect(await names('退休人员基本养老金月人均增加60元。')).toEqual([['退休人员基本养老金', 60]]);
  });
});
