// A report a committee or a department delivers to a congress or its standing committee in its own name (a 调研报告, an
// 执法检查报告, a 专项工作报告) prints a subtitle with the date and the session, then the byline of the one who delivers it:
// with no signature and no government it speaks for, the byline's body is the issuer (src/meta/issuer.ts deliveredBy).
// Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: the body whose head delivers a report under its subtitle', () => {
  it('should support a standing committee\'s working committee on the byline under the subtitle as the issuer', async () => {
    const m = await meta(doc('关于全县农村供水保障情况的调研报告', '——2026年9月24日在某县第十九届人民代表大会常务委员会第十八次会议上',
      '某县人大常委会农业农村工作委员会主任　李明远', '', '主任、各位副主任、各位委员：', '一、基本情况', '截至2025年底，全县农村自来水普及率达到93.6%。'));
    expect(m.issuer).toBe('某县人大常委会农业农村工作委员会');
    expect(m.kind).toBe('调研报告');
  });

  it('should support 调研报告, 调查报告 and 视察报告 as the kinds their titles say (grammars/meta.yaml kinds)', async () => {
    expect((await meta(doc('关于全区社区嵌入式养老服务情况的调查报告', '', '一、基本情况', '全区建成社区养老服务站42个。'))).kind).toBe('调查报告');
    expect((await meta(doc('关于全市职业教育发展情况的视察报告', '', '一、基本情况', '全市共有中等职业学校14所。'))).kind).toBe('视察报告');
  });

  it('should not support a report with another genre word as a survey report', async () => {
    expect((await meta(doc('某县2026年政府信息公开工作年度报告', '', '一、总体情况', '全年主动公开政府信息2860条。'))).kind).toBe('年度报告');
  });

  it('should support a department head\'s byline under the subtitle of a report in its own name', async () => {
    const m = await meta(doc('关于全市食品安全工作情况的报告', '——2026年6月25日在某市第八届人民代表大会常务委员会第二十一次会议上',
      '某市市场监督管理局局长　周文斌', '', '主任、各位副主任、秘书长、各位委员：', '一、工作开展情况', '全年完成食品抽检1.2万批次。'));
    expect(m.issuer).toBe('某市市场监督管理局');
  });

  it('should not support a government officer\'s byline under the subtitle as a delivering body', async () => {
    const government = await meta(doc('关于全市养老服务体系建设情况的报告', '——2026年8月27日在某市第八届人民代表大会常务委员会第二十二次会议上',
      '某市人民政府副市长　王海燕', '', '主任、各位副主任、秘书长、各位委员：', '一、基本情况', '全市建成养老机构86家。'));
    expect(government.issuer ?? '').not.toBe('某市人民政府副市长');
  });
});
