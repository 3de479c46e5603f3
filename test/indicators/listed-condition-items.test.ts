// The cases a rule lists under 有下列情形之一的 / 符合下列条件之一的: each item a 的-phrase closed by its ；or 。 at the end of its line
// (a bound before it, or a conjunct joined by 且 that ends so), beside numbered targets written on lines of their own. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems, names, MULTI_YEAR } from './helpers.js';

describe('an enumerated condition closed by 的 and the end of its line', () => {
  it('should not support the bounded values of the listed cases', async () => {
    const doc = [
      '第八条 有下列情形之一的，暂停当年药品集中采购：',
      '（一）区域内药品采购金额同比增长超过15%的；',
      '（二）结余资金可使用月数低于4个月，或中标药品供应率不足80%的；',
      '（三）上年度参保人数下降超过2%的。',
    ].join('\n');
    expect(await documentItems(doc)).toEqual([]);
  });

  it('should not support a conjunct joined by 且 that the closing 的 ends', async () => {
    const doc = ['符合下列条件的，启动年度补助标准调整：', '1.上年度门诊人次增长不超过8%，且门诊收入占比低于40%的；', '2.筹资总额增长超过5%的。'].join('\n');
    expect(await documentItems(doc)).toEqual([]);
  });

  it('should support numbered targets on lines of their own', async () => {
    const doc = ['到2028年，主要目标是：', '（一）基层诊疗量占比达到65%以上；', '（二）家庭医生签约服务覆盖率提高到75%。'].join('\n');
    expect((await documentItems(doc)).map((l) => l.split('|').slice(0, 3).join('|'))).toEqual(['基层诊疗量占比|65|%', '家庭医生签约服务覆盖率|75|%']);
  });

  it('should support a target joined by 且 that no 的 closes', () => {
    expect(names('县域内就诊率达到90%以上，且基层就诊率不低于65%。', MULTI_YEAR)).toEqual(['县域内就诊率|90|%', '基层就诊率|65|%']);
  });
});
