// Titles: up to the first 。；：！？, run-on headings cut, PDF damage repaired.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('titles', () => {
  it('should support each stop character, half and full width', async () => {
    expect(await outline('1. 甲乙。丙\n2. 甲乙；丙\n3. 甲乙;丙\n4. 甲乙：丙\n5. 甲乙:丙\n6. 甲乙？丙\n7. 甲乙!丙\n')).toEqual(
      ['1. 甲乙', '2. 甲乙', '3. 甲乙', '4. 甲乙', '5. 甲乙', '6. 甲乙', '7. 甲乙'],
    );
  });

  it('should support a separator written after the marker', async () => {
    expect(await outline('要求：一是：加强领导；二是，强化保障。\n')).toEqual(['一是 加强领导', '二是 强化保障']);
  });

  it('should support a dash after a heading as no part of its title (（三）推进农村改革——深化…)', async () => {
    expect(await outline('（三）推进农村改革——深化农村集体产权制度改革，盘活集体资产。\n')).toEqual(['（三） 推进农村改革']);
  });

  it('should not support dropping a dash inside a title', async () => {
    expect(await outline('一、“十四五”——高质量发展\n')).toEqual(['一、 “十四五”——高质量发展']);
  });

  it('should support a heading that ends in 。', async () => {
    expect(await outline('(一)发展基础。\n')).toEqual(['(一) 发展基础']);
  });

  it('should support commas, quotes and brackets inside a title', async () => {
    expect(await outline('一、补短板,构建"强大"公共卫生体系(试行)\n')).toEqual(['一、 补短板,构建"强大"公共卫生体系(试行)']);
  });

  it('should support run-on headings written into their body', async () => {
    expect(await outline('1.加强疫情监测预警工作加强疫情监测和常态化预警能力建设,健全体系。\n')).toEqual(['1. 加强疫情监测预警工作']);
    expect(await outline('25.健全信访工作机制继续压实卫生健康信访工作责任制。\n')).toEqual(['25. 健全信访工作机制']);
  });

  it('should support a run-on heading whose body takes up the object of its verb', async () => {
    expect(await outline('3.强化院前急救调度继续优化院前急救网络布局，缩短急救半径。\n')).toEqual(['3. 强化院前急救调度']);
  });

  it('should not support a cut after a joining word, or where the body takes up none of the heading\'s words', async () => {
    expect(await outline('4.加强急诊急救能力和重点急救专科建设。各地要抓好落实。\n')).toEqual(['4. 加强急诊急救能力和重点急救专科建设']);
    expect(await outline('5.强化院前急救调度继续优化城乡网络布局。\n')).toEqual(['5. 强化院前急救调度继续优化城乡网络布局']);
  });

  it('should support a list closed by 等 as no end of a heading: the clause-opening word after it (重点…) heads the list’s noun', async () => {
    expect(await outline('（一）推进城乡供水设施和污水、垃圾等重点设施规范运行。全县新建污水管网30公里。\n')).toEqual(['（一） 推进城乡供水设施和污水、垃圾等重点设施规范运行']);
    expect(await outline('2.强化农作物生产和小麦、玉米等重点作物全程机械化，推广良种良法。\n')).toEqual(['2. 强化农作物生产和小麦、玉米等重点作物全程机械化，推广良种良法']);
  });

  it('should support a PDF-wrapped heading whose 等 list runs over the wrap, joined whole', async () => {
    const text = [
      '某县农业农村局2027年工作要点',
      '为加快推进农业农村现代化，根据市农业农村局年度工作部署，结合',
      '本县实际，制定本工作要点，请各单位认真抓好落实，确保取得实效。',
      '一、稳定粮食生产',
      '（一）强化农作物生产和小麦、玉米、大豆等重点作物全程机械化',
      '作业。',
      '1．推广农机装备。全县新增大中型拖拉机120台，主要农作物耕种',
      '收综合机械化率达到88%以上，小麦机收损失率控制在1%以内。',
      '2．建设高标准农田。全年新建高标准农田5万亩，改造提升2万亩。',
      '',
    ].join('\n');
    expect(await outline(text)).toEqual([
      '一、 稳定粮食生产',
      '  （一） 强化农作物生产和小麦、玉米、大豆等重点作物全程机械化作业',
      '    1． 推广农机装备',
      '    2． 建设高标准农田',
    ]);
  });

  it('should not support a 等 list inside a heading as keeping the body run on after its heading-final word', async () => {
    expect(await outline('（二）加强污水、垃圾等设施管理重点抓好乡镇污水处理厂运行，出水全部达标。\n')).toEqual(['（二） 加强污水、垃圾等设施管理']);
  });

  it('should support a run-on heading whose body opens by repeating it', async () => {
    expect(await outline('（一）加强组织领导加强组织领导，成立工作专班，统筹推进各项任务。\n')).toEqual(['（一） 加强组织领导']);
    expect(await outline('2.实施人才引进工程实施人才引进工程，每年招聘医学毕业生。\n')).toEqual(['2. 实施人才引进工程']);
  });

  it('should not support a repeat that is not at the start of the body as a heading', async () => {
    expect(await outline('1.推动医养结合，推动医养结合机构建设。\n')).toEqual(['1. 推动医养结合，推动医养结合机构建设']);
  });

  it('should support a standard section heading run into a sentence', async () => {
    expect(await outline('一、工作目标到2025年底，全县健康素养水平达到30%。\n二、基本原则坚持以人民健康为中心，坚持预防为主。\n')).toEqual([
      '一、 工作目标',
      '二、 基本原则',
    ]);
    expect(await outline('一、指导思想以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神\n')).toEqual(['一、 指导思想']);
  });

  it('should not support a run-on cut that leaves as body a short tail ending in a heading word (碳汇能力巩固提升行动)', async () => {
    expect(await outline('一、重点任务\n（一）碳汇能力巩固提升行动。每年完成植树造林1.5万亩。\n（二）基层服务能力提升工程。新建村卫生室12家。\n')).toEqual([
      '一、 重点任务',
      '  （一） 碳汇能力巩固提升行动',
      '  （二） 基层服务能力提升工程',
    ]);
  });

  it('should not support cutting a standard section heading on a line that is all heading (no stop, no comma)', async () => {
    expect(await outline('一、主要目标\n二、重点工作任务（共5方面20项）\n三、重点任务及责任分工安排\n')).toEqual([
      '一、 主要目标',
      '二、 重点工作任务（共5方面20项）',
      '三、 重点任务及责任分工安排',
    ]);
  });

  it('should not support cutting a standard section heading before a joiner or a short tail', async () => {
    expect(await outline('一、指导思想和基本原则\n二、重点任务分工\n三、保障措施。各单位要加强领导。\n')).toEqual([
      '一、 指导思想和基本原则',
      '二、 重点任务分工',
      '三、 保障措施',
    ]);
  });

  it('should support a standard section heading whose short tail carries a bracketed period or status as one heading', async () => {
    expect(await outline('（一）组织实施阶段（2027年4月—10月）。各县区按计划推进项目建设。\n（二）工作目标（2026—2028年）。全市养老机构护理型床位占比达到60%。\n')).toEqual([
      '（一） 组织实施阶段（2027年4月—10月）',
      '（二） 工作目标（2026—2028年）',
    ]);
  });

  it('should not support a bracket as a heading qualifier when the tail is a sentence of its own', async () => {
    expect(await outline('一、工作目标到2027年底全市（含各县区）建成示范社区30个。\n')).toEqual(['一、 工作目标']);
  });

  it('should support a run-on body that opens with a setting, a purpose, a year or its acting body', async () => {
    expect(await outline('一、“十三五”工作回顾在区委、区政府的正确领导下，全面建立了河长制。\n')).toEqual(['一、 “十三五”工作回顾']);
    expect(await outline('（四）完善人才激励机制在绩效工资总量核定中向基层倾斜，落实补贴政策。\n')).toEqual(['（四） 完善人才激励机制']);
    expect(await outline('三、2026年工作安排2026年是“十五五”第一年，开好局十分重要。\n')).toEqual(['三、 2026年工作安排']);
    expect(await outline('（二）强化经费保障县财政将人才培养经费纳入年度预算，确保及时到位。\n')).toEqual(['（二） 强化经费保障']);
    expect(await outline('（三）提升乡村医生队伍素质按照县管乡用的要求，推动乡村医生转化。\n')).toEqual(['（三） 提升乡村医生队伍素质']);
  });

  it('should support a report\'s part run into its opening sentence (a year in Chinese numerals, 今年, 我们将, the acting body)', async () => {
    expect(await outline('二、二〇二五年主要目标和重点工作二〇二五年是“十四五”规划收官之年，任务艰巨。\n')).toEqual(['二、 二〇二五年主要目标和重点工作']);
    expect(await outline('三、全面加强政府自身建设我们将坚持依法行政，持续转变政府职能。\n')).toEqual(['三、 全面加强政府自身建设']);
    expect(await outline('四、强化组织实施各牵头单位要细化工作举措，每月报送进展。\n')).toEqual(['四、 强化组织实施']);
  });

  it('should support a verb-object heading run into a body that opens with a setting and takes up its object', async () => {
    expect(await outline('1.开展高危人群筛查在全县各乡镇开展心脑血管疾病高危人群筛查，全年完成1万人。\n')).toEqual(['1. 开展高危人群筛查']);
  });

  it('should not support a setting inside a heading whose clause takes up none of its words', async () => {
    expect(await outline('1.开展义诊活动在全县各乡镇巡回，方便群众就医。\n')).toEqual(['1. 开展义诊活动在全县各乡镇巡回，方便群众就医']);
  });

  it('should support a run-on body that opens with a plan period or a past year set off by a comma', async () => {
    expect(await outline('（一）“十三五”发展成就“十三五”期间，全县累计完成投资86.4亿元。\n')).toEqual(['（一） “十三五”发展成就']);
    expect(await outline('（二）面临的形势“十四五”时期，人口老龄化程度加深。\n')).toEqual(['（二） 面临的形势']);
    expect(await outline('一、2024年工作回顾过去一年，全市经济运行稳中向好。\n')).toEqual(['一、 2024年工作回顾']);
  });

  it('should not support a clause opener that is part of a noun after a heading word', async () => {
    expect(await outline('1.优化医疗服务在线预约流程，缩短候诊时间。\n')).toEqual(['1. 优化医疗服务在线预约流程，缩短候诊时间']);
    expect(await outline('2.明确签约服务对象范围和服务内容，做实服务。\n')).toEqual(['2. 明确签约服务对象范围和服务内容，做实服务']);
  });

  it('should support a run-on heading whose body goes on into inline items', async () => {
    expect(await outline('1.做实基层慢病管理全面推行全周期健康管理，一是完善服务模式；二是规范用药目录。\n')).toEqual([
      '1. 做实基层慢病管理',
      '  一是 完善服务模式',
      '  二是 规范用药目录',
    ]);
  });

  it('should not support cutting a heading whose first clause is one sentence', async () => {
    expect(await outline('1. 全系统把不忘初心作为加强党的建设的永恒课题,始终做到初心如磐。\n')).toEqual([
      '1. 全系统把不忘初心作为加强党的建设的永恒课题,始终做到初心如磐',
    ]);
    expect(await outline('2.推进基层中医药服务能力提升工程行动计划落实。\n')).toEqual(['2. 推进基层中医药服务能力提升工程行动计划落实']);
  });

  it('should support titles broken by PDF extraction (blank lines, stray spaces)', async () => {
    const text = '- 1. 全系统各级党委(党组)把不忘初心作为加强 党的建设的永恒课题和全体党员干部的终身课题,始终做到初心\n\n如磐、使命在肩。\n- 2. 开展 3 次"万医下基层"巡回医疗服务。\n';
    expect(await outline(text)).toEqual([
      '1. 全系统各级党委(党组)把不忘初心作为加强党的建设的永恒课题和全体党员干部的终身课题,始终做到初心如磐、使命在肩',
      '2. 开展3次"万医下基层"巡回医疗服务',
    ]);
  });

  it('should not support joining a short heading line with the paragraph after it', async () => {
    expect(await outline('一、全面加强党的建设\n\n各级党组织要提高站位。\n')).toEqual(['一、 全面加强党的建设']);
  });
});

