// A web page printed to PDF whose whole text came out as one line: page breaks and the site's
// footer inside sentences, no line breaks at all. The meta stage reads the lines it surely had.
import { describe, expect, it } from 'vitest';
import { meta } from './meta-helpers.js';

const body = Array.from({ length: 120 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）加强第${i + 1}项工作。各地要落实责任，推进有关工作取得实效。`).join('');
const footer = '\f某市人民政府网 版权所有 第2页\f';

describe('meta: a document on one line', () => {
  it('should support the 文号, 主送, signature, remark and plan title of a notice run together', async () => {
    const text =
      '某府办发〔2023〕7号 各区人民政府，市政府各部门：《某市养老服务体系建设实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。' +
      '某市人民政府办公室 2023年4月6日（此件公开发布）某市养老服务体系建设实施方案 一、总体要求 到2025年，建成养老服务网络。' +
      body.slice(0, 600) + footer + body.slice(600) + '\n';
    const m = await meta(text);
    expect(m.title).toBe('某市养老服务体系建设实施方案');
    expect(m.docNumber).toBe('某府办发〔2023〕7号');
    expect(m.issuer).toBe('某市人民政府办公室');
    expect(m.publishDate).toBe('2023-04-06');
    expect(m.addressees).toEqual(['各区人民政府', '市政府各部门']);
    expect(m.planYears).toEqual([2023, 2025]);
  });

  it('should not support cutting ordinary long paragraphs', async () => {
    const m = await meta(`2024年全市卫生健康工作要点\n${body.slice(0, 2900)}\n`);
    expect(m.title).toBe('2024年全市卫生健康工作要点');
    expect(m.planYears).toEqual([2024, 2024]);
  });

  it('should not support cutting a PDF line that only starts with a page break', async () => {
    const m = await meta('\f2020 年全市卫生健康工作要点\n\n一、全面加强 党的建设\n\f各级党组织要 强化责任。\n');
    expect(m.title).toBe('2020年全市卫生健康工作要点');
  });

  it('should support a short page that came out as one line with page breaks inside', async () => {
    const tasks = Array.from({ length: 12 }, (_, i) => `${i + 1}.开展第${i + 1}项整治。全年组织集中整治活动不少于${i + 2}次，重点清理城乡接合部的卫生死角。`).join(' ');
    const m = await meta(
      `2024/3/15 09:48 某县2024年爱国卫生工作方案_通知公告 发布日期：2024-03-14 某县2024年爱国卫生工作方案 某爱卫办〔2024〕2号 为深入开展爱国卫生运动，结合我县实际，制定本方案。 一、工作目标 到2024年底，全县卫生乡镇占比达到40%以上。 二、重点任务 ${tasks.slice(0, 200)} https://example.gov.cn/a.html 1/2\f2024/3/15 09:48 某县2024年爱国卫生工作方案 ${tasks.slice(200)} 三、保障措施 各乡镇要加强组织领导。 某县爱国卫生运动委员会办公室 2024年3月12日`,
    );
    expect(m.title).toBe('某县2024年爱国卫生工作方案');
    expect(m.docNumber).toBe('某爱卫办〔2024〕2号');
    expect(m.issuer).toBe('某县爱国卫生运动委员会办公室');
    expect([m.publishDate, m.issueDate]).toEqual(['2024-03-14', '2024-03-12']);
  });

  it('should support the GB/T 9704 parts of a notice scraped with no break between its paragraphs', async () => {
    const plan = ['某县2025年健康促进工作要点', '2025年全县健康促进工作以提升居民健康素养为重点。', '一、工作目标', '到2025年底，全县居民健康素养水平达到30%以上。', '二、重点工作', ...Array.from({ length: 12 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项健康促进行动。各乡镇要明确责任人，按季度报送工作进展。`)];
    const notice = ['某县卫生健康局文件', '某卫发〔2025〕3号', '某县卫生健康局关于印发《某县2025年健康促进工作要点》的通知', '各乡镇卫生院，局属各单位：', '现将《某县2025年健康促进工作要点》印发给你们，请认真抓好落实。', '某县卫生健康局', '2025年2月10日'];
    const m = await meta(['某县卫生健康局关于印发《某县2025年健康促进工作要点》的通知', '发布时间：2025-02-14 10:20　来源：县卫生健康局', [...notice, ...plan].join(''), '【打印本页】【关闭窗口】'].join('\n'));
    expect(m.title).toBe('某县2025年健康促进工作要点');
    expect(m.docNumber).toBe('某卫发〔2025〕3号');
    expect(m.issuer).toBe('某县卫生健康局');
    expect([m.publishDate, m.issueDate]).toEqual(['2025-02-14', '2025-02-10']);
    expect(m.addressees).toEqual(['各乡镇卫生院', '局属各单位']);
  });

  it('should not support a date inside a sentence of a run-on body as the signature date', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`某县2025年卫生健康工作要点为做好全年工作，制定本要点。经县政府2025年1月5日常务会议研究，确定以下任务。${tasks}某县卫生健康局2025年1月20日\n`);
    expect(m.publishDate).toBe('2025-01-20');
  });

  it('should support a title\'s editor\'s mark (（节选）, （摘编）) and a cover dated by its month alone on a line that holds the whole text', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const excerpt = await meta(`某市“十五五”综合交通运输发展规划（节选）某市交通运输局2026年5月第一章　发展基础${tasks}\n`);
    expect([excerpt.title, excerpt.issuer, excerpt.kind]).toEqual(['某市“十五五”综合交通运输发展规划', '某市交通运输局', '五年规划']);
    const compiled = await meta(`某市医疗保障事业发展“十五五”规划（摘编）为推进医疗保障事业高质量发展，制定本规划。第一章　发展基础${tasks}\n`);
    expect(compiled.title).toBe('某市医疗保障事业发展“十五五”规划');
  });

  it('should support a 题注 date in brackets under a title and a page\'s font-size widget ([大 中 小]) before the 文号', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const dated = await meta(`某县卫生健康局2026年工作计划（２０２６年１月１５日）2025年，全县卫生健康工作取得新成效。一、工作目标${tasks}\n`);
    expect([dated.title, dated.publishDate]).toEqual(['某县卫生健康局2026年工作计划', '2026-01-15']);
    const widget = await meta(`某省能源局关于印发《2026年全省能源工作要点》的通知发布时间：2026-02-26 10:35 字号：[大 中 小]某能规划字〔2026〕12号各设区市能源局：现将要点印发给你们。${tasks}\n`);
    expect(widget.docNumber).toBe('某能规划字〔2026〕12号');
  });

  it('should support a title that holds a title word inside it (规划实施方案) and a draft\'s mark (（修订稿）) before a cover on one line', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const inner = await meta(`某市卫生健康事业发展规划实施方案某市卫生健康委员会2026年5月一、总体要求${tasks}\n`);
    expect([inner.title, inner.issuer]).toEqual(['某市卫生健康事业发展规划实施方案', '某市卫生健康委员会']);
    const revised = await meta(`某市养老服务体系建设规划（修订稿）某市民政局2026年5月第一章　发展基础${tasks}\n`);
    expect(revised.issuer).toBe('某市民政局');
  });

  it('should not support a plan named with its period inside a sentence as a title with a cover', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`某市2026年卫生健康工作要点根据某市卫生健康发展规划（2021—2025年）确定的目标，结合实际制定本要点。${tasks}\n`);
    expect(m.title).toBe('某市2026年卫生健康工作要点');
  });

  it('should support a cover (title, organ, date) and a title followed by its 主送 on a line that holds the whole text', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const cover = await meta(`某市“十四五”卫生健康发展规划某市卫生健康委员会2022年1月20日前言健康是发展的基础。一、发展基础${tasks}\n`);
    expect([cover.title, cover.issuer, cover.publishDate]).toEqual(['某市“十四五”卫生健康发展规划', '某市卫生健康委员会', '2022-01-20']);
    const notice = await meta(`关于加强基层服务的通知（某卫办发〔2024〕21号）各区卫生健康局，委属各单位：为加强基层服务，现通知如下。一、总体目标${tasks}\n`);
    expect([notice.title, notice.docNumber, notice.addressees]).toEqual(['关于加强基层服务的通知', '某卫办发〔2024〕21号', ['各区卫生健康局', '委属各单位']]);
  });

  it('should not support a title word inside a sentence before 各… as a title', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`某县2025年卫生健康工作要点为落实全市工作要点各单位要细化任务，制定本要点。${tasks}某县卫生健康局2025年1月20日\n`);
    expect([m.title, m.addressees]).toEqual(['某县2025年卫生健康工作要点', null]);
  });

  it('should support a web page on one line whose title follows a bracketed font-size label and precedes a 题注', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`首页信息公开发布日期：2025-02-20 09:30来源：某区发展和改革局【字体：大 中 小】某区2025年优化营商环境工作要点（2025年2月12日区委深改委第五次会议审议通过）2025年是攻坚之年。${tasks}\n`);
    expect([m.title, m.publishDate]).toEqual(['某区2025年优化营商环境工作要点', '2025-02-20']);
  });

  it('should support a title run into the publish panel after it on a one-line page', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`某区2023年卫生健康工作要点_规划计划_某区人民政府门户网站某区2023年卫生健康工作要点信息来源:区卫生健康委 发布时间 2023-03-24【字号• 所属类目: 规划计划• 主题分类: 卫生• 体 裁: 计划 ${tasks}\n`);
    // (The page's <title> ends with the site's name, after which the document's own title starts.)
    expect(m.title).toBe('某区2023年卫生健康工作要点');
    expect([m.kind, m.planYears]).toEqual(['工作要点', [2023, 2023]]);
  });

  it('should not support a short label word inside a sentence as a panel label', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');
    const m = await meta(`某县2025年卫生健康工作要点为保障资金来源：县财政统筹安排。${tasks}某县卫生健康局2025年1月20日\n`);
    expect([m.title, m.issuer]).toEqual(['某县2025年卫生健康工作要点', '某县卫生健康局']);
  });

  it('should support the subtitle, speaker line and salutation of a government work report run together on one line', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。全年完成投资${i + 10}亿元，各部门要落实责任。`).join('');
    for (const date of ['2025年1月9日', '二〇二五年一月九日']) {
      const m = await meta(`政府工作报告——${date}在某市某区第四届人民代表大会第五次会议上某区人民政府区长张某某各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。一、2024年工作回顾${tasks}\n`);
      expect([m.title, m.issuer, m.publishDate, m.planYears], date).toEqual(['政府工作报告', '某区人民政府', '2025-01-09', [2025, 2025]]);
    }
  });
  const crumbTasks = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各单位要落实责任。`).join('');

  it('should support the title run onto the last crumb of a breadcrumb on a one-line page', async () => {
    for (const [crumbs, title] of [
      ['首页 > 政务公开 > 计划总结', '某县卫生健康局2025年工作计划'],
      ['当前位置：首页>信息公开>法定主动公开内容>规划计划', '某市2025年市政府重点工作'],
      ['首页 › 互动交流 › 意见征集', '某市2026年农业农村工作要点'],
    ] as const) {
      const m = await meta(`${crumbs}${title}发布时间：2025-02-10 09:30　来源：某县人民政府${crumbTasks}\n`);
      expect(m.title, crumbs).toBe(title);
    }
  });

  it('should support the title above a breadcrumb and the publish date run onto a title on a one-line page', async () => {
    const m = await meta(`某省人民政府首页 > 要闻动态 > 政务要闻政府工作报告（全文）2025-01-27 08:30　来源：某省日报　【字号：大 中 小】${crumbTasks}\n`);
    expect([m.title, m.publishDate]).toEqual(['政府工作报告', '2025-01-27']);
    const n = await meta(`某区卫生健康局2025年工作计划首页 > 政务公开 > 计划总结发布时间：2025-01-15 10:32${crumbTasks}\n`);
    expect([n.title, n.kind]).toEqual(['某区卫生健康局2025年工作计划', '年度工作计划']);
  });

  it('should not support a category word that opens a title as a crumb when no breadcrumb stands before it', async () => {
    const m = await meta(`政务公开工作要点为做好全年政务公开工作，制定本要点。${crumbTasks}\n`);
    expect(m.title).toBe('政务公开工作要点');
    const n = await meta(`首页 > 政务公开 > 某县2025年政务公开工作要点为做好全年政务公开工作，制定本要点。${crumbTasks}\n`);
    expect(n.title).toBe('某县2025年政务公开工作要点');
  });
  it('should support a cover whose organ and date in Chinese numerals ran into the title and the text', async () => {
    for (const date of ['二〇二五年三月十八日', '二〇二五年三月']) {
      const m = await meta(`某市“十五五”水安全保障规划某市水利局${date}为统筹解决水资源问题，编制本规划。${crumbTasks}\n`);
      expect([m.title, m.issuer, m.kind], date).toEqual(['某市“十五五”水安全保障规划', '某市水利局', '五年规划']);
    }
  });

  it('should not support a Chinese-numeral date inside a sentence as the date of a cover', async () => {
    const m = await meta(`某市“十五五”水安全保障规划本规划经市政府二〇二五年三月十八日常务会议审议通过。${crumbTasks}\n`);
    expect(m.title).toBe('某市“十五五”水安全保障规划');
    expect(m.issuer).not.toBe('本规划经市政府');
  });
  it('should support a plan of a field named after a plan word, and a red header run onto the 公文 title', async () => {
    const m = await meta(`某县疾病预防控制中心2025年免疫规划工作计划为进一步做好我县免疫规划工作，特制定本计划。${crumbTasks}\n`);
    expect([m.title, m.kind]).toEqual(['某县疾病预防控制中心2025年免疫规划工作计划', '年度工作计划']);
    const n = await meta(`首页 > 政务公开 > 政策文件 > 省政府办公厅文件某省人民政府办公厅关于加快发展银发经济的实施意见发布时间：2025-04-18 10:32${crumbTasks}\n`);
    expect(n.title).toBe('某省人民政府办公厅关于加快发展银发经济的实施意见');
  });

  it('should not support a plan word inside a run-together title as its end when no genre follows it', async () => {
    const m = await meta(`某市国土空间规划实施评估报告为做好评估工作，制定本方案。${crumbTasks}\n`);
    expect(m.title).not.toBe('某市国土空间规划实施评估报告');
    const n = await meta(`某市2025年城乡规划工作要点为做好全年工作，制定本要点。${crumbTasks}\n`);
    expect(n.title).toBe('某市2025年城乡规划工作要点');
  });
  it('should support the draft a consultation notice run onto its publish panel asks comments on', async () => {
    const m = await meta(`首页 > 互动交流 > 意见征集关于公开征求《某市“十五五”托育服务体系建设规划（征求意见稿）》意见的公告发布时间：2025-11-20 09:30　来源：市卫生健康委${crumbTasks}联系人：张某某\n`);
    expect(m.title).toBe('某市“十五五”托育服务体系建设规划（征求意见稿）');
  });
});

describe('meta: a signature run onto the last sentence of a body that lost its line breaks', () => {
  it('should support the organ and date after the last sentence end of the closing paragraph', async () => {
    const m = await meta('某省水利厅2025年工作要点\n一、加强水旱灾害防御。完善预报预警体系。二、推进节水型社会建设。全面落实用水总量控制。某省水利厅2025年3月2日\n');
    expect(m.issuer).toBe('某省水利厅');
    expect(m.publishDate).toBe('2025-03-02');
  });

  it('should not support a date at the end of a sentence that names no organ alone (…经某局2025年3月2日)', async () => {
    const m = await meta('某县2025年林业工作要点\n一、保护森林资源。全年完成造林任务，方案已报经县林业局2025年3月2日\n');
    expect(m.publishDate).toBeNull();
  });
});

describe('meta: a cover run onto the text of a document on one line', () => {
  const tasks = `一、工作任务${'全年组织专题培训，推进各项工作落实见效。'.repeat(40)}二、保障措施各单位要加强组织领导。\n`;

  it('should support a communiqué whose two compiling organs stand side by side before the date', async () => {
    const m = await meta(`某县2026年国民经济和社会发展统计公报某县统计局　国家统计局某县调查队2027年3月10日2026年，全县经济运行总体平稳。${tasks}`);
    expect([m.title, m.kind]).toEqual(['某县2026年国民经济和社会发展统计公报', '统计公报']);
  });

  it('should support a plan title with its period and an editor’s mark before the organ and the month', async () => {
    const m = await meta(`某市“十五五”养老服务体系规划（2026—2030年）（节选）某市民政局2026年6月为积极应对人口老龄化，编制本规划。${tasks}`);
    expect(m.title).toBe('某市“十五五”养老服务体系规划（2026—2030年）');
  });

  it('should support a task list run onto its organ and date, and three organs that signed a notice together', async () => {
    const m = await meta(`2026年全县农业农村重点工作任务清单某县农业农村局2026年2月10日${tasks}`);
    expect(m.title).toBe('2026年全县农业农村重点工作任务清单');
    const n = await meta(
      `某市卫生健康委员会　某市财政局　某市医疗保障局关于印发《某市2026年基层卫生服务能力提升工作方案》的通知各县（市、区）卫生健康局、财政局、医保局：现将方案印发给你们，请认真贯彻落实。某市卫生健康委员会　某市财政局　某市医疗保障局2026年3月5日某市2026年基层卫生服务能力提升工作方案为提升基层服务能力，制定本方案。${tasks}`,
    );
    expect(n.title).toBe('某市2026年基层卫生服务能力提升工作方案');
  });

  it('should not support a report to an organ inside a sentence as the end of a title', async () => {
    const m = await meta(`某县2026年安全生产工作要点为做好全年工作，制定本要点。各乡镇要将整治进展及时报告县应急管理局2026年3月底前完成排查。${tasks}`);
    expect(m.title).toBe('某县2026年安全生产工作要点');
    expect(m.issuer).not.toBe('县应急管理局');
  });
});

describe('meta: a report’s title run onto the publish panel of a page on one line', () => {
  const review = `${'全年办理行政复议案件，规范行政执法行为，推进依法行政。'.repeat(40)}三、存在的不足部分单位依法行政意识有待增强。\n`;

  it('should support a title that ends in 报告 before the panel’s label, joined with nothing or with spaces', async () => {
    const m = await meta(`某县人民政府关于2026年法治政府建设情况的报告发布时间：2027-03-20 10:15　信息来源：某县司法局　浏览次数：【字体：大 中 小】2026年，某县坚持依法行政。${review}`);
    expect([m.title, m.kind]).toEqual(['某县人民政府关于2026年法治政府建设情况的报告', '情况报告']);
    const n = await meta(`某县人民政府关于2026年法治政府建设情况的报告 发布时间：2027-03-20 10:15 信息来源：某县司法局 2026年，某县坚持依法行政。 ${review}`);
    expect(n.title).toBe('某县人民政府关于2026年法治政府建设情况的报告');
  });

  it('should support a markdown quote’s mark run onto the title line above the panel', async () => {
    const m = await meta(`# 某市商务局2026年工作计划> 发布时间：2026-02-10 09:30　来源：某市商务局2026年，全市商务系统要稳外贸、促消费。${review}`);
    expect(m.title).toBe('某市商务局2026年工作计划');
  });

  it('should not support a panel word without its colon as a line of its own', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）做好第${i + 1}项公开工作。各单位要按时公开。`).join('');
    const m = await meta(`某县2026年政务公开工作要点为做好全年工作，制定本要点。各单位公开的信息以发布时间为准，不得迟于规定时限。${items}\n`);
    expect(m.title).toBe('某县2026年政务公开工作要点');
  });
});

describe('meta: a headline run onto the line under it on one line', () => {
  const items = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）做好第${i + 1}项工作。各单位要抓好落实。`).join('');

  it('should support a report’s title run onto its subtitle (——…日在…会议上)', async () => {
    const m = await meta(`关于某市2026年预算执行情况和2027年预算草案的报告——2027年1月10日在某市第六届人民代表大会第五次会议上某市财政局局长　王某各位代表：${items}\n`);
    expect(m.title).toBe('关于某市2026年预算执行情况和2027年预算草案的报告');
  });

  it('should support a WeChat headline run onto the article’s post line (原创 …)', async () => {
    const m = await meta(`某区2026年全民健身工作计划原创 某区体育 某区发布 2026年03月02日 10:20 湖南点击蓝字 关注我们为推动全民健身，制定本计划。${items}\n`);
    expect([m.title, m.kind]).toEqual(['某区2026年全民健身工作计划', '年度工作计划']);
  });

  it('should not support 原创 inside a word or before no space as a line’s start', async () => {
    const m = await meta(`某区2026年文化产业工作计划为扶持原创作品，制定本计划。${items}\n`);
    expect(m.title).toBe('某区2026年文化产业工作计划');
  });
});

