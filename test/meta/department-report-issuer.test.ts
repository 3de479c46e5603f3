// The reports a people's congress hears beside the 政府工作报告 (the 预算报告 of the finance bureau, the 计划报告 of the
// development and reform commission) are delivered by the department's head 受市人民政府委托: the report is the department's,
// as the speaker line names it. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta issuer: a report a department delivers on the government\'s behalf', () => {
  it('should support the department of the speaker line over 受…人民政府委托 as the issuer', async () => {
    const a = await meta(
      doc('关于某某县2027年预算执行情况和2028年预算草案的报告', '——2028年1月9日在某某县第十八届人民代表大会第四次会议上', '某某县财政局局长　周某某', '各位代表：', '　　受县人民政府委托，现将全县2027年预算执行情况和2028年预算草案提请大会审议。'),
    );
    expect(a.issuer).toBe('某某县财政局');
    const b = await meta(
      doc('关于某某市2027年国民经济和社会发展计划执行情况与2028年计划草案的报告', '——2028年1月16日在某某市第九届人民代表大会第三次会议上', '某某市发展和改革委员会主任　吴某', '各位代表：', '　　受市人民政府委托，现将本市2027年计划执行情况和2028年计划草案提请大会审议。'),
    );
    expect(b.issuer).toBe('某某市发展和改革委员会');
  });

  it('should not support a government officer\'s speaker line as a department: the government stays the issuer', async () => {
    const m = await meta(
      doc('政府工作报告', '——2028年1月8日在某某县第十八届人民代表大会第四次会议上', '某某县人民政府副县长　郑某某', '各位代表：', '　　受县人民政府委托，我向大会报告政府工作，请予审议。'),
    );
    expect(m.issuer).toBe('某某县人民政府');
  });
});
