// How a project fund is paid to the units that carry it out, and deducted as a sanction: the instalments (按当年资金的60%预拨,
// 拨付其余40%) and the share deducted (扣减下年度补助资金的10%) are rules of payment, not levels the plan sets. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('fund instalments and deductions', () => {
  it('should support no item for an advance instalment, the rest paid after assessment, or a deduction', () => {
    expect(indicators('每年5月底前按当年补助资金的70%预拨至各单位，年底根据考核结果拨付其余30%。', ANNUAL_2024)).toEqual([]);
    expect(indicators('考核不合格的单位，核减当年补助资金的15%。', ANNUAL_2024)).toEqual([]);
    expect(indicators('次年一季度按考核得分清算剩余20%。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support dropping a share of a fund set as a floor or a completion rate of payment', () => {
    expect(brief(indicators('用于村卫生室的资金比例不低于40%，资金拨付率达到95%以上。', ANNUAL_2024))).toEqual([
      '用于村卫生室的资金比例|40|%|>=|target|2024',
      '资金拨付率|95|%|>=|target|2024',
    ]);
  });
  it('should not support a deduction verb that says how a growth rate is counted as a sanction (扣除价格因素后)', () => {
    expect(brief(indicators('全县居民人均可支配收入扣除价格因素后实际增长6%。', ANNUAL_2024)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '6|%|=|change|2024',
    ]);
  });
  it('should support a share deducted right after the sum it is a share of', () => {
    expect(indicators('年度考核不合格的乡镇，核减当年补助资金20%。', ANNUAL_2024)).toEqual([]);
  });
});