describe('meta: a portal’s department crumb and index number run onto the title on one line', () => {
  const items = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项工作。各科室要抓好落实。`).join('');

  it('should support the department’s column crumb before the title, and the 索引号 label after it', async () => {
    const m = await meta(`首页 > 政务公开 > 部门文件 > 市农业农村局某某市农业农村局2027年工作要点索引号：113607000123/2027-00012　发布时间：2027-02-15${items}\n`);
    expect([m.title, m.kind]).toEqual(['某某市农业农村局2027年工作要点', '工作要点']);
  });

  it('should not support a crumb of the site’s own categories as a department', async () => {
    const m = await meta(`首页 > 政务公开 > 规划计划某县2027年林业工作要点发布时间：2027-02-15${items}\n`);
    expect(m.title).toBe('某县2027年林业工作要点');
  });
});

describe('meta: a 工作总结 whose title ran into its first sentence', () => {
  const items = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）完成第${i + 1}项工作。全年累计投入资金${i + 2}万元。`).join('');

  it('should support the summary’s title, its kind and its year', async () => {
    const m = await meta(`某镇2026年工作总结2026年，某镇坚持稳中求进工作总基调，现将全年工作总结如下：${items}\n`);
    expect([m.title, m.kind, m.planYears]).toEqual(['某镇2026年工作总结', '工作总结', [2026, 2026]]);
  });

  it('should not support a summary joined to a plan as ending at 总结', async () => {
    const m = await meta(`某镇2026年工作总结和2027年工作计划2026年，某镇坚持稳中求进工作总基调，现将有关情况报告如下：${items}\n`);
    expect(m.title).not.toBe('某镇2026年工作总结');
  });
});
