// An eligibility rule states who may claim a service or benefit by a bounded value closed by 的 and the noun of those people, run
// straight into the entitlement (家庭人均月收入低于…元的群众均可申请…, 年收入不足…的农户可享受…): the value is the threshold in force,
// the condition of the entitlement, never a level the plan sets, as the same phrase before a comma (…的，可申请…) is not.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const read = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: the threshold of an entitlement (…低于N元的群众均可申请…)', () => {
  it('should support a bounded value closed by 的, the noun of who is eligible and the entitlement as no indicator', () => {
    expect(read('城乡居民家庭月人均可支配收入低于2100元的困难群众均可申请司法救助。')).toEqual([]);
    expect(read('年经营收入不足50万元的个体工商户可享受定额减免。')).toEqual([]);
    expect(read('连续失业超过6个月的人员可以申请就业援助，全年帮扶就业困难人员500人。')).toEqual(['500|人|=']);
  });
  it('should not support a target closed by 的 before a noun with no entitlement, nor a target in the same sentence', () => {
    expect(read('全年受理法律援助申请不少于900件，符合条件的群众均可申请。')).toEqual(['900|件|>=']);
    expect(read('公共法律服务网点覆盖率达到95%以上，行动不便的群众可申请上门服务。')).toEqual(['95|%|>=']);
  });
});
