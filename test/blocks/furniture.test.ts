// Web-page and PDF furniture: metadata panels, breadcrumbs, footers; a body printed as one line is
// document text.
import { describe, expect, it } from 'vitest';
import { classify } from './blocks-helpers.js';

describe('blocks: furniture', () => {
  it('should support a gov.cn-style metadata panel, values on their own lines and the 标题 line', () => {
    const text = [
      '国务院关于印发XX发展规划的通知_政策文件',
      '索  引  号：', '000014349/2021-00001', '主题分类：', '卫生、体育\\卫生',
      '发文机关：', '国务院', '成文日期：', '2021年01月04日',
      '标　　题：', '国务院关于印发XX发展规划的通知',
      '发文字号：', '国发〔2021〕1号', '发布日期：', '2021年01月08日',
      '国务院关于印发XX发展规划的通知',
      '国发〔2021〕1号',
      '各省、自治区、直辖市人民政府：',
      '现将《XX发展规划》印发给你们，请认真贯彻执行。',
    ].join('\n');
    const c = classify(text);
    expect(c.kindOf('000014349')).toBe('furniture');
    expect(c.kindOf('标　　题')).toBe('furniture');
    expect(c.kindOf('国务院关于印发XX发展规划的通知\n发文字号')).toBe('furniture');
    expect(c.kindOf('2021年01月08日')).toBe('furniture');
    expect(c.kindOf('国务院关于印发XX发展规划的通知\n国发')).toBe('title');
    expect(c.kindOf('各省、自治区')).toBe('body');
  });

  it('should support a panel written two fields a line with tabs', () => {
    const text = ['索 引 号：000014349/2021-00001\t主题分类：卫生', '发文机关：国务院\t成文日期：2021年01月04日', '标　　题：国务院关于印发XX规划的通知', 'XX规划', '一、发展基础'].join('\n');
    const c = classify(text);
    expect(c.kindOf('标　　题')).toBe('furniture');
    expect(c.kindOf('一、发展基础')).toBe('body');
  });

  it('should support a panel table copied cell by cell: labels ended by a tab, no colon (索引号\t…\t公开方式\t…)', () => {
    const text = ['索引号\t001008003016015/2025-123456\t公开方式\t主动公开', '发布机构\t某市发展和改革委员会\t生成日期\t2025-04-10', '文号\t某发改规划〔2025〕12号\t有效性\t有效', '某市2025年扩大有效投资工作方案', '一、总体目标'].join('\n');
    const c = classify(text);
    expect(c.kindOf('索引号')).toBe('furniture');
    expect(c.kindOf('生成日期')).toBe('furniture');
    expect(c.kindOf('有效性')).toBe('furniture');
    expect(c.kindOf('某市2025年扩大有效投资工作方案')).toBe('title');
  });

  it('should not support the line under an empty label as its value where the panel puts values beside labels', () => {
    const text = [
      '索 引 号：\t000014349/2025-00047\t主题分类：\t卫生',
      '发文机关：\t国务院办公厅\t成文日期：\t2025年05月12日',
      '发文字号：\t国办发〔2025〕19号\t发布日期：\t2025年05月20日',
      '主 题 词：\t',
      '国务院办公厅关于加强某某服务的指导意见',
      '国办发〔2025〕19号',
      '各省、自治区、直辖市人民政府：',
    ].join('\n');
    const c = classify(text);
    expect(c.kindOf('主 题 词')).toBe('furniture');
    expect(c.kindOf('国务院办公厅关于加强某某服务的指导意见')).toBe('title');
  });

  it('should support a panel table copied one cell a line: each label alone on its line, its value under it', () => {
    const text = ['索引号', '001008003016015/2025-123456', '公开方式', '主动公开', '发布机构', '某市发展和改革委员会', '生成日期', '2025-04-10', '有效性', '有效', '某市2025年扩大有效投资工作方案', '一、总体目标'].join('\n');
    const c = classify(text);
    expect(c.kindOf('001008003016015')).toBe('furniture');
    expect(c.kindOf('有效\n某市')).toBe('furniture');
    expect(c.kindOf('某市2025年扩大有效投资工作方案')).toBe('title');
  });

  it('should support the 关键词 field that ends a 政府信息公开 panel, label and value on lines of their own', () => {
    const text = ['索引号：', '011094352/2024-00058', '发布机构：', '某县人民政府办公室', '发布日期：', '2024-03-19', '有效性：', '有效', '关键词：', '乡村振兴；重点工作', '某县2024年乡村振兴重点工作', '一、确保粮食安全'].join('\n');
    const c = classify(text);
    expect(c.kindOf('关键词')).toBe('furniture');
    expect(c.kindOf('乡村振兴；重点工作')).toBe('furniture');
    expect(c.kindOf('某县2024年乡村振兴重点工作')).toBe('title');
  });

  it('should support the fields of a 规范性文件 panel (信息分类, 统一编号, 公文种类), label and value on lines of their own', () => {
    const text = ['索引号：', '011094352/2024-00058', '信息分类：', '政策文件', '统一编号：', 'HBTS01-2024-00003', '公文种类：', '通知', '发布机构：', '某县卫生健康局', '发布日期：', '2024-03-19', '某县卫生健康局关于印发2024年全县卫生健康工作要点的通知', '各乡镇卫生院：'].join('\n');
    const c = classify(text);
    expect(c.kindOf('政策文件')).toBe('furniture');
    expect(c.kindOf('HBTS01')).toBe('furniture');
    expect(c.kindOf('通知\n发布机构')).toBe('furniture');
    expect(c.kindOf('某县卫生健康局关于印发')).not.toBe('furniture');
  });

  it('should not support two 规范性文件 labels in the body (文种, 时效) as a panel', () => {
    const text = ['一、报送要求', '文种：请示', '时效：3个工作日内办结', '二、工作要求'].join('\n');
    expect(classify(text).kindOf('文种：请示')).not.toBe('furniture');
  });

  it('should not support a 关键词 line in the body as a panel', () => {
    const text = ['某县2024年乡村振兴重点工作', '一、确保粮食安全', '关键词：稳产保供', '二、推进乡村建设'].join('\n');
    expect(classify(text).kindOf('关键词')).toBe('body');
  });

  it('should support a 相关解读 list of links under the text as the page footer', () => {
    const text = ['政府工作报告', '——2024年1月9日在某市第九届人民代表大会第四次会议上', '各位代表：', '一、2023年工作回顾', '全年地区生产总值增长5.2%。', '二、2024年重点工作', '城镇新增就业2万人以上。', '各位代表！让我们团结奋斗！', '相关解读：', '【图解】一图读懂2024年某市政府工作报告', '【视频】市长作政府工作报告'].join('\n');
    const c = classify(text);
    expect(c.kindOf('相关解读')).toBe('furniture');
    expect(c.kindOf('【图解】')).toBe('furniture');
    expect(c.kindOf('各位代表！')).not.toBe('furniture');
  });

  it('should not support a 政策解读 heading of an article appended to the text as the page footer', () => {
    const text = ['某省2024年基层卫生健康工作要点', '一、深化医共体建设', '推进医共体建设。', '二、做实家庭医生签约服务', '扩大签约覆盖面。', '《某省2024年基层卫生健康工作要点》政策解读', '一、起草背景', '为贯彻落实省委决策部署，制定本要点。'].join('\n');
    expect(classify(text).kindOf('一、起草背景')).not.toBe('furniture');
  });

  it('should support a portal footer without buttons: copyright, 主办/承办, ICP and 公安备案 numbers, 网站标识码', () => {
    const text = ['2024年全县卫生健康工作要点', '一、加强党的建设', '全面落实党建工作责任制。', '二、深化医改', '县域就诊率保持在90%以上。', '三、强化保障', '加强组织领导。', '某县卫生健康局', '2024年3月15日', '版权所有：某县人民政府办公室　　主办：某县人民政府', '某ICP备05007841号　　某公网安备42122402000108号', '某县人民政府办公室　版权所有', '网站标识码4212240001'].join('\n');
    const c = classify(text);
    expect(c.kindOf('版权所有：')).toBe('furniture');
    expect(c.kindOf('某ICP备')).toBe('furniture');
    expect(c.kindOf('某县人民政府办公室　版权所有')).toBe('furniture');
    expect(c.kindOf('网站标识码')).toBe('furniture');
    expect(c.kindOf('某县卫生健康局')).not.toBe('furniture');
  });

  it('should not support 版权 or 主办 words inside the document as its footer', () => {
    const text = ['2024年全县文化工作要点', '一、加强版权保护', '加强版权所有人合法权益保护，查处侵权盗版行为。', '二、办好群众文化活动', '主办：县文化馆，承办：各乡镇综合文化站。', '三、强化保障', '加强组织领导。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('加强版权所有人')).not.toBe('furniture');
    expect(c.kindOf('主办：县文化馆')).not.toBe('furniture');
  });

  it('should not support a table whose header starts with a label word as a panel', () => {
    const c = classify(['某市2025年工作要点', '一、主要指标', '名称\t单位\t目标值', '1\t新增就业\t万人\t2', '2\t城镇调查失业率\t%\t5.5'].join('\n'));
    expect(c.kindOf('名称')).not.toBe('furniture');
  });

  it('should not support two label-like lines in the body as a panel', () => {
    const text = ['一、工作安排', '发布日期：另行通知', '来源：各区报送', '二、工作要求'].join('\n');
    expect(classify(text).kindOf('一、工作安排')).toBe('body');
    expect(classify(text).kindOf('二、工作要求')).toBe('body');
  });

  it('should support the tail of a publish panel that a PDF print wrapped onto its own line (6　【打印】【关闭】)', () => {
    const text = ['某区卫生健康局2024年工作总结和2025年工作计划', '首页 > 政务公开 > 计划总结', '发布时间：2025-01-15 10:32　来源：区卫生健康局　浏览次数：123', '6　【打印】【关闭】', '2024年，区卫生健康局统筹推进各项工作。', '一、2024年工作总结'].join('\n');
    expect(classify(text).kindOf('6　【打印】')).toBe('furniture');
  });
  it('should not support a sentence that only mentions printing as furniture', () => {
    const text = ['某区卫生健康局2025年工作计划', '一、重点工作', '6项打印和关闭问题整改到位。'].join('\n');
    expect(classify(text).kindOf('6项打印')).toBe('body');
  });

  it('should not support a body printed as one long line as furniture, breadcrumb and footer inside it', () => {
    const body = '首页 > 政策文件 XX市卫生健康工作要点 一、总体要求 坚持以人民健康为中心。'.padEnd(400, '推进健康城市建设。') + ' 相关链接 打印本页';
    expect(classify(body).kindOf('一、总体要求')).toBe('body');
  });
});

describe('blocks: furniture page footer', () => {
  const body = ['某市2025年卫生健康工作要点', '一、总体要求', ...['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `（${n}）推进第${n}项工作。各地要认真落实。`), '某市卫生健康委员会', '2025年3月1日'];

  it('should support a footer list whose label ends with a colon (附件下载：, 相关链接：) and its numbered files', () => {
    const c = classify([...body, '附件下载：', '1.某市2025年卫生健康工作要点.pdf', '2.政策解读.docx', '分享到：'].join('\n'));
    expect(c.kindOf('附件下载')).toBe('furniture');
    expect(c.kindOf('1.某市2025年卫生健康工作要点.pdf')).toBe('furniture');
    expect(c.kindOf('2.政策解读')).toBe('furniture');
  });

  it('should support a row of page buttons, bracketed or not, as the start of a footer', () => {
    for (const buttons of ['【打印本页】　【关闭窗口】', '【打印本页】【关闭窗口】', '[打印] [关闭]', '打印本页 关闭窗口 返回顶部']) {
      const c = classify([...body, buttons, '扫一扫在手机打开当前页'].join('\n'));
      expect(c.kindOf(buttons.slice(0, 3))).toBe('furniture');
    }
  });

  it('should support the links to the previous and next articles (上一篇：/下一篇：)', () => {
    const c = classify([...body, '上一篇：关于做好2025年春节期间安全生产工作的通知', '下一篇：某市卫生健康委员会2024年度政府信息公开工作报告'].join('\n'));
    expect(c.kindOf('上一篇')).toBe('furniture');
    expect(c.kindOf('下一篇')).toBe('furniture');
  });

  it('should not support one word of a button in a sentence as a footer', () => {
    const c = classify([...body, '关闭', '打印和关闭问题整改到位。', '（九）推进第九项工作。'].join('\n'));
    expect(c.kindOf('打印和关闭')).toBe('body');
  });

  it('should not support a footer label that goes on into a sentence as the start of a footer', () => {
    const c = classify([...body, '相关文件：各地要按照文件要求认真落实。', '1.加强组织领导。'].join('\n'));
    expect(c.kindOf('1.加强组织领导')).toBe('body');
  });
});

describe('blocks: furniture page title', () => {
  it('should support a page title naming any government site after a separator', () => {
    const c = classify(['XX市交通发展规划_XX市交通运输局', 'XX市交通发展规划', '一、发展基础'].join('\n'));
    expect(c.kindOf('XX市交通发展规划_')).toBe('furniture');
  });

  it('should not support a heading with a year range as a page title', () => {
    expect(classify(['一、主要任务', '2021-2025年重点工作安排'].join('\n')).kindOf('2021-2025')).toBe('body');
  });
});

describe('blocks: furniture front matter', () => {
  it('should support a front matter (--- fields ---) opening a text or markdown file', () => {
    const text = ['---', 'title: 某县2025年卫生健康工作要点', 'date: 2025-02-18', '官方链接: https://example.gov.cn/a', 'tags:', '  - 规划', '---', '', '某县2025年卫生健康工作要点', '一、深化医改'].join('\n');
    const c = classify(text);
    expect(c.kindOf('title: ')).toBe('furniture');
    expect(c.kindOf('官方链接')).toBe('furniture');
    expect(c.kindOf('某县2025年卫生健康工作要点\n一')).toBe('title');
  });

  it('should not support a rule line and sentences under it as a front matter', () => {
    const c = classify(['---', '某县2025年卫生健康工作要点', '一、深化医改。推进改革。', '---', '二、提升能力'].join('\n'));
    expect(c.kindOf('一、深化医改')).not.toBe('furniture');
  });
});


describe('blocks: furniture portal menu', () => {
  it('should support a menu copied one section a line above the document', () => {
    const text = ['首页', '政务公开', '办事服务', '互动交流', '某县2025年卫生健康工作要点', '一、深化医改'].join('\n');
    const c = classify(text);
    expect(c.kindOf('办事服务')).toBe('furniture');
    expect(c.kindOf('互动交流')).toBe('furniture');
    expect(c.kindOf('某县2025年卫生健康工作要点')).toBe('title');
  });

  it('should support a row of menu sections anywhere', () => {
    const text = ['某县2025年卫生健康工作要点', '一、深化医改。推进改革。', '网站地图 | 联系我们', '首页 | 政务公开 | 办事服务', '无障碍 长者模式 English'].join('\n');
    const c = classify(text);
    expect(c.kindOf('首页 | 政务公开')).toBe('furniture');
    expect(c.kindOf('无障碍 长者模式')).toBe('furniture');
  });

  it('should not support a section word in the document or in a heading as the menu', () => {
    const body = Array.from({ length: 16 }, (_, i) => `${i + 1}.推进第${i + 1}项工作。`);
    const c = classify(['某县2025年卫生健康工作要点', '一、深化医改', ...body, '政务公开', '二、政务公开', '推进政务公开标准化规范化。'].join('\n'));
    expect(c.kindOf('某县2025年卫生健康工作要点')).toBe('title');
    expect(c.kindOf('政务公开\n')).not.toBe('furniture');
    expect(c.kindOf('二、政务公开')).not.toBe('furniture');
  });
});

describe('blocks: furniture of a WeChat article', () => {
  it('should support the post line, the collection line and the reader buttons', () => {
    const text = [
      '原创 某某卫健 某某卫生健康 2025-03-06 17:30 发表于福建',
      '收录于合集 #政策解读 12个',
      '某县“十四五”卫生健康事业发展规划',
      '一、发展基础',
      '推进改革。',
      '阅读原文',
      '分享 收藏 点赞 在看',
    ].join('\n');
    const c = classify(text);
    expect(c.kindOf('原创 某某卫健')).toBe('furniture');
    expect(c.kindOf('收录于合集')).toBe('furniture');
    expect(c.kindOf('某县“十四五”卫生健康事业发展规划')).toBe('title');
    expect(c.kindOf('阅读原文')).toBe('furniture');
    expect(c.kindOf('分享 收藏')).toBe('furniture');
  });

  it('should support the post line as the reader writes it since 2023 (年月日 date, IP region without 发表于)', () => {
    const c = classify(['原创 健康某县 健康某县 2025年03月14日 18:06 福建', '某县2025年卫生健康工作要点', '一、总体要求', '推进改革。'].join('\n'));
    expect(c.kindOf('原创 健康某县')).toBe('furniture');
    expect(c.kindOf('某县2025年卫生健康工作要点')).toBe('title');
  });

  it('should support the post line split over lines of its own (原创 and the account; the date, time and region)', () => {
    const c = classify(['原创 某区医保', '2026-02-15 09:30 发表于江苏', '某区2026年医疗保障工作要点', '一、总体目标', '推进改革。'].join('\n'));
    expect(c.kindOf('原创 某区医保')).toBe('furniture');
    expect(c.kindOf('2026-02-15 09:30')).toBe('furniture');
    expect(c.kindOf('某区2026年医疗保障工作要点')).toBe('title');
  });

  it('should support the account’s name on a line of its own right above the post line that names it', () => {
    const c = classify(['某县青年', '原创 共青团某县委 某县青年 2026-03-02 18:20 广东', '某县团委2026年工作要点', '一、强化思想引领', '开展主题团日活动。'].join('\n'));
    expect(c.kindOf('某县青年\n')).toBe('furniture');
    expect(c.kindOf('原创 共青团某县委')).toBe('furniture');
    expect(c.kindOf('某县团委2026年工作要点')).toBe('title');
  });

  it('should support the account’s name above the article’s title and the post line', () => {
    const c = classify(['某市残联', '2026年全市残疾人工作要点', '原创 某市残联 某市残联 2026年03月09日 17:05 江苏', '一、兜牢基本民生', '落实两项补贴。'].join('\n'));
    expect(c.kindOf('某市残联\n')).toBe('furniture');
    expect(c.kindOf('2026年全市残疾人工作要点')).toBe('title');
  });

  it('should not support a short line above the post line that names no word of it as furniture', () => {
    const c = classify(['某县团委2026年工作要点', '原创 共青团某县委 某县青年 2026-03-02 18:20 广东', '一、强化思想引领', '开展主题团日活动。'].join('\n'));
    expect(c.kindOf('某县团委2026年工作要点')).toBe('title');
  });

  it('should support the follow line an editor points at with an emoji or an arrow', () => {
    for (const follow of ['👆点击蓝字 关注我们', '↑ 点击上方蓝字关注', '点击蓝字 关注我们 ❤️']) {
      const c = classify(['原创 某县青年 某县青年 2026-03-02 18:20 广东', follow, '某县团委2026年工作要点', '一、强化思想引领', '开展主题团日活动。'].join('\n'));
      expect(c.kindOf(follow)).toBe('furniture');
    }
  });

  it('should not support a body line that opens with 原创 as furniture', () => {
    const c = classify(['某区2026年科技工作要点', '一、总体目标', '原创性成果不断涌现，新增发明专利授权300件。'].join('\n'));
    expect(c.kindOf('原创性成果')).toBe('body');
  });

  it('should support the follow and read-aloud lines above the text and the 往期推荐 list under it', () => {
    const text = [
      '听全文',
      '点击蓝字 关注我们',
      '某县2025年卫生健康工作要点',
      '一、总体要求',
      '推进改革。',
      '二、主要任务',
      '推进医共体建设。',
      '三、保障措施',
      '加强领导。',
      '某县卫生健康局',
      '2025年3月10日',
      '往期推荐',
      '关于印发《某县医疗卫生服务体系规划（2024—2030年）》的通知',
      '阅读原文',
    ].join('\n');
    const c = classify(text);
    expect(c.kindOf('听全文')).toBe('furniture');
    expect(c.kindOf('点击蓝字')).toBe('furniture');
    expect(c.kindOf('往期推荐')).toBe('furniture');
    expect(c.kindOf('关于印发《某县医疗')).toBe('furniture');
    expect(c.kindOf('某县卫生健康局')).not.toBe('furniture');
  });

  it('should support the 往期推荐 label set between arrows, dashes or an emoji, and the END mark, as the start of the footer', () => {
    for (const [end, label] of [['— END —', '▼ 往期推荐 ▼'], ['-END-', '📚往期回顾'], ['END', '— 推荐阅读 —'], ['▪️END▪️', '▶️往期推荐'], ['END', '❤️ 往期精彩 ❤️']] as const) {
      const text = ['某市2026年体育工作要点', '一、总体目标', '推进全民健身。', '二、主要任务', '新建社区健身中心10个。', '三、保障措施', '加强领导。', end, label, '▶ 某市新增8处口袋公园', '阅读原文'].join('\n');
      const c = classify(text);
      expect(c.kindOf(end)).toBe('furniture');
      expect(c.kindOf('▶ 某市新增8处')).toBe('furniture');
      expect(c.kindOf('新建社区健身中心10个')).toBe('body');
    }
  });

  it('should not support END or a 推荐 word inside a body sentence as a footer', () => {
    const text = ['某市2026年体育工作要点', '一、总体目标', '推进全民健身。', '二、主要任务', '举办“往期推荐”精品赛事回顾展。', '新建社区健身中心10个。', '三、保障措施', '加强领导。'].join('\n');
    expect(classify(text).kindOf('新建社区健身中心10个')).toBe('body');
  });

  it('should support the credits under a 政务新媒体 article (初审/复审/终审, 文字, 审核)', () => {
    const c = classify(['某县2025年卫生健康工作要点', '一、总体要求', '推进改革。', '文字：郑雅婷', '初审：林志强', '复审：陈佳慧　终审：王建国', '审核丨林志强'].join('\n'));
    for (const line of ['文字：', '初审：', '复审：', '审核丨']) expect(c.kindOf(line)).toBe('furniture');
  });

  it('should not support a sentence or a heading that opens with a credit word as furniture', () => {
    const c = classify(['某县2025年卫生健康工作要点', '一、总体要求', '审核：由县卫生健康局对申报材料进行审核，确保真实。', '二、主要任务', '推进改革。'].join('\n'));
    expect(c.kindOf('审核：由县')).toBe('body');
  });

  it('should not support a sentence about following an account, nor 推荐 in the text, as furniture', () => {
    const c = classify(['某县2025年卫生健康工作要点', '一、总体要求', '引导群众关注“健康某县”公众号，及时了解健康知识。', '二、推荐阅读', '开展全民阅读活动。'].join('\n'));
    expect(c.kindOf('引导群众关注')).toBe('body');
    expect(c.kindOf('二、推荐阅读')).not.toBe('furniture');
  });

  it('should not support a signature with its date, nor a sentence with a time of day, as a post line', () => {
    const c = classify(['某县2025年卫生健康工作要点', '一、总体要求', '会议定于2025年3月14日 9:30在县行政中心召开。', '某县卫生健康局　2025年3月10日'].join('\n'));
    expect(c.kindOf('会议定于')).toBe('body');
    expect(c.kindOf('某县卫生健康局　2025')).not.toBe('furniture');
  });

  it('should not support a sentence that ends with a time, nor the word 分享 in a sentence, as furniture', () => {
    const c = classify(['某县2025年卫生健康工作要点', '一、总体要求', '报名时间为2025-03-06 17:30发表于网站。', '推进数据分享 收藏等工作。'].join('\n'));
    expect(c.kindOf('报名时间')).toBe('body');
    expect(c.kindOf('推进数据分享')).toBe('body');
  });
});

describe('blocks: furniture at the top of a page source', () => {
  it('should support a menu below blank lines a page spends on its head, counting only lines that hold something', () => {
    const blanks = Array.from({ length: 12 }, () => '');
    const text = ['某区人民政府', ...blanks, '首页', '', '政务公开', '', '办事服务', '', '互动交流', '', '某区2025年卫生健康工作要点', '一、总体要求'].join('\n');
    const c = classify(text);
    expect(c.kindOf('互动交流')).toBe('furniture');
    expect(c.kindOf('某区2025年卫生健康工作要点')).toBe('title');
  });
});

describe('blocks: furniture above a breadcrumb', () => {
  it('should support the site banner above a breadcrumb as furniture, and not the article title copied first', () => {
    const text = ['某某区人民政府', '某区卫生健康局2024年工作总结和2025年工作计划', '首页 > 政务公开 > 计划总结', '发布时间：2025-01-15 10:32', '2024年，区卫生健康局…。', '一、2024年工作总结'].join('\n');
    const c = classify(text);
    expect(c.kindOf('某某区人民政府')).toBe('furniture');
    expect(c.kindOf('首页 >')).toBe('furniture');
    expect(c.kindOf('某区卫生健康局2024年工作总结和2025年工作计划')).not.toBe('furniture');
  });

  it('should support the masthead, 目录, column heads, running heads and back page of an issue of a 政府公报 as furniture', () => {
    const body = (n: number): string[] => Array.from({ length: n }, (_, i) => `各地要加强组织领导，落实第${i + 1}项工作责任，确保按期完成。`);
    const text = [
      '某市人民政府公报',
      '2026年第3期（总第291期）',
      '某市人民政府办公室主办　　　　2026年3月5日出版',
      '目　　录',
      '【市政府办公室文件】',
      '某市人民政府办公室关于印发某市2026年养老服务工作要点的通知（某政办〔2026〕6号）…………（2）',
      '',
      '某市人民政府公报　　　　　　2026年第3期',
      '【市政府办公室文件】',
      '某市人民政府办公室关于印发某市2026年养老服务工作要点的通知',
      '某政办〔2026〕6号',
      ...body(6),
      '（附件略）',
      '— 2 —',
      '',
      '2026年第3期 · 某市人民政府公报',
      ...body(6),
      '— 3 —',
      '',
      '《某市人民政府公报》',
      '主管单位：某市人民政府　　主办单位：某市人民政府办公室',
      '地址：某市长江路8号',
    ].join('\n');
    const c = classify(text);
    for (const line of ['某市人民政府公报\n2026', '2026年第3期（总第291期）', '2026年3月5日出版', '目　　录', '【市政府办公室文件】\n某市人民政府办公室关于印发某市2026年养老服务工作要点的通知（', '（某政办〔2026〕6号）…', '某市人民政府公报　　　　　　2026年第3期\n【', '2026年第3期 · 某市人民政府公报', '（附件略）', '《某市人民政府公报》', '地址：']) {
      expect([line, c.kindOf(line)]).toEqual([line, 'furniture']);
    }
    expect(c.kindOf('某政办〔2026〕6号\n')).not.toBe('furniture');
    expect(c.kindOf('各地要加强组织领导，落实第1项')).toBe('body');
  });

  it('should not support a document\'s own 目录, a 统计公报 title or a column-like heading in the text as a periodical\'s furniture', () => {
    const text = ['某市2025年国民经济和社会发展统计公报', '目　　录', '第一章　发展基础……………………1', '第二章　主要目标……………………5', '【重点任务】', '第一章　发展基础', '过去五年，全市经济持续增长。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('某市2025年国民经济')).not.toBe('furniture');
    expect(c.kindOf('目　　录')).not.toBe('furniture');
    expect(c.kindOf('第一章　发展基础……')).not.toBe('furniture');
    expect(c.kindOf('【重点任务】')).not.toBe('furniture');
  });

  it('should support the page line of a newspaper (name, date, weekday, page) as furniture, and not a sentence that cites a paper', () => {
    const c = classify(['某省日报　2026年1月27日　星期二　第3版', '政府工作报告', '各位代表：', '据某省日报2026年1月27日第3版报道，全省经济稳中向好。'].join('\n'));
    expect(c.kindOf('某省日报　2026')).toBe('furniture');
    expect(c.kindOf('据某省日报')).toBe('body');
  });

  it('should support a download link under a page\'s text (a file name with its extension, alone or after 附件：) as furniture', () => {
    const c = classify(['2026年全县卫生健康工作要点', '一、总体要求', '坚持以人民健康为中心。', '附件：2026年全县卫生健康工作要点任务分解表.docx', '附件2.xlsx', '任务分解表.pdf'].join('\n'));
    expect(c.kindOf('附件：2026年')).toBe('furniture');
    expect(c.kindOf('附件2.xlsx')).toBe('furniture');
    expect(c.kindOf('任务分解表.pdf')).toBe('furniture');
  });

  it('should not support an attachment note naming a document, nor a sentence about a file, as a download link', () => {
    const c = classify(['某县卫生健康局关于印发2026年工作要点的通知', '各乡镇卫生院：', '现将工作要点印发给你们。', '附件：2026年全县卫生健康工作要点任务分解表', '各单位请于3月底前报送工作台账（格式为.xlsx）。'].join('\n'));
    expect(c.kindOf('附件：2026年')).not.toBe('furniture');
    expect(c.kindOf('各单位请于3月底前')).not.toBe('furniture');
  });
});