describe('label titles', () => {
  it('should support `label, body` and `label body` headings among siblings that are short labels', async () => {
    const text = [
      '三、保障措施',
      '（一）实施时间。2024年1月至12月。',
      '（二）资金来源，市局每年安排专项经费用于项目实施。',
      '（三）组织实施 各区卫生健康部门负责本辖区项目的组织实施。',
      '（四）工作要求',
    ].join('\n');
    expect(await outline(text)).toEqual(['三、 保障措施', '  （一） 实施时间', '  （二） 资金来源', '  （三） 组织实施', '  （四） 工作要求']);
  });

  it('should not support cutting at the first comma when the siblings are sentences', async () => {
    const text = '（一）补短板，构建强大公共卫生体系。\n（二）优供给，推动事业改革发展。\n（三）抓质量，防范化解重大风险。\n';
    expect(await outline(text)).toEqual(['（一） 补短板，构建强大公共卫生体系', '（二） 优供给，推动事业改革发展', '（三） 抓质量，防范化解重大风险']);
  });
  it('should not support cutting a heading alone on its line, whose comma joins parallel phrases', async () => {
    const text = [
      '一、总体要求',
      '坚持尽力而为、量力而行。',
      '二、发展民生事业，解决急难愁盼',
      '（一）扩大老年助餐服务。优化网点布局。',
      '三、扩大产品供给，提升质量水平',
      '（二）培育经营主体。支持企业连锁化经营。',
      '四、强化要素保障',
    ].join('\n');
    expect(await outline(text)).toEqual([
      '一、 总体要求',
      '二、 发展民生事业，解决急难愁盼',
      '  （一） 扩大老年助餐服务',
      '三、 扩大产品供给，提升质量水平',
      '  （二） 培育经营主体',
      '四、 强化要素保障',
    ]);
  });
});

