import { describe, expect, it } from 'vitest';
import { dateOnly } from '../../src/meta/dates.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: date forms', () => {
  it('should support a Chinese-numeral date whose 〇 OCR read as a letter O under the signature', async () => {
    const m = await meta(doc('某县2026年基层医疗卫生服务能力提升工作方案', '一、总体要求', '提升服务能力。', '某县人民政府办公室', '二o二六年三月三日'));
    expect(m.publishDate).toBe('2026-03-03');
  });

  it('should support a line that is only a date, and not one that says more', () => {
    expect(dateOnly('(2016年12月27日)', grammar)).toBe('2016-12-27');
    expect(dateOnly('2019年6月3日印发', grammar)).toBe('2019-06-03');
    expect(dateOnly('本细则自2020年10月1日起施行。', grammar)).toBeNull();
  });
});

describe('meta: publishDate and issueDate', () => {
  it('should support the page’s publish time, with the signature as issueDate', async () => {
    const m = await meta(
      doc('辽源市人民政府办公室关于印发辽源市卫生健康“十四五”规划的通知', '', '中医师承专长 2024-12-21 11:49 2', '', '各县、区人民政府:', '现印发给你们。', '辽源市人民政府办公室', '2022年12月30日', '辽源市卫生健康“十四五”规划'),
    );
    expect(m.publishDate).toBe('2024-12-21');
    expect(m.issueDate).toBe('2022-12-30');
  });

  it('should support a WeChat article’s post time as the publish date, with the signature as issueDate', async () => {
    const m = await meta(doc('重磅丨2025年全县卫生健康工作这样干！', '原创 健康某县 健康某县 2025年03月14日 18:06 福建', '', '某县2025年卫生健康工作要点', '一、深化改革', '推进改革。', '某县卫生健康局', '2025年3月10日'));
    expect(m.publishDate).toBe('2025-03-14');
    expect(m.issueDate).toBe('2025-03-10');
  });

  it('should support a labelled publish date and a labelled 发文日期', async () => {
    const m = await meta(
      doc('2023年宝山区卫生健康工作要点', '信息来源: 区卫生健康委 发布时间 2023-03-24', '【字号', '  • 发布日期: 2023-03-24', '  • 发文日期: 2023-03-20', '', '一、加强防控'),
    );
    expect(m.publishDate).toBe('2023-03-24');
    expect(m.issueDate).toBe('2023-03-20');
  });

  it('should support the written date as publishDate when the page shows no publish time', async () => {
    const m = await meta(doc('泉州市人民政府关于促进健康服务业发展的实施意见', '一、总体要求', '泉州市人民政府', '2019年6月3日'));
    expect(m.publishDate).toBe('2019-06-03');
    expect(m.issueDate).toBeNull();
  });

  it('should not support a view date 2025年4月17日 星期四 as a publish date', async () => {
    const m = await meta(doc('某区2024年工作计划-某区人民政府', '', '2025年4月17日 星期四', '', '当前位置: 首页 / 政务公开', '厦门市翔安区卫生健康局2024年工作计划', '日期:2024-04-30 09:09 字号:[ 大 ] [ 中 ] [ 小 ]'));
    expect(m.publishDate).toBe('2024-04-30');
    const only = await meta(doc('当前位置: 首页 / 政务公开', '2025年4月17日 星期四', '2024年工作计划', '一、加强党建'));
    expect(only.publishDate).toBeNull();
  });

  it('should not support dates in the body text', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '一、加强党建', '力争在2024年12月31日前完成。'));
    expect(m.publishDate).toBeNull();
    expect(m.issueDate).toBeNull();
  });

  it('should support the delivery date in a report\'s subtitle as its written date', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月26日在某省第十四届', '人民代表大会第五次会议上', '一、工作回顾'));
    expect(m.publishDate).toBe('2026-01-26');
    const hanzi = await meta(doc('政府工作报告', '——二〇二四年一月二十日在某市第十七届人民代表大会第三次会议上', '一、工作回顾'));
    expect(hanzi.publishDate).toBe('2024-01-20');
  });

  it('should support a report\'s subtitle in brackets (（2024年1月9日在…会议上）) as its delivery date', async () => {
    const m = await meta(doc('政府工作报告', '（2024年1月9日在某市第九届人民代表大会第四次会议上）', '各位代表：', '一、工作回顾'));
    expect(m.publishDate).toBe('2024-01-09');
    expect(m.planYears).toEqual([2024, 2024]);
  });

  it('should not support a bracketed remark that only opens with a date and a 在 as a delivery date', async () => {
    const m = await meta(doc('2024年全市卫生健康工作要点', '（2024年1月9日在市卫生健康工作会议上部署，全年实施）', '一、加强党建'));
    expect(m.publishDate).toBeNull();
  });

  it('should not support a date in a sentence that opens with a dash', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '——2021年3月1日起全面实施新规。', '一、加强党建'));
    expect(m.publishDate).toBeNull();
  });

  it('should support the meeting date of a 题注 as the date of a document adopted at a meeting, when no signature dates it', async () => {
    const m = await meta(doc('某某区2025年优化营商环境工作要点', '（2025年2月12日区政府第35次常务会议审议通过）', '一、总体要求'));
    expect(m.publishDate).toBe('2025-02-12');
  });

  it('should not support a 题注 date over the signature date, nor a 题注 that gives no adoption', async () => {
    const a = await meta(doc('某某区2025年优化营商环境工作要点', '（2025年2月12日区政府第35次常务会议审议通过）', '一、总体要求', '某某区人民政府办公室', '2025年2月14日'));
    expect(a.publishDate).toBe('2025-02-14');
    const b = await meta(doc('某某区2025年优化营商环境工作要点', '（2025年2月12日区政府常务会议研究）', '一、总体要求'));
    expect(b.publishDate).toBeNull();
  });

  it('should support the date of a 版记\'s 印发 line as the document\'s date when no signature dates it', async () => {
    const m = await meta(doc('某县水利发展“十五五”规划', '第一章　发展基础', '全县水利基础设施不断完善。', '抄送：县委办、县政府办。', '某县水利局办公室　　　　　　2026年8月12日印发'));
    expect(m.publishDate).toBe('2026-08-12');
  });

  it('should not support a 印发 line over the signature date, nor a sentence that says a date and 印发', async () => {
    const a = await meta(doc('某县2026年水利工作要点', '一、总体要求', '提升水利保障能力。', '某县水利局', '2026年8月10日', '某县水利局办公室　　　　　　2026年8月12日印发'));
    expect(a.publishDate).toBe('2026-08-10');
    const b = await meta(doc('某县2026年水利工作要点', '一、总体要求', '提升水利保障能力。', '本要点经局党组会议研究，于 2026年8月12日印发'));
    expect(b.publishDate).toBeNull();
  });

  it('should support a 题注 broken over two lines', async () => {
    const m = await meta(doc('某某市国民经济和社会发展第十四个五年规划纲要', '（2021年2月2日某某市第八届人民代表大会', '第五次会议批准）', '第一章　发展基础'));
    expect(m.publishDate).toBe('2021-02-02');
  });

  it('should support the 生成日期 of a panel table copied cell by cell as the publish date', async () => {
    const m = await meta(doc('索引号\t001008003016015/2025-123456\t公开方式\t主动公开', '发布机构\t某市发展和改革委员会\t生成日期\t2025-04-10', '文号\t某发改规划〔2025〕12号\t有效性\t有效', '某市2025年扩大有效投资工作方案', '一、总体目标', '全年固定资产投资增长5%以上。', '某市发展和改革委员会', '2025年4月8日'));
    expect([m.publishDate, m.issueDate, m.docNumber]).toEqual(['2025-04-10', '2025-04-08', '某发改规划〔2025〕12号']);
  });

  it('should support a panel copied one cell a line: 生成日期 alone on its line, the date under it', async () => {
    const m = await meta(doc('索引号', '001008003016015/2025-123456', '发布机构', '某市发展和改革委员会', '生成日期', '2025-04-10', '有效性', '有效', '某市2025年扩大有效投资工作方案', '一、总体目标', '全年固定资产投资增长5%以上。', '某市发展和改革委员会', '2025年4月8日'));
    expect([m.title, m.publishDate, m.issueDate]).toEqual(['某市2025年扩大有效投资工作方案', '2025-04-10', '2025-04-08']);
  });

  it('should support the publication date on the masthead of a 政府公报 issue as publishDate, the signature date as issueDate', async () => {
    const m = await meta(
      doc('某市人民政府公报', '2026年第3期（总第291期）', '某市人民政府办公室主办　　　　2026年3月5日出版', '某市人民政府办公室关于印发某市2026年养老服务工作要点的通知', '某政办〔2026〕6号', '各县、区人民政府：', '《某市2026年养老服务工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。', '某市人民政府办公室', '2026年2月16日', '某市2026年养老服务工作要点', '一、健全养老服务网络'),
    );
    expect([m.publishDate, m.issueDate]).toEqual(['2026-03-05', '2026-02-16']);
  });

  it('should not support a date followed by 出版 inside the text as a publication date', async () => {
    const m = await meta(doc('某市2026年全民阅读工作要点', '一、总体要求', '组织学习2025年12月出版的《某市志》，开展读书活动。', '某市全民阅读办公室', '2026年2月16日'));
    expect([m.publishDate, m.issueDate]).toEqual(['2026-02-16', null]);
  });

  it('should support the date on the page line of a newspaper a report is reprinted from as publishDate, the delivery date as issueDate', async () => {
    const m = await meta(doc('某省日报　2026年1月27日　星期二　第3版', '政府工作报告', '——2026年1月26日在某省第十四届人民代表大会第四次会议上', '各位代表：', '一、2025年工作回顾'));
    expect([m.title, m.publishDate, m.issueDate]).toEqual(['政府工作报告', '2026-01-27', '2026-01-26']);
  });

  it('should not support a portal\'s date of the day with its weekday as a publication date', async () => {
    const m = await meta(doc('2026年1月27日　星期二', '政府工作报告', '——2026年1月26日在某省第十四届人民代表大会第四次会议上', '各位代表：', '一、2025年工作回顾'));
    expect([m.publishDate, m.issueDate]).toEqual(['2026-01-26', null]);
  });
});

