// One test per numbering scheme of grammars/outline.yaml, in both punctuation widths.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('numbering schemes', () => {
  it('should support 一、 (and 一． as written)', async () => {
    expect(await outline('一、总体要求\n二、主要任务\n')).toEqual(['一、 总体要求', '二、 主要任务']);
    expect(await outline('一．总体要求\n二．主要任务\n')).toEqual(['一． 总体要求', '二． 主要任务']);
  });

  it('should support (一) in half and full width, with spaces inside or after', async () => {
    expect(await outline('(一)加强领导。内容。\n(二)强化保障\n')).toEqual(['(一) 加强领导', '(二) 强化保障']);
    expect(await outline('（一）加强领导。内容。\n（ 二 ） 强化保障\n')).toEqual(['（一） 加强领导', '（二） 强化保障']);
  });

  it('should support 1. 1、 1． and full-width digits', async () => {
    expect(await outline('1. 健全机制。\n2.完善体系。\n')).toEqual(['1. 健全机制', '2. 完善体系']);
    expect(await outline('1、健全机制。\n2、完善体系。\n')).toEqual(['1、 健全机制', '2、 完善体系']);
    expect(await outline('１．健全机制。\n２．完善体系。\n')).toEqual(['１． 健全机制', '２． 完善体系']);
  });

  it('should support (1) and （1）', async () => {
    expect(await outline('(1)推进医联体建设。\n(2)做实签约服务。\n')).toEqual(['(1) 推进医联体建设', '(2) 做实签约服务']);
    expect(await outline('（1）推进医联体建设。\n（2）做实签约服务。\n')).toEqual(['（1） 推进医联体建设', '（2） 做实签约服务']);
  });

  it('should support the one-character enclosed numbers ㈠ ⒈ ⑴ that Word-era documents write', async () => {
    expect(await outline('一、加强基层卫生\n㈠完善基层网络。内容。\n⒈建设乡镇卫生院。\n⒉建设村卫生室。\n㈡提升服务能力。\n⑴开展培训。\n⑵开展巡诊。\n二、深化医改\n')).toEqual([
      '一、 加强基层卫生', '  ㈠ 完善基层网络', '    ⒈ 建设乡镇卫生院', '    ⒉ 建设村卫生室', '  ㈡ 提升服务能力', '    ⑴ 开展培训', '    ⑵ 开展巡诊', '二、 深化医改',
    ]);
  });

  it('should not support an enclosed number inside a sentence as a marker', async () => {
    expect(await outline('一、加强基层卫生\n按表中⑴⑵两项标准执行。\n')).toEqual(['一、 加强基层卫生']);
  });

  it('should support ① at the start of a paragraph', async () => {
    expect(await outline('①加强疾控能力建设；\n②健全监测预警机制。\n')).toEqual(['① 加强疾控能力建设', '② 健全监测预警机制']);
  });

  it('should support 第一章 第一节 第一条', async () => {
    const text = '第一章 总则\n第一节 一般规定\n第一条 为规范管理，制定本细则。\n第二条 本细则适用于全市。\n第二章 附则\n';
    expect(await outline(text)).toEqual([
      '第一章 总则',
      '  第一节 一般规定',
      '    第一条 为规范管理，制定本细则',
      '    第二条 本细则适用于全市',
      '第二章 附则',
    ]);
  });

  it('should support 第1章 第1节 第1条 written with Arabic numerals, numbered in sequence', async () => {
    const text = '第1章 总则\n第1条 为落实国家战略，编制本规划。\n第2条 规划范围为全市。\n第2章 目标定位\n第1节 城市性质\n第3条 历史文化名城。\n';
    expect(await outline(text)).toEqual(['第1章 总则', '  第1条 为落实国家战略，编制本规划', '  第2条 规划范围为全市', '第2章 目标定位', '  第1节 城市性质', '    第3条 历史文化名城']);
  });

  it('should not support a line that cites an article down to its 款 or 项 as an article', async () => {
    expect(await outline('一、主动公开情况\n第十二条第（二）项\n信息内容\t本年办理数量\n行政确认\t318\n第十二条第三款\n第十二条第四款规定的事项\t26\n二、申请办理情况\n')).toEqual(['一、 主动公开情况', '二、 申请办理情况']);
  });

  it('should not support a line that opens with a list or range of cited articles as an article (a PDF broke the citation)', async () => {
    expect(await outline('一、严格耕地保护\n（一）落实占补平衡。依照《中华人民共和国土地管理法》\n第三十条、第三十二条，全年新增耕地不少于2000亩。\n（二）开展执法检查。按照《某省河道管理条例》\n第十条至第十五条，全年巡查河道120公里。\n')).toEqual(['一、 严格耕地保护', '  （一） 落实占补平衡', '  （二） 开展执法检查']);
  });

  it('should support an article whose own text follows 第X条 as before', async () => {
    expect(await outline('第一条 为规范项目管理，制定本办法。\n第二条 第一项工作由市局负责。\n')).toEqual(['第一条 为规范项目管理，制定本办法', '第二条 第一项工作由市局负责']);
  });

  it('should not support 第N条 or 第N批 cited inside a sentence as a marker', async () => {
    expect(await outline('第1章 总则\n依据第2条规定执行。\n第3批试点名单已公布。\n')).toEqual(['第1章 总则']);
  });

  it('should support 第一篇 and 第一部分 above chapters', async () => {
    expect(await outline('第一篇 总体战略\n第一章 指导思想\n第二篇 普及健康生活\n第一部分 背景\n')).toEqual([
      '第一篇 总体战略',
      '  第一章 指导思想',
      '第二篇 普及健康生活',
      '第一部分 背景',
    ]);
  });

  it('should support 一方面 / 另一方面 with either comma, dropping the comma', async () => {
    expect(await outline('一方面,要抓实疫情防控。内容。\n(一)强化监测\n另一方面，要统筹做好重点工作。\n(一)补短板\n')).toEqual([
      '一方面 要抓实疫情防控',
      '  (一) 强化监测',
      '另一方面 要统筹做好重点工作',
      '  (一) 补短板',
    ]);
  });

  it('should support markdown bullets before markers', async () => {
    expect(await outline('- (一)坚持守初心\n - 1. 把初心作为课题。\n')).toEqual(['(一) 坚持守初心', '  1. 把初心作为课题']);
  });

  // WeChat 公众号 editors decorate headings and items with shapes and emoji, often with no space after them.
  it('should support the decorations of a WeChat article before markers', async () => {
    expect(await outline('▌一、深化改革\n■（一）推进医共体建设。内容。\n🔹1.完成提标改造。\n◆（二）深化公立医院改革。\n👉 二、强化保障\n')).toEqual([
      '一、 深化改革', '  （一） 推进医共体建设', '    1. 完成提标改造', '  （二） 深化公立医院改革', '二、 强化保障',
    ]);
  });

  // Plain text copied from a markdown editor or converter keeps its bold marks; portals and 公众号 set headings in 【】.
  it('should support a heading set off whole by markdown bold or 【】 in plain text, without its closing marks', async () => {
    expect(await outline('**一、总体要求**\n坚持以基层为重点。\n**（一）深化医药卫生体制改革。**推进医共体建设。\n【二、发展民生事业，解决急难愁盼】\n（一）扩大老年助餐服务。内容。\n')).toEqual([
      '一、 总体要求', '  （一） 深化医药卫生体制改革', '二、 发展民生事业，解决急难愁盼', '  （一） 扩大老年助餐服务',
    ]);
  });

  it('should not support a 【】 label with no marker, nor cutting a 】 the title opened itself', async () => {
    expect(await outline('【专栏1】重点项目\n一、实施【健康细胞】工程\n')).toEqual(['一、 实施【健康细胞】工程']);
  });

  it('should support the keycap emoji numbers of a WeChat post as items, with or without the variation selector', async () => {
    const text = '🔶一、提升公共服务\n1\ufe0f\u20e3 完善设施网络\n新建驿站12个。\n2\ufe0f\u20e3丰富群众活动\n开展演出300场。\n🔶二、壮大产业\n1\u20e3 培育市场主体\n新增企业50家。\n';
    expect(await outline(text)).toEqual(['一、 提升公共服务', '  1️⃣ 完善设施网络', '  2️⃣ 丰富群众活动', '二、 壮大产业', '  1⃣ 培育市场主体']);
  });

  it('should not support a digit before an emoji that is no keycap as a marker', async () => {
    expect(await outline('一、提升公共服务\n3🔥 热度持续攀升\n')).toEqual(['一、 提升公共服务']);
  });

  it('should not support the dingbat circled digits as decorations', async () => {
    // ❶ ➊ are numbers of their own: what follows them is no marker.
    expect(await outline('❶1.完成提标改造。\n➊2.推进签约服务。\n')).toEqual([]);
  });

  it('should support the two-digit part numbers 01 02 that a 公众号 post sets at the start of its heading lines', async () => {
    const text = '近日，区卫健局印发年度工作要点。\n01 织牢公共卫生防护网\n1.强化传染病监测。内容。\n2.做好预防接种。内容。\n02　推进优质医疗资源下沉\n1.深化医联体建设。内容。\n';
    expect(await outline(text)).toEqual(['01 织牢公共卫生防护网', '  1. 强化传染病监测', '  2. 做好预防接种', '02 推进优质医疗资源下沉', '  1. 深化医联体建设']);
  });

  it('should support a two-digit part number parted from its heading by a bar, after an emoji', async () => {
    const text = '📌年度目标\n▶新建服务站10个\n🏠01｜完善社区服务设施\n1.建设日间照料中心。内容。\n🛡️02 | 守牢安全底线\n1.开展隐患排查。内容。\n03丨加强队伍建设\n1.开展技能培训。内容。\n';
    expect(await outline(text)).toEqual(['01 完善社区服务设施', '  1. 建设日间照料中心', '02 守牢安全底线', '  1. 开展隐患排查', '03 加强队伍建设', '  1. 开展技能培训']);
  });

  it('should not support a 01 alone on its line, a count or a time with a leading zero, or a number without one as a part number', async () => {
    expect(await outline('01\n一、深化医改\n02\n二、强化保障\n')).toEqual(['一、 深化医改', '二、 强化保障']);
    expect(await outline('开放时间：\n08时至17时对外开放。\n09时后停止入场。\n')).toEqual([]);
    expect(await outline('全年累计关闭退出小煤矿\n17处，搬迁改造企业\n18家。\n')).toEqual([]);
    expect(await outline('| 序号 | 指标 |\n|---|---|\n| 01 | 新建服务站 |\n| 02 | 改造养老院 |\n')).toEqual([]);
    expect(await outline('服务热线：\n01｜8:00—12:00\n02｜14:00—17:30\n')).toEqual([]);
  });

  it('should not support a number that is not a marker', async () => {
    expect(await outline('2020年是收官之年。\n3.0版上线运行。\n一、二级医院全覆盖。\n1.\n')).toEqual([]);
  });
});