describe('headings set off from their body by a wide gap', () => {
  it('should support an ideographic space or a tab ending a heading run onto the body line', async () => {
    const text = '一、总体要求\n（一）提升管理水平　成立市级质控中心，统一标准。\n（二）优化资源配置\t按照区域规划布局设置机构。\n';
    expect(await outline(text)).toEqual(['一、 总体要求', '  （一） 提升管理水平', '  （二） 优化资源配置']);
  });

  it('should not support a gap between the two parallel phrases of one heading as its end', async () => {
    const text = '第一篇　深化改革开放　激发发展活力\n第一章　坚持创新引领　培育发展动能\n（一）坚持党的领导　凝聚发展合力\n';
    expect(await outline(text)).toEqual(['第一篇 深化改革开放激发发展活力', '  第一章 坚持创新引领培育发展动能', '    （一） 坚持党的领导凝聚发展合力']);
  });

  it('should support a wide gap before a body that is a sentence, or much longer than the heading', async () => {
    const text = '一、总体要求\n（一）加强组织领导　成立工作专班。\n（二）强化督查　每季度对各乡镇工作开展情况进行一次督查通报\n';
    expect(await outline(text)).toEqual(['一、 总体要求', '  （一） 加强组织领导', '  （二） 强化督查']);
  });

  it('should not support a gap after a four-character slogan as the end of a heading alone on its line', async () => {
    const text = '一、强化保障　推动全域旅游提质升级\n二、优化环境　打造“一刻钟便民生活圈”\n三、创新驱动　发展壮大新质生产力\n';
    expect(await outline(text)).toEqual(['一、 强化保障推动全域旅游提质升级', '二、 优化环境打造“一刻钟便民生活圈”', '三、 创新驱动发展壮大新质生产力']);
  });

  it('should support a gap after a four-character heading before a body that is a sentence or longer than a phrase', async () => {
    const text = '一、总体要求\n（一）压实责任　各乡镇要明确分管领导和具体经办人员。\n（二）加强调度　每月底前将项目进展情况报送县领导小组办公室\n';
    expect(await outline(text)).toEqual(['一、 总体要求', '  （一） 压实责任', '  （二） 加强调度']);
  });

  it('should not support a plain space or a gap after an opening mark as a heading end', async () => {
    expect(await outline('一、总体要求\n（一）提升 管理水平和服务质量\n')).toEqual(['一、 总体要求', '  （一） 提升管理水平和服务质量']);
    expect(await outline('一、总体要求\n（一）落实“　双随机”监管要求\n')).toEqual(['一、 总体要求', '  （一） 落实“双随机”监管要求']);
    expect(await outline('第一章　总　　则\n第二章　保　障　措　施\n')).toEqual(['第一章 总则', '第二章 保障措施']);
  });
});

describe('article titles', () => {
  it('should not support a run-on cut in an article, whose title is its first sentence', async () => {
    expect(await outline('第五条 基层医疗卫生服务坚持公益性原则，以居民健康为中心。\n')).toEqual(['第五条 基层医疗卫生服务坚持公益性原则，以居民健康为中心']);
  });
});
