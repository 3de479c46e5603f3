// How support policies (若干措施, 实施办法) write who a measure is for: 对…的 opens the condition, and a value bounded after it
// with its noun before the 的 (签订1年以上劳动合同的) is a term of that condition, no target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('a bounded value whose noun closes a 对…的 condition (对签订1年以上劳动合同的企业)', () => {
  it('should not support the term of a condition as a target', () => {
    expect(brief(indicators('对招用就业困难人员并签订1年以上劳动合同的小微企业，按每人1000元给予补贴。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('对租用200平方米以上场地的创业实体给予场租补贴。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('对连续经营3年以上门店的个体工商户给予一次性奖励。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a target after the condition, and a bounded count outside any condition', () => {
    expect(names('对签订1年以上劳动合同的企业给予补贴，惠及企业300家以上。')).toEqual(['惠及企业|300|家']);
    expect(names('全年开发就业见习岗位500个以上。')).toEqual(['就业见习岗位|500|个']);
  });
  it('should not support dropping a bounded value whose noun runs on without 的 in a 对 clause', () => {
    expect(names('对300家以上重点企业开展用工监测。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['300|家']);
  });
});

// 对 also opens the people a service reaches, as 为 does (对65岁及以上的老年人免费开展健康体检): an age bounded before that 的 limits who
// the service reaches, an item of its own (INDICATORS.md: the age that is the only quantity defining a service's eligible population).
describe('an age bounded before the 的 of a 对… phrase (对35周岁及以上的孕妇)', () => {
  it('should support the age as the limit of the population a service reaches', () => {
    expect(brief(indicators('对70岁及以上的农村老人，由乡镇卫生院上门开展健康随访。'))).toEqual(['农村老人年龄|70|岁|>=|target|']);
    expect(brief(indicators('对预产期年龄38周岁及以上的孕妇，优先安排产前诊断服务。'))).toEqual(['孕妇年龄|38|周岁|>=|target|']);
    expect(brief(indicators('对3—6岁的在园幼儿开展口腔涂氟。'))).toEqual(['在园幼儿开展口腔涂氟年龄|[3,6]|岁|range|target|']);
  });
  it('should not support an age of a condition whose measure has a value of its own, nor other terms of a condition', () => {
    expect(names('对85周岁以上的老人按每人每月150元发放长寿补贴。')).toEqual([]);
    expect(names('对连续从业15年以上的乡村医生给予一次性奖励。')).toEqual([]);
    expect(names('对年龄在60岁以下的一般对象不予补助。')).toEqual([]);
  });
});
