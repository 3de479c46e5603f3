// The sanctions an enforcement review of 医保 / 卫生监督 / 市场监管 counts (暂停医保服务协议N家, 解除服务协议N家, 移送公安机关案件N起,
// 吊销执业许可证N家): a verb of sanction, what it struck between it and the count, then the count, stated beside 查处 and 追回 as
// the achieved counts of the year (grammar nounFirstVerbs and namingVerbs). How long a sanction lasts (暂停…6个月) is a rule and
// no count. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

describe('indicators: the counts of sanctions (暂停/解除/移送/吊销 + object + count)', () => {
  it('should support a count of suspended or ended agreements, referred cases and revoked licences', () => {
    expect(names('全年暂停定点药店医保服务协议7家，解除定点医疗机构服务协议2家。', ANNUAL_2024)).toEqual([
      '暂停定点药店医保服务协议|7|家',
      '解除定点医疗机构服务协议|2|家',
    ]);
    expect(names('全区移送司法机关涉嫌欺诈骗保案件5起，吊销诊所执业许可证3家。', ANNUAL_2024)).toEqual([
      '移送司法机关涉嫌欺诈骗保案件|5|起',
      '吊销诊所执业许可证|3|家',
    ]);
  });
  it('should not support how long a sanction lasts, or a sanction with no count, as an indicator', () => {
    expect(names('对情节严重的定点机构，暂停其医保服务协议6个月。', ANNUAL_2024)).toEqual([]);
    expect(names('对骗取医保基金的参保人，暂停其医疗费用直接结算3至12个月。', ANNUAL_2024)).toEqual([]);
    expect(names('涉嫌犯罪的，依法移送公安机关处理。', ANNUAL_2024)).toEqual([]);
  });
});
