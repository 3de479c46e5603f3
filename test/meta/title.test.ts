import { describe, expect, it } from 'vitest';
import { doc, GAZETTE_FIRST_DOCUMENT, GAZETTE_PLAN_NOTICE, meta } from './meta-helpers.js';

// The 转发 tests: the province's 印发 notice a city's notice carries, and the plan below it.
const FORWARDED_NOTICE = [
  '某省卫生健康委员会关于印发某省2024年基层卫生健康工作要点的通知',
  '省卫发〔2024〕8号',
  '各市卫生健康委员会：',
  '现将《某省2024年基层卫生健康工作要点》印发给你们，请认真抓好落实。',
  '某省卫生健康委员会',
  '2024年3月8日',
];
const PLAN_LINES = ['某省2024年基层卫生健康工作要点', '一、深化县域医共体建设'];
/** A city's 转发 notice: its title, 文号, 主送, the sentence that passes the document on, signature and date. */
const forwarding = (title: string, sentence: string): string[] => [title, '某卫发〔2024〕12号', '各区县卫生健康局：', sentence, '某市卫生健康委员会', '2024年3月20日'];

describe('meta: title', () => {
  it('should support a plan title on the first line', async () => {
    expect((await meta(doc('2021年全市卫生健康重点工作', '2021年是…开局之年。', '一、加强党建'))).title).toBe('2021年全市卫生健康重点工作');
  });

  it('should support a title that a page set on its breadcrumb\'s line, read past the crumbs', async () => {
    const m = await meta(doc('首页 > 政务公开 > 法定主动公开内容 > 计划总结某市城市管理局2026年重点工作', '发布时间：2026-03-06 10:15    来源：某市城市管理局', '一、深化城市精细化管理', '全年完成背街小巷整治60条。'));
    expect(m.title).toBe('某市城市管理局2026年重点工作');
  });

  it('should not support cutting a title that no breadcrumb opens at a crumb word (计划, 工作)', async () => {
    const m = await meta(doc('工作要点：某市2026年卫生健康工作安排', '一、总体要求'));
    expect(m.title).not.toBe('某市2026年卫生健康工作安排');
  });

  it('should support the plan a notice 印发s, not the notice', async () => {
    const m = await meta(
      doc(
        '某市卫生健康局关于印发《2022年全市卫生健康工作要点》的通知',
        '各区卫生健康局:',
        '现将《2022年全市卫生健康工作要点》印发给你们,请认真贯彻落实。',
        '2022年全市卫生健康工作要点',
        '一、加强党的建设',
      ),
    );
    expect(m.title).toBe('2022年全市卫生健康工作要点');
  });

  it('should support the name a notice gives when the plan title line is missing', async () => {
    const m = await meta(doc('贵阳市卫生健康局关于印发2022年卫生健康工作要点的通知', '各区卫生健康局:', '现印发给你们。'));
    expect(m.title).toBe('2022年卫生健康工作要点');
  });

  it('should support the document\'s own title under a page\'s publish bar over the portal\'s heading above it', async () => {
    const m = await meta(
      doc('某市人民政府门户网站', '2024年某市政府工作报告', '发布时间：2024-01-15 16:20　信息来源：市政府办公室　浏览次数：5863', '政府工作报告', '——2024年1月9日在某市第九届人民代表大会第四次会议上', '各位代表：', '现在，我代表市人民政府，向大会报告工作。', '一、工作回顾'),
    );
    expect(m.title).toBe('政府工作报告');
    const plan = await meta(doc('某区2025年卫生健康工作要点', '发布日期：2025-02-20　来源：区卫生健康局', '2025年全区卫生健康工作要点', '2025年是…的一年。', '一、加强党建'));
    expect(plan.title).toBe('2025年全区卫生健康工作要点');
  });

  it('should not support a title line below the publish bar after the text has begun', async () => {
    const m = await meta(doc('某区2025年卫生健康工作要点', '发布日期：2025-02-20　来源：区卫生健康局', '2025年是…的一年。全区要做好以下工作。', '附件：重点任务分解方案', '一、加强党建'));
    expect(m.title).toBe('某区2025年卫生健康工作要点');
    const only = await meta(doc('某区2025年卫生健康工作要点', '发布日期：2025-02-20　来源：区卫生健康局', '2025年是…的一年。', '一、加强党建'));
    expect(only.title).toBe('某区2025年卫生健康工作要点');
  });

  it('should support a 转发 notice: the plan, 文号, signature, date and 主送 of the forwarded 印发 notice the text carries', async () => {
    const m = await meta(
      doc(
        '发布机构：某市卫生健康委员会　　成文日期：2024-03-20',
        '文号：某卫发〔2024〕12号　　发布日期：2024-03-22',
        '某市卫生健康委员会关于转发《某省卫生健康委员会关于印发〈某省2024年基层卫生健康工作要点〉的通知》的通知',
        '各区县卫生健康局：',
        '现将《某省卫生健康委员会关于印发某省2024年基层卫生健康工作要点的通知》（某卫发〔2024〕8号）转发给你们，请认真贯彻落实。',
        '某市卫生健康委员会',
        '2024年3月20日',
        ...FORWARDED_NOTICE,
        ...PLAN_LINES,
      ),
    );
    expect(m.title).toBe('某省2024年基层卫生健康工作要点');
    expect(m.issuer).toBe('某省卫生健康委员会');
    expect(m.docNumber).toBe('省卫发〔2024〕8号');
    expect(m.issueDate).toBe('2024-03-08');
    expect(m.publishDate).toBe('2024-03-22');
    expect(m.addressees).toEqual(['各市卫生健康委员会']);
  });

  it('should support the 版头 and 文号 a forwarded notice sets above its title (GB/T 9704) as its own', async () => {
    const m = await meta(
      doc(
        ...forwarding(
          '某市卫生健康委员会关于转发《某省卫生健康委员会关于印发〈某省2024年基层卫生健康工作要点〉的通知》的通知',
          '现将《某省卫生健康委员会关于印发〈某省2024年基层卫生健康工作要点〉的通知》转发给你们，请认真贯彻落实。',
        ),
        '某省卫生健康委员会文件',
        '省卫发〔2024〕8号',
        '某省卫生健康委员会关于印发',
        '某省2024年基层卫生健康工作要点的通知',
        '各市卫生健康委员会：',
        '现将《某省2024年基层卫生健康工作要点》印发给你们，请认真抓好落实。',
        '某省卫生健康委员会',
        '2024年3月8日',
        ...PLAN_LINES,
      ),
    );
    expect(m.title).toBe('某省2024年基层卫生健康工作要点');
    expect(m.docNumber).toBe('省卫发〔2024〕8号');
    expect(m.issuer).toBe('某省卫生健康委员会');
    expect(m.publishDate).toBe('2024-03-08');
  });

  it('should support a 转发 title that cites the forwarded notice without book-title marks and with its organ shortened', async () => {
    const m = await meta(
      doc(
        ...forwarding(
          '某市卫生健康委员会关于转发省卫生健康委关于印发某省2024年基层卫生健康工作要点的通知的通知',
          '现将省卫生健康委《关于印发某省2024年基层卫生健康工作要点的通知》转发给你们，请认真贯彻落实。',
        ),
        ...FORWARDED_NOTICE,
        ...PLAN_LINES,
      ),
    );
    expect(m.title).toBe('某省2024年基层卫生健康工作要点');
    expect(m.issuer).toBe('某省卫生健康委员会');
    expect(m.docNumber).toBe('省卫发〔2024〕8号');
  });

  it('should not support another notice about another matter as the forwarded one', async () => {
    const m = await meta(
      doc(
        ...forwarding(
          '某市卫生健康委员会关于转发省卫生健康委关于印发某省2024年基层卫生健康工作要点的通知的通知',
          '现将省卫生健康委通知转发给你们，请认真贯彻落实。',
        ),
        '某省卫生健康委员会关于印发某省2024年妇幼健康工作要点的通知',
        '省卫发〔2024〕9号',
        ...PLAN_LINES,
      ),
    );
    expect(m.issuer).toBe('某市卫生健康委员会');
    expect(m.docNumber).toBe('某卫发〔2024〕12号');
  });

  it('should not support a forwarding notice\'s parts as the plan\'s when the text does not carry the forwarded notice', async () => {
    const m = await meta(
      doc(
        ...forwarding(
          '某市卫生健康委员会关于转发《某省卫生健康委员会关于印发某省2024年基层卫生健康工作要点的通知》的通知',
          '现将《某省卫生健康委员会关于印发某省2024年基层卫生健康工作要点的通知》转发给你们，请认真贯彻落实。',
        ),
        ...PLAN_LINES,
      ),
    );
    expect(m.title).toBe('某省2024年基层卫生健康工作要点');
    expect(m.issuer).toBe('某市卫生健康委员会');
    expect(m.docNumber).toBe('某卫发〔2024〕12号');
    expect(m.publishDate).toBe('2024-03-20');
  });

  it('should support a 转发 notice that passes on a document another organ signed: its 文号, signature and date', async () => {
    const m = await meta(
      doc(
        ...forwarding(
          '某市卫生健康委员会关于转发《某省卫生健康委员会关于推进基层卫生健康高质量发展的实施意见》的通知',
          '现将《某省卫生健康委员会关于推进基层卫生健康高质量发展的实施意见》转发给你们，请认真贯彻落实。',
        ),
        '某省卫生健康委员会关于推进基层卫生健康高质量发展的实施意见',
        '省卫发〔2024〕8号',
        '各市卫生健康委员会：',
        '为推进基层卫生健康高质量发展，提出如下意见。',
        '一、总体要求',
        '到2027年，基层就诊率达到65%以上。',
        '某省卫生健康委员会',
        '2024年3月8日',
      ),
    );
    expect(m.title).toBe('某省卫生健康委员会关于推进基层卫生健康高质量发展的实施意见');
    expect(m.issuer).toBe('某省卫生健康委员会');
    expect(m.docNumber).toBe('省卫发〔2024〕8号');
    expect(m.publishDate).toBe('2024-03-08');
    expect(m.addressees).toEqual(['各市卫生健康委员会']);
  });

  it('should not support a 转发 notice\'s plan that nobody signed as another organ\'s document', async () => {
    const m = await meta(
      doc('某市卫生健康委员会关于转发《某省2024年基层卫生健康工作要点》的通知', '某卫发〔2024〕12号', '各区县卫生健康局：', '现将《某省2024年基层卫生健康工作要点》转发给你们，请认真贯彻落实。', '某市卫生健康委员会', '2024年3月20日', '某省2024年基层卫生健康工作要点', '一、总体要求', '基层就诊率达到65%以上。'),
    );
    expect(m.title).toBe('某省2024年基层卫生健康工作要点');
    expect(m.issuer).toBe('某市卫生健康委员会');
    expect(m.docNumber).toBe('某卫发〔2024〕12号');
  });

  it('should support the plan a 批转 notice passes on with a government\'s approval', async () => {
    const m = await meta(
      doc('某市人民政府关于批转市卫生健康委员会2024年全市卫生健康工作要点的通知', '某政发〔2024〕5号', '各区县人民政府，市政府各部门：', '市人民政府同意市卫生健康委员会《2024年全市卫生健康工作要点》，现转发给你们，请认真贯彻执行。', '某市人民政府', '2024年3月5日', '2024年全市卫生健康工作要点', '一、加强党的建设'),
    );
    expect(m.title).toBe('2024年全市卫生健康工作要点');
    expect(m.kind).toBe('工作要点');
    expect(m.issuer).toBe('某市人民政府');
  });

  it('should not support 批转 that is not the verb of a notice title', async () => {
    const m = await meta(doc('某市人民政府办公室关于规范批转文件办理工作的通知', '各区县人民政府：', '为规范公文办理，现就有关事项通知如下。', '一、明确办理范围'));
    expect(m.title).toBe('某市人民政府办公室关于规范批转文件办理工作的通知');
  });

  // A draft published for comment: the 公告 (or 通知) that asks for comments names the draft, which follows it.
  const CONSULTATION = [
    '关于公开征求《泰州市“十五五”卫生健康事业发展规划（征求意见稿）》意见的公告',
    '我委起草了《泰州市“十五五”卫生健康事业发展规划（征求意见稿）》，现向社会公开征求意见。公众可通过以下方式提出意见：',
    '1.电子邮件：发送至abc@163.com。',
    '2.信函：邮寄至泰州市人民路1号。',
    '泰州市卫生健康委员会',
    '2025年12月1日',
  ];

  it('should support the draft a public consultation publishes, not the 公告 that asks for comments', async () => {
    const m = await meta(doc(...CONSULTATION, '泰州市“十五五”卫生健康事业发展规划（征求意见稿）', '一、发展基础', '成效显著。'));
    expect(m.title).toBe('泰州市“十五五”卫生健康事业发展规划（征求意见稿）');
    expect(m.kind).toBe('五年规划');
    expect(m.issuer).toBe('泰州市卫生健康委员会');
    const notice = await meta(doc('关于《泰州市托育服务发展实施方案（征求意见稿）》公开征求意见的通知', '现予公布，征求意见。', '泰州市卫生健康委员会', '2025年12月1日', '泰州市托育服务发展实施方案', '（征求意见稿）', '一、工作目标'));
    expect(notice.title).toBe('泰州市托育服务发展实施方案（征求意见稿）');
  });

  it('should not support a WeChat editor\'s lead-in that points down (👇) as a piece of the title below it', async () => {
    const m = await meta(doc('近日，某县卫生健康局印发《某县2025年卫生健康工作要点》，一起来看👇', '', '某县2025年卫', '生健康工作要点', '', '一、深化改革', '推进改革。'));
    expect(m.title).toBe('某县2025年卫生健康工作要点');
  });

  it('should not support a 公告 about another matter as a consultation', async () => {
    const m = await meta(doc('关于2025年泰州市卫生健康系统公开招聘工作人员的公告', '根据工作需要，现公开招聘工作人员。', '一、招聘岗位', '泰州市卫生健康委员会', '2025年12月1日'));
    expect(m.title).toBe('关于2025年泰州市卫生健康系统公开招聘工作人员的公告');
  });

  it('should support removing PDF stray spaces', async () => {
    const m = await meta(doc('2020 年全市卫生健康工作要点', '', '一、全面加强 党的建设'));
    expect(m.title).toBe('2020年全市卫生健康工作要点');
  });

  it('should support a title a PDF broke over two lines', async () => {
    const m = await meta(doc('龙岗区社区健康服务机构人才', '', '奖励实施细则', '', '第一条 为稳定人才队伍,制定本细则。'));
    expect(m.title).toBe('龙岗区社区健康服务机构人才奖励实施细则');
  });

  it('should support a 印发 notice title whose plan name ends a line before its period and 的通知, and the plan title under it', async () => {
    const m = await meta(
      doc('某市某区人民政府办公室文件', '某区政办发〔2027〕3号', '某市某区人民政府办公室关于印发', '某区老旧小区改造提升三年行动方案', '（2027—2029年）的通知', '各街道办事处，区政府各部门：',
        '《某区老旧小区改造提升三年行动方案（2027—2029年）》已经区政府同意，现印发给你们，请认真贯彻落实。', '某市某区人民政府办公室', '2027年2月8日',
        '某区老旧小区改造提升三年行动方案', '（2027—2029年）', '一、总体要求'),
    );
    expect(m.title).toBe('某区老旧小区改造提升三年行动方案（2027—2029年）');
    expect(m.kind).toBe('行动方案');
  });

  it('should support a notice that is the document itself', async () => {
    const m = await meta(doc('关于做好2021年基本公共卫生服务项目工作的通知', '各县区卫生健康局:', '现就有关工作通知如下。'));
    expect(m.title).toBe('关于做好2021年基本公共卫生服务项目工作的通知');
    expect(m.kind).toBe('通知');
  });

  it('should not support page furniture as the title', async () => {
    const m = await meta(
      doc('某区2024年工作计划-某区人民政府', '', '当前位置: 首页 / 政务公开', '厦门市翔安区卫生健康局2024年工作计划', '日期:2024-04-30 09:09 字号:[ 大 ] [ 中 ] [ 小 ]'),
    );
    expect(m.title).toBe('厦门市翔安区卫生健康局2024年工作计划');
  });

  it('should not support a 文号 or a red header as the title', async () => {
    const m = await meta(doc('泉州市人民政府文件', '泉政文〔2019〕45号', '泉州市人民政府关于促进健康服务业发展的实施意见', '各县(市、区)人民政府:'));
    expect(m.title).toBe('泉州市人民政府关于促进健康服务业发展的实施意见');
  });

  it('should not support a site menu or a category line as the title', async () => {
    const m = await meta(doc('首页 | 机构概况 | 政务公开 | 办事服务', '规划计划', '某某县卫生健康局2022年工作总结和2023年工作计划', '一、2022年工作总结'));
    expect(m.title).toBe('某某县卫生健康局2022年工作总结和2023年工作计划');
  });

  it('should support the plan title below a notice that has numbered sections of its own', async () => {
    const m = await meta(
      doc(
        '某市人民政府办公室关于印发某市医改重点工作任务的通知',
        '各区人民政府：',
        '现将《某市深化医改2022年重点工作任务》印发给你们，并通知如下：',
        '一、加强组织领导。',
        '二、强化督促落实。',
        '某市人民政府办公室',
        '2022年5月10日',
        '某市深化医改2022年重点工作任务',
        '一、推进分级诊疗',
      ),
    );
    expect(m.title).toBe('某市深化医改2022年重点工作任务');
    expect(m.planYears).toEqual([2022, 2022]);
  });

  it('should support 关于《X》的通知 whose 印发 was left out', async () => {
    const m = await meta(doc('关于《某县“健康细胞”建设工作指导方案》的通知', '各乡镇人民政府：', '某县健康促进办公室', '2020年6月4日', '某县“健康细胞”', '建设工作指导方案', '一、指导思想'));
    expect(m.title).toBe('某县“健康细胞”建设工作指导方案');
    expect(m.kind).toBe('工作指导方案');
  });

  it('should support a headline that only 印发s the plan', async () => {
    const m = await meta(doc('某省人民政府印发《某省基层卫生服务能力提升纲要》', '近日，省政府印发了上述纲要。', '第一章 总体要求'));
    expect(m.title).toBe('某省基层卫生服务能力提升纲要');
    expect(m.kind).toBe('纲要');
  });

  it('should support a notice sentence that 印发s the plan when no title names it', async () => {
    const m = await meta(doc('国办发〔2015〕32号', '各省、自治区、直辖市人民政府：', '《某某服务发展规划（2015—2020年）》已经国务院同意，现印发给你们，请认真贯彻执行。', '一、总体要求'));
    expect(m.title).toBe('某某服务发展规划（2015—2020年）');
    expect(m.planYears).toEqual([2015, 2020]);
  });

  it('should support a post that reports the plan as the subject of a passive 印发/出台 under an editor\'s headline', async () => {
    const m = await meta(doc('健康生活｜某县2026年爱国卫生工作要点来了！', '点击蓝字 关注我们', '日前，《某县2026年爱国卫生工作要点》正式出台。一起来看👇', '一、主要目标', '卫生乡镇达到5个。', '某县爱国卫生运动委员会办公室', '2026年3月2日'));
    expect(m.title).toBe('某县2026年爱国卫生工作要点');
    expect(m.planYears).toEqual([2026, 2026]);
  });

  it('should not support a plan cited as the subject of another verb, or named before its launch event, as the plan reported issued', async () => {
    const cited = await meta(doc('日前，《某省爱国卫生条例》实施一周年。', '一、主要目标', '卫生乡镇达到5个。'));
    expect(cited.title).not.toBe('某省爱国卫生条例');
    const launch = await meta(doc('《某省全民健身条例》发布会在省体育中心举行。', '一、主要目标', '卫生乡镇达到5个。'));
    expect(launch.title).not.toBe('某省全民健身条例');
  });

  it('should support the page panel\'s 标题 when the copied text lost the notice title', async () => {
    const m = await meta(doc('标　　题：', '某市卫生健康委关于印发某市护理事业发展实施方案的通知', '发布日期：', '2023年01月09日', '', '各区卫生健康委：', '现印发给你们。', '某市护理事业发展实施方案', '一、总体要求'));
    expect(m.title).toBe('某市护理事业发展实施方案');
  });

  it('should not support an 附件 label or a bracketed remark as part of the title', async () => {
    const a = await meta(doc('某局关于印发工作要点的通知', '各科室：', '现印发给你们。', '某某县卫生健康局', '2023年2月28日', '附件', '全县卫生健康工作要点', '一、深化医改'));
    expect(a.title).toBe('全县卫生健康工作要点');
    const b = await meta(doc('国办发〔2015〕32号', '各省人民政府：', '现印发给你们。', '国务院办公厅', '2015年4月24日', '（此件公开发布）', '某某服务发展规划（2015—2020年）', '一、总体要求'));
    expect(b.title).toBe('某某服务发展规划（2015—2020年）');
  });

  it('should not support a markdown heading mark or front-matter lines as part of the title or issuer', async () => {
    const m = await meta(
      doc('---', '标题: 某区人民政府办公室关于印发《某区水务“十四五”规划》的通知', '发布日期: 2021-10-13', '---', '', '# 上海市崇明区人民政府办公室关于印发《某区水务“十四五”规划》的通知', '', '各乡、镇人民政府，区各直属单位：', '', '某区水务“十四五”规划', '', '一、回顾'),
    );
    expect(m.title).toBe('某区水务“十四五”规划');
    expect(m.issuer).toBe('上海市崇明区人民政府办公室');
    expect(m.addressees).toEqual(['各乡、镇人民政府', '区各直属单位']);
  });

  it('should support a title whose period or 试行 stands on the line below', async () => {
    const m = await meta(doc('某市卫生健康事业发展规划', '（2021—2025年）', '', '一、发展基础'));
    expect(m.title).toBe('某市卫生健康事业发展规划（2021—2025年）');
    expect(m.planYears).toEqual([2021, 2025]);
    expect((await meta(doc('某市家庭医生签约服务管理办法', '（试行）', '第一章 总则'))).title).toBe('某市家庭医生签约服务管理办法（试行）');
  });

  it('should not support a bracketed remark under the signature as a title tail', async () => {
    const m = await meta(doc('国办发〔2015〕32号', '各省人民政府：', '现印发给你们。', '国务院办公厅', '2015年4月24日', '（此件公开发布）', '某某服务发展规划', '一、总体要求'));
    expect(m.title).toBe('某某服务发展规划');
  });

  it('should support a title set over two lines with the genre word alone on the second', async () => {
    const m = await meta(doc('发布日期：2025-02-20 09:30', '某某市某区2025年优化营商环境', '工作要点', '（2025年2月12日区委会议审议通过）', '一、提升政务服务'));
    expect(m.title).toBe('某某市某区2025年优化营商环境工作要点');
    expect(m.kind).toBe('工作要点');
  });

  it('should support a draft\'s status line below the title (（征求意见稿）), as on the title line', async () => {
    const m = await meta(doc('某市“十五五”生态环境保护规划', '（征求意见稿）', '发布时间：2025-11-20　来源：市生态环境局', '一、发展基础'));
    expect(m.title).toBe('某市“十五五”生态环境保护规划（征求意见稿）');
  });

  it('should not support a bracketed remark below the title as part of it', async () => {
    const m = await meta(doc('某市“十五五”生态环境保护规划', '（2025年11月20日市政府常务会议审议通过）', '一、发展基础'));
    expect(m.title).toBe('某市“十五五”生态环境保护规划');
  });

  it('should support a period line below the title written in full-width digits (read, as every stage reads them, as ASCII digits)', async () => {
    const m = await meta(doc('某市“十四五”养老服务体系规划', '（２０２１－２０２５年）', '一、发展基础'));
    expect(m.title).toBe('某市“十四五”养老服务体系规划（2021－2025年）');
  });

  it('should support a title set over three lines, with its period below', async () => {
    const a = await meta(doc('附件', '某县2025年', '农村人居环境整治提升', '实施方案', '为改善农村人居环境，制定本方案。', '一、目标任务'));
    expect(a.title).toBe('某县2025年农村人居环境整治提升实施方案');
    const b = await meta(doc('某市', '“十四五”卫生健康', '发展规划', '（2021—2025年）', '一、发展基础'));
    expect(b.title).toBe('某市“十四五”卫生健康发展规划（2021—2025年）');
    expect(b.planYears).toEqual([2021, 2025]);
  });

  it('should support a notice title broken before 的通知 or a closing mark, though its first line reads as a plan title', async () => {
    const a = await meta(doc('某市人民政府办公室关于印发某市卫生健康“十四五”规划', '的通知', '某府办发〔2022〕3号', '各县、区人民政府：', '现将《某市卫生健康“十四五”规划》印发给你们，请认真遵照执行。', '某市人民政府办公室', '2022年1月5日', '某市卫生健康“十四五”规划', '一、发展基础'));
    expect(a.title).toBe('某市卫生健康“十四五”规划');
    expect(a.planYears).toEqual([2021, 2025]);
    const b = await meta(doc('某局关于印发《2020年全市卫生健康工作要点', '》的通知', '各区卫生健康局：', '现将《2020年全市卫生健康工作要点》印发给你们。', '一、总体要求'));
    expect(b.title).toBe('2020年全市卫生健康工作要点');
  });

  it('should support a 印发 notice title broken inside the plan title it names, its first line reading as a plan title', async () => {
    const a = await meta(doc('某市人民政府办公室关于印发某市2025年政府重点工作任务', '分工方案的通知', '某府办函〔2025〕6号', '各县（市、区）人民政府：', '现将《某市2025年政府重点工作任务分工方案》印发给你们。', '某市人民政府办公室', '2025年2月18日', '某市2025年政府重点工作任务分工方案', '一、主要目标'));
    expect(a.title).toBe('某市2025年政府重点工作任务分工方案');
    expect(a.planYears).toEqual([2025, 2025]);
  });

  it('should support a title broken after the organ it starts with (organ / year + genre, organ / 关于…的通知)', async () => {
    const a = await meta(doc('某市某区卫生健康局', '2024年工作计划', '为做好2024年卫生健康工作，制定本计划。', '一、总体要求'));
    expect(a.title).toBe('某市某区卫生健康局2024年工作计划');
    expect(a.issuer).toBe('某市某区卫生健康局');
    const b = await meta(doc('某市卫生健康委员会', '关于印发2025年全市卫生健康工作要点的通知', '各区卫生健康局：', '现将《2025年全市卫生健康工作要点》印发给你们。', '2025年全市卫生健康工作要点', '一、总体要求'));
    expect(b.title).toBe('2025年全市卫生健康工作要点');
  });

  it('should support a title set over three lines under its organ line (joint organs / 关于… / …的实施意见)', async () => {
    const m = await meta(doc('中共某县委', '某县人民政府文件', '某发〔2026〕1号', '中共某县委 某县人民政府', '关于学习运用“千万工程”经验全面推进', '乡村振兴加快建设农业强县的实施意见', '各乡镇党委、政府，县直各单位：', '现提出如下实施意见。', '一、总体要求'));
    expect(m.title).toBe('中共某县委 某县人民政府关于学习运用“千万工程”经验全面推进乡村振兴加快建设农业强县的实施意见');
  });

  it('should not support an organ line and a 关于… line that no line below ends as a title', async () => {
    const m = await meta(doc('某县人民政府', '关于进一步加强', '各乡镇人民政府：', '现就有关事项通知如下。', '一、总体要求'));
    expect(m.title).not.toContain('某县人民政府关于进一步加强');
  });

  it('should not support an organ line going on a title that names its own place, nor a date under a signature', async () => {
    const a = await meta(doc('某市卫生健康委员会', '某市2025年卫生健康工作要点', '一、总体要求'));
    expect(a.title).toBe('某市2025年卫生健康工作要点');
    const b = await meta(doc('某县2025年卫生健康工作要点', '一、总体要求', '推进改革。', '某县卫生健康局', '2025年3月1日'));
    expect(b.title).toBe('某县2025年卫生健康工作要点');
    expect(b.issuer).toBe('某县卫生健康局');
  });

  it('should support a plan title that names its place first as whole on its line, under short lines of other words', async () => {
    const a = await meta(doc('热点新闻', '市政府召开常务会议', '兰考县“十四五”卫生健康事业发展规划', '兰考县卫生健康委员会', '2022年1月18日', '为加快推进健康兰考建设，制定本规划。', '一、发展基础'));
    expect(a.title).toBe('兰考县“十四五”卫生健康事业发展规划');
    const b = await meta(doc('原创 某某卫健', '许昌市2025年卫生健康工作要点', '一、总体要求'));
    expect(b.title).toBe('许昌市2025年卫生健康工作要点');
  });

  it('should support a title that names its year first, opens with 关于 or is the report alone as whole on its line, under a page news column', async () => {
    const news = ['热点新闻', '市委书记调研全市重点项目建设', '市政府召开常务会议'];
    expect((await meta(doc(...news, '2021年全市卫生健康重点工作', '2021年是…开局之年。', '一、加强党建'))).title).toBe('2021年全市卫生健康重点工作');
    expect((await meta(doc(...news, '关于加强首诊和转诊服务提升医疗服务连续性的通知', '各区卫生健康局：', '现就有关事项通知如下。', '一、总体目标'))).title).toBe('关于加强首诊和转诊服务提升医疗服务连续性的通知');
    expect((await meta(doc(...news, '政府工作报告', '——2025年1月14日在某市第十届人民代表大会第四次会议上', '各位代表：', '一、2024年工作回顾'))).title).toBe('政府工作报告');
    expect((await meta(doc(...news, '黟县“十四五”文化和旅游发展规划', '前言', '为推动文化和旅游深度融合发展，制定本规划。'))).title).toBe('黟县“十四五”文化和旅游发展规划');
  });

  it('should not support cutting a title from the organ line right above it, nor a title broken inside a word that reads as a place', async () => {
    expect((await meta(doc('热点新闻', '某市某区卫生健康局', '2024年工作计划', '为做好2024年卫生健康工作，制定本计划。', '一、总体要求'))).title).toBe('某市某区卫生健康局2024年工作计划');
    expect((await meta(doc('某市人民政府', '关于加快推进城市更新行动的实施意见', '各区人民政府：', '一、总体要求'))).title).toBe('某市人民政府关于加快推进城市更新行动的实施意见');
    expect((await meta(doc('某市人民政府办公室关于加快推进', '城市更新行动的实施意见', '各区人民政府：', '一、总体要求'))).title).toBe('某市人民政府办公室关于加快推进城市更新行动的实施意见');
  });

  it('should not support cutting off a title line that leaves the title open before a place name', async () => {
    const m = await meta(doc('兰考县卫生健康委员会关于印发', '兰考县2025年卫生健康工作要点', '一、总体要求'));
    expect(m.title).toBe('兰考县卫生健康委员会关于印发兰考县2025年卫生健康工作要点');
  });

  it('should not support a line that starts with other words going on a whole plan title', async () => {
    const m = await meta(doc('某县2024年卫生健康工作要点', '通知公告', '一、总体要求'));
    expect(m.title).toBe('某县2024年卫生健康工作要点');
  });

  it('should not support a genre word line under an organ or a site category as part of a title', async () => {
    const a = await meta(doc('某某县卫生健康局', '工作计划', '某某县卫生健康局2023年工作计划', '一、总体要求'));
    expect(a.title).toBe('某某县卫生健康局2023年工作计划');
    const b = await meta(doc('首页 > 政务公开', '规划计划', '年度工作计划', '某区2024年卫生健康工作计划', '一、总体要求'));
    expect(b.title).toBe('某区2024年卫生健康工作计划');
  });

  it('should support a title line with the attachment label before it or book-title marks around it', async () => {
    const a = await meta(doc('附件1：某某市2025年卫生健康工作要点', '一、总体要求'));
    expect([a.title, a.kind]).toEqual(['某某市2025年卫生健康工作要点', '工作要点']);
    const b = await meta(doc('《某某市2025年卫生健康工作要点》', '一、总体要求'));
    expect([b.title, b.kind]).toEqual(['某某市2025年卫生健康工作要点', '工作要点']);
  });

  it('should not support removing book-title marks that cite a plan inside a title', async () => {
    const m = await meta(doc('关于做好《某某市2025年卫生健康工作要点》落实工作的通知', '各区卫生健康局：', '现就有关事项通知如下。'));
    expect(m.title).toBe('关于做好《某某市2025年卫生健康工作要点》落实工作的通知');
  });

  it('should support a notice title a line break cut inside its 《》 (a PDF, a centred title)', async () => {
    const m = await meta(doc('某省人民政府办公厅关于印发《某省城市更新行动实施方案', '（2025—2027年）》的通知', '各市州人民政府：', '现将《某省城市更新行动实施方案（2025—2027年）》印发给你们，请认真贯彻执行。', '一、总体要求'));
    expect(m.title).toBe('某省城市更新行动实施方案（2025—2027年）');
    expect(m.kind).toBe('实施方案');
  });

  it('should not support joining a title line that closed its marks with a line starting with a bracket', async () => {
    const m = await meta(doc('某市2025年卫生健康工作要点', '（2025年2月12日市卫生健康委党委会议审议通过）', '一、总体要求'));
    expect(m.title).toBe('某市2025年卫生健康工作要点');
  });

  it('should support a page heading with the editor\'s mark of a reprint (（全文）, 【图解】) as the title without the mark', async () => {
    const a = await meta(doc('政府工作报告（全文）', '2026-01-27 08:30　来源：某省日报', '各位代表：', '一、过去一年工作回顾'));
    expect([a.title, a.kind]).toEqual(['政府工作报告', '政府工作报告']);
    const b = await meta(doc('某市2026年卫生健康工作要点【图解】', '一、总体要求'));
    expect(b.title).toBe('某市2026年卫生健康工作要点');
  });

  it('should not support removing a bracket of the title\'s own words (its period, 试行, 修订)', async () => {
    const a = await meta(doc('某市全民健身实施计划（2026—2030年）', '一、总体要求'));
    expect(a.title).toBe('某市全民健身实施计划（2026—2030年）');
    const b = await meta(doc('某市家庭医生签约服务管理办法（试行）', '第一条　为规范服务，制定本办法。'));
    expect(b.title).toBe('某市家庭医生签约服务管理办法（试行）');
  });

  it('should support the plan a later notice prints where a first document of the text prints none (an issue of a 政府公报)', async () => {
    const m = await meta(
      doc(
        ...GAZETTE_FIRST_DOCUMENT,
        ...GAZETTE_PLAN_NOTICE,
      ),
    );
    expect([m.title, m.issuer, m.kind]).toEqual(['某市2026年养老服务工作要点', '某市人民政府办公室', '工作要点']);
  });

  it('should not support a later notice that prints a plan over a first one that forwards a plan (转发《…〈…〉的通知》)', async () => {
    const m = await meta(doc(...forwarding('某市卫生健康委员会关于转发《某省卫生健康委员会关于印发〈某省2024年基层卫生健康工作要点〉的通知》的通知', '现将《某省卫生健康委员会关于印发〈某省2024年基层卫生健康工作要点〉的通知》转发给你们，请认真贯彻落实。'), ...FORWARDED_NOTICE, ...PLAN_LINES));
    expect([m.title, m.docNumber, m.issuer]).toEqual(['某省2024年基层卫生健康工作要点', '省卫发〔2024〕8号', '某省卫生健康委员会']);
  });

  it('should support a plan printed as a document of its own, its 文号 under its title, after a notice that prints none (a 政府公报)', async () => {
    const m = await meta(
      doc(
        '某市人民政府关于公布2026年市级重点建设项目名单的通知',
        '某政〔2026〕21号',
        '各县、区人民政府，市政府各部门：',
        '市政府同意2026年市级重点建设项目120个，现予公布。',
        '某市人民政府',
        '2026年4月20日',
        '某市人民政府办公室关于加快发展银发经济增进老年人福祉的实施意见',
        '某政办〔2026〕15号',
        '各县、区人民政府，市政府各部门：',
        '为加快发展银发经济，现提出如下实施意见。',
        '一、总体要求',
        '某市人民政府办公室',
        '2026年4月28日',
      ),
    );
    expect([m.title, m.docNumber, m.issuer, m.issueDate ?? m.publishDate]).toEqual(['某市人民政府办公室关于加快发展银发经济增进老年人福祉的实施意见', '某政办〔2026〕15号', '某市人民政府办公室', '2026-04-28']);
  });

  it('should not support an attachment\'s plan title (no 文号 of its own) over the notice that sends it', async () => {
    const m = await meta(doc('某市卫生健康委员会关于做好2026年基层卫生工作的通知', '某卫发〔2026〕3号', '各区卫生健康局：', '现就有关事项通知如下，请认真落实。', '某市卫生健康委员会', '2026年2月1日', '附件', '某市2026年基层卫生工作方案', '一、工作目标'));
    expect(m.title).toBe('某市卫生健康委员会关于做好2026年基层卫生工作的通知');
  });
});

