// A body's report to a congress session is titled by the body's name and 工作报告 alone (某市中级人民法院工作报告, 某县人民检察院
// 工作报告, 某市人民代表大会常务委员会工作报告): the title names the issuer also where no byline stands right under the subtitle
// (a portal's reprint without it, a note line between). A 政府工作报告 is not such a title: its government is found by
// onBehalfOf. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: the body a session report\'s title names', () => {
  it('should support a court named before 工作报告 as the issuer of a report printed without its byline', async () => {
    const m = await meta(doc('某市中级人民法院工作报告', '——2027年1月11日在某市第七届人民代表大会第三次会议上', '', '各位代表：',
      '一、2026年工作回顾', '全年全市法院受理各类案件4.2万件。'));
    expect(m.issuer).toBe('某市中级人民法院');
  });

  it('should support a procuratorate and a standing committee named before 工作报告 as the issuer', async () => {
    expect((await meta(doc('某县人民检察院工作报告', '', '各位代表：', '一、2026年主要工作', '全年批准逮捕犯罪嫌疑人312人。'))).issuer).toBe('某县人民检察院');
    expect((await meta(doc('某市人民代表大会常务委员会工作报告', '', '各位代表：', '一、过去一年的主要工作', '全年召开常委会会议8次。'))).issuer).toBe(
      '某市人民代表大会常务委员会',
    );
  });

  it('should not support the bare word 政府 of a 政府工作报告 title as its issuer', async () => {
    expect((await meta(doc('政府工作报告', '', '各位代表：', '一、2026年工作回顾', '地区生产总值增长5.5%。'))).issuer).not.toBe('政府');
  });
});
