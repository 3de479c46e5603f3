// Amounts that laws and benefit rules fix and plans restate: the fine of the 行政处罚 formula (处50元以上500元以下罚款) and the edge
// of a band an amount is split at (超过2万元的部分). Neither is a level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('the amount of a fine (处…元以上…元以下罚款)', () => {
  it('should not support the range of a fine as targets', () => {
    expect(brief(indicators('对在禁烟场所吸烟且不听劝阻的个人，依法处以50元以上200元以下罚款。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('逾期不改正的，处1万元以上5万元以下的罚款。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('对违规排放的餐饮单位并处5000元罚款。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('对违规经营的单位处1万至3万元的罚款。', ANNUAL_2024))).toEqual([]);
  });
  it('should support targets in the same sentence as a fine, and a sum of fines with no 罚款 after it', () => {
    expect(names('公共场所控烟检查合格率达到95%，对违规单位处2000元以上1万元以下罚款。')).toEqual(['公共场所控烟检查合格率|95|%']);
    expect(names('全年查处案件罚没金额不少于200万元。')).toEqual(['查处案件罚没金额|200|万元']);
  });
});

describe('the edge of a band of an amount (超过…的部分)', () => {
  it('should not support the edge of a band as a target', () => {
    expect(brief(indicators('个人自付医疗费用超过1.5万元的部分纳入保障。', ANNUAL_2024))).toEqual([]);
    expect(names('补充保险参保人数达到80万人，参保人个人自付医疗费用超过1.5万元的部分纳入保障。')).toEqual(['补充保险参保人数|80|万人']);
    expect(brief(indicators('职工个人自付费用3万元以上的部分，由大病保险按规定支付。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a bounded amount that is no band edge', () => {
    expect(names('大病保险年度最高支付限额不低于40万元。')).toEqual(['大病保险年度最高支付限额|40|万元']);
    expect(names('个人自付医疗费用占比下降到25%以下。')).toEqual(['个人自付医疗费用占比|25|%']);
  });
});
