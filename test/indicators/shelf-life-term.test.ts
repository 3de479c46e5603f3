// The storage or validity term of a product or a licence, said with a copula right after its noun (保存期为35天, 有效期为24个月,
// 保质期为12个月): a product standard or a licensing rule sets how long the thing may be kept or used, a term the plan restates,
// never a level it sets (INDICATORS.md: durations of procedural rules not phrased as a target), as 聘期为3年 is (grammar termNouns).
// A term a plan bounds has a bound of its own and stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a storage or validity term said with a copula is no item', () => {
  it('should support a storage term of a blood product as no item', () => {
    expect(brief(indicators('单采血小板在22℃振荡条件下保存期为5天，各血站要加强库存预警。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a validity term as no item', () => {
    expect(brief(indicators('健康证明有效期为1年，到期前须重新体检。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('该类食品保质期为12个月。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a term a plan bounds', () => {
    expect(brief(indicators('确保库存血液保存期不少于10天的占比达到90%以上。', ANNUAL_2024)).length).toBeGreaterThan(0);
    expect(brief(indicators('药品平均库存周转天数控制在30天以内。', ANNUAL_2024)).length).toBe(1);
  });
});
