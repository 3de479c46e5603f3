// A plan whose body lost its line breaks (a scraped page: title, 一、…（一）…1.… all on one line)
// gives the outline and the indicators of its clean copy, with positions into the one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onelinePlan } from '../../bench/oneline-plan.mjs';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { runCli } from '../helpers.js';
import { checkPlan } from '../property/oracle.js';
import { lines, outline } from './outline-helpers.js';

/** The outline with each node's depth and scheme, one node a line. */
function sections(plan: Plan, out: string[] = [], children = plan.children): string[] {
  for (const c of children) {
    if (c.type !== 'section') continue;
    out.push(`${c.depth} ${c.scheme} ${c.marker} ${c.title}`);
    sections(plan, out, c.children);
  }
  return out;
}

/** Indicators without their positions (the two copies' offsets differ). */
const indicators = (plan: Plan): string[] =>
  plan.indicators.map((i) => [i.metric, JSON.stringify(i.value), i.unit, i.comparator, i.kind, i.year, i.text, (i.section ?? []).join('/')].join('|'));

describe('a plan body run together on one line', () => {
  it('should support the outline and indicators of the clean copy (200 KB)', async () => {
    const clean = await extract(onelinePlan(200_000, '\n'), { path: 'clean.txt' });
    const text = onelinePlan(200_000, '');
    const one = await extract(text, { path: 'one.txt' });
    expect(text.indexOf('\n')).toBe(text.length - 1);
    expect(sections(clean).length).toBeGreaterThan(1000);
    expect(sections(one)).toEqual(sections(clean));
    expect(indicators(clean).length).toBeGreaterThan(1000);
    expect(indicators(one)).toEqual(indicators(clean));
    // Positions point into the one line, and the tree is still lossless.
    checkPlan(one, text);
  });

  it('should support a short body whose 一、 has no sibling (150 characters)', async () => {
    const text = [
      '某县2024年妇幼健康工作要点',
      '为进一步提升妇幼健康服务水平，保障母婴安全，结合我县实际，制定本要点。',
      '一、保障母婴安全',
      '（一）加强孕产妇健康管理',
      '1.落实母婴安全五项制度。全县孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在5‰以下。',
      '2.提升危重救治能力。规范开展高危孕产妇专案管理，高危孕产妇管理率达到100%。',
    ];
    const one = text.join('');
    expect(await outline(one)).toEqual(await outline(text.join('\n')));
    expect(await outline(one)).toEqual(['一、 保障母婴安全', '  （一） 加强孕产妇健康管理', '    1. 落实母婴安全五项制度', '    2. 提升危重救治能力']);
    expect(indicators(await extract(one))).toEqual(indicators(await extract(text.join('\n'))));
  });

  it('should support headings whose line breaks left no trace, ended where their words end and a body opens', async () => {
    const text = [
      '某县2025年疾病预防控制工作计划',
      '为做好全年疾病预防控制工作，制定本计划。',
      '一、宣传培训',
      '全年举办疾控业务培训班3期，培训基层人员200人次。',
      '二、经费保障',
      '各乡镇、各有关单位要将疾控经费纳入年度预算，确保专款专用。',
      '三、工作基础',
      '截至2024年底，全县建成预防接种门诊12个。',
      '四、重点任务',
      '（一）构建传染病监测网络',
      '加快推进监测哨点建设，新建哨点医院2家。',
      '（二）弘扬健康文化',
      '深入开展爱国卫生运动，居民健康素养水平达到30%。',
    ];
    const one = text.join('');
    expect(await outline(one)).toEqual(await outline(text.join('\n')));
  });

  it('should not support cutting a heading at a word that opens a clause but qualifies its own object, nor before a bracketed remark', async () => {
    const text = [
      '某区2025年卫生健康工作要点',
      '一、重点工作',
      '（一）强化重点人群重点场所风险管控到位',
      '严格落实养老机构探视制度，每月开展一次巡查。',
      '（二）切实履行各级推进委员会办公室职责',
      '按月调度工作进展，及时通报情况。',
      '（三）扎实推进乡村全面振兴（4项）',
      '1.发展乡村特色产业。培育市级龙头企业3家。',
      '2.建设宜居宜业和美乡村。完成村庄规划编制10个。',
    ];
    // (where these headings end is not known from their words: they are kept whole, with what follows them)
    const titles = (await outline(text.join(''))).filter((l) => /^\s*（/u.test(l)).map((l) => l.trim());
    expect(titles.map((t, i) => t.startsWith(['（一） 强化重点人群重点场所风险管控到位', '（二） 切实履行各级推进委员会办公室职责', '（三） 扎实推进乡村全面振兴（4项）'][i] as string))).toEqual([true, true, true]);
  });

  it('should support list bullets whose line breaks were lost as part of the next marker', async () => {
    const text = [
      '某区2024年卫生健康工作要点',
      '- 一、全面加强党的建设',
      '- （一）坚持守初心担使命',
      '- 1. 全系统各级党委把不忘初心、牢记使命作为永恒课题。持续深化理论武装，切实提升政治能力。',
      '- 2. 持续推进基层党组织标准化建设，基层党组织达标率达到100%。',
      '- （二）坚持抓具体抓深入',
      '- 3. 切实减轻基层负担，持续整治形式主义。',
      '- 二、统筹推进疫情防控',
      '- （一）加强疫情监测预警',
      '- 4. 完善多点触发监测预警机制，报告及时率达到100%。',
    ];
    const one = text.join('');
    expect(await outline(one)).toEqual(await outline(text.join('\n')));
    const plan = await extract(one);
    const first = plan.children.find((c) => c.type === 'section');
    const second = first?.type === 'section' ? first.children.find((c) => c.type === 'section') : undefined;
    // The section of （一） starts at its bullet, which is not in the title before it.
    expect(one.slice(second?.position.start.offset, (second?.position.start.offset ?? 0) + 4)).toBe('- （一');
    checkPlan(plan, one);
  });

  it('should support a duplicated ordinal that the numbering goes on from, as in the clean copy', async () => {
    const text = [
      '某县“将健康融入所有政策”工作方案',
      '为推动健康促进县建设，制定本方案。',
      '一、指导思想。坚持以人民健康为中心，把健康融入所有政策。',
      '一、工作目标。到2025年，居民健康素养水平达到25%以上。',
      '二、主要任务。建立部门协作机制，开展公共政策健康审查。',
    ];
    const clean = await outline(text.join('\n'));
    expect(clean).toEqual(['一、 指导思想', '一、 工作目标', '二、 主要任务']);
    expect(await outline(text.join(''))).toEqual(clean);
  });

  it('should not support a repeated ordinal that nothing goes on from', async () => {
    const text = ['某县健康促进工作方案', '一、指导思想。坚持以人民健康为中心。', '二、工作目标。到2025年，健康素养水平达到25%以上。', '二、主要任务。建立部门协作机制。'];
    expect(await outline(text.join(''))).toEqual(['一、 指导思想', '二、 工作目标']);
  });

  it('should support numbering that restarts after the title of a second document on the same line', async () => {
    const first = ['医疗机构检查结果互认管理办法', '第一章 总则', '第一条 为规范检查结果互认工作，制定本办法。', '第二条 本办法适用于各级医疗机构。', '第二章 附则', '第三条 本办法自2022年3月1日起施行。'];
    const second = ['长期处方管理规范（试行）', '第一章 总则', '第一条 为规范长期处方管理，制定本规范。', '第二条 本规范适用于各级医疗机构。'];
    const one = [...first, ...second].join('');
    const got = await outline(one);
    expect(got.filter((l) => l.startsWith('第一章'))).toHaveLength(2);
    expect(got.slice(-3)).toEqual(['第一章 总则', '  第一条 为规范长期处方管理，制定本规范', '  第二条 本规范适用于各级医疗机构']);
  });

  it('should not support a numbered heading whose words name a genre as the title of a new document', async () => {
    const text = [
      '某县2025年卫生健康工作要点',
      '一、工作目标。全县居民健康素养水平达到30%。',
      '二、重点工作',
      '（一）加强基层能力建设',
      '1.推进卫生院提标改造。完成3家卫生院改造。',
      '2.充实基层卫生人才。招聘医学毕业生20名。',
      '三、保障措施',
      '（一）加强组织领导。各单位明确责任人。',
    ];
    expect(await outline(text.join(''))).toEqual(await outline(text.join('\n')));
    expect(await outline(text.join(''))).toEqual(['一、 工作目标', '二、 重点工作', '  （一） 加强基层能力建设', '    1. 推进卫生院提标改造', '    2. 充实基层卫生人才', '三、 保障措施', '  （一） 加强组织领导']);
  });

  it('should not support the stray spaces of a PDF inside a body run together as the lost line ends of its headings', async () => {
    // A PDF's extraction spaces words apart inside sentences (作为加强 党的建设, 2020 年): most gaps follow no stop.
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. 持续推进第${i + 1}项基层 卫生服务能力 建设，全年 完成 改造任务${i + 3}项。`);
    const lines = ['某市2020 年卫生健康工作要点', '一、全面加强 党的建设', ...items.slice(0, 6), '二、统筹推进 疫情防控', ...items.slice(6)];
    const text = lines.join('');
    expect((await outline(text)).filter((l) => !l.startsWith(' '))).toEqual(['一、 全面加强党的建设', '二、 统筹推进疫情防控']);
    expect(await outline(text)).toEqual(await outline(lines.join('\n')));
  });

  it('should support the gaps of lines joined with spaces as the lost line ends of headings', async () => {
    const paragraphs = Array.from({ length: 24 }, (_, i) => `各地要落实第${i + 1}项工作任务。`);
    const text = ['某市2025年卫生健康工作要点', '一、加强组织领导', ...paragraphs.slice(0, 12), '二、强化督导考核', ...paragraphs.slice(12)].join(' ');
    expect((await outline(text)).filter((l) => !l.startsWith(' '))).toEqual(['一、 加强组织领导', '二、 强化督导考核']);
  });

  it('should support a letter-spaced heading whose line break was lost as a whole title', async () => {
    const text = ['某市家庭医生签约服务管理实施细则', '第一章　总　则', '第一条　为规范签约服务，制定本细则。', '第二条　本细则适用于全市。', '第二章　附　则', '第三条　本细则自2025年起施行。'];
    expect(await outline(text.join(''))).toEqual(['第一章 总则', '  第一条 为规范签约服务，制定本细则', '  第二条 本细则适用于全市', '第二章 附则', '  第三条 本细则自2025年起施行']);
  });

  it('should support a body run together inside one HTML paragraph of a page whose tags make up much of the file', async () => {
    const body = ['一、工作目标', '到2025年底，全县居民健康素养水平达到30%以上。', '二、重点工作', '（一）加强基层能力建设', '1.推进卫生院提标改造。完成3家卫生院改造。', '2.充实基层卫生人才。招聘医学毕业生20名。'].join('');
    const page = ['<p style="text-indent:2em"><span>某县2025年卫生健康工作要点</span></p>', `<p style="text-indent:2em"><span>${body}</span></p>`].join('\n');
    expect(await outline(page)).toEqual(await outline(body));
    expect(await outline(page)).toEqual(['一、 工作目标', '二、 重点工作', '  （一） 加强基层能力建设', '    1. 推进卫生院提标改造', '    2. 充实基层卫生人才']);
  });

  it('should not support the entries of a table of contents run into the text as sections', async () => {
    const body = ['第一章　发展基础', '第一节　发展成就', '“十三五”期间，全县文旅事业蓬勃发展，公共文化服务体系日益健全。', '第二节　面临形势', '文旅消费需求快速增长，发展机遇前所未有。', '第二章　主要任务', '第一节　完善公共文化服务', '推进县级图书馆、文化馆总分馆制建设。'];
    const toc = ['目　录', '第一章　发展基础……………………1', '第一节　发展成就……………………1', '第二节　面临形势……………………2', '第二章　主要任务……………………3', '第一节　完善公共文化服务…………3'];
    const text = ['某县“十四五”文化和旅游发展规划', ...toc, ...body].join('');
    expect(await outline(text)).toEqual(await outline(body.join('\n')));
  });

  it('should not support an article a 办法 cites (本办法第十二条规定) as an article when its articles run on one line', async () => {
    const articles = ['第一章　总　则', '第一条　为加强管理，制定本办法。', '第二条　考核结果与补助挂钩。连续两年考核不合格的，依照本办法第三条规定处理，第三条第二款所列情形除外。', '第三条　乡村医生有下列情形之一的，注销其执业注册。'];
    const text = ['某市乡村医生管理办法', ...articles].join('');
    expect(await outline(text)).toEqual(await outline(['某市乡村医生管理办法', ...articles].join('\n')));
    expect(await outline(text)).toEqual(['第一章 总则', '  第一条 为加强管理，制定本办法', '  第二条 考核结果与补助挂钩', '  第三条 乡村医生有下列情形之一的，注销其执业注册']);
  });

  it('should support the markers a WeChat editor decorated (▌一、 ■（一） 🔹1.) in an article whose line breaks were lost', async () => {
    const lines = ['某县2025年卫生健康工作要点', '全年力争人均预期寿命达到81岁以上。', '01', '▌一、深化医药卫生体制改革', '■（一）推进医共体建设。完善运行机制。', '🔹1.完成2所卫生院提标改造。', '🔹2.新建村卫生所10所。', '02', '▌二、强化组织保障', '■（一）加强组织领导。细化工作措施。'];
    expect(await outline(lines.join(''))).toEqual(await outline(lines.join('\n')));
    expect(await outline(lines.join(''))).toEqual(['一、 深化医药卫生体制改革', '  （一） 推进医共体建设', '    1. 完成2所卫生院提标改造', '    2. 新建村卫生所10所', '二、 强化组织保障', '  （一） 加强组织领导']);
  });

  it('should not support a marker after an arrow inside a sentence (the steps of a process)', async () => {
    const lines = ['某县2025年卫生健康工作要点', '一、深化医药卫生体制改革', '各单位要按照申请→1.受理→2.审核→3.办结的流程开展工作，确保完成。', '二、强化组织保障。加强组织领导。'];
    expect(await outline(lines.join(''))).toEqual(await outline(lines.join('\n')));
  });

  it('should not support the parts a sentence describes (第一部分为…；第二部分为…) as headings', async () => {
    const lines = ['某市卫生健康规划起草说明', '一、起草背景。为科学谋划发展，启动规划编制。', '二、主要内容。规划共分三个部分：第一部分为发展基础；第二部分为总体要求；第三部分为主要任务。', '三、下一步工作。修改完善后按程序报批。'];
    expect(await outline(lines.join(''))).toEqual(['一、 起草背景', '二、 主要内容', '三、 下一步工作']);
    expect(await outline(['第一部分　发展基础', '成效显著。', '第二部分　主要任务', '推进改革。'].join('\n'))).toEqual(['第一部分 发展基础', '第二部分 主要任务']);
  });

  it('should not support an enumeration of its own inside a section as a restart or a duplicate', async () => {
    const text = ['某县2024年卫生健康工作要点', '一、总体要求。坚持以人民健康为中心。', '二、主要任务。各单位要落实年度计划。', '三、保障措施。加强组织领导。'].join('');
    const inner = text.replace('落实年度计划。', '落实年度计划，认真执行本县健康促进方案。一、加强宣传。二、强化督导。');
    expect(await outline(inner)).toEqual(await outline(text));
  });

  it('should support the title run into the first sentence as the plan title', async () => {
    const plan = await extract(onelinePlan(5000, ''));
    expect(plan.meta.title).toBe('某市2024年卫生健康工作要点');
    expect(plan.meta.planYears).toEqual([2024, 2024]);
  });

  it('should support a one-line file through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-oneline-'));
    const file = join(dir, 'oneline.txt');
    writeFileSync(file, onelinePlan(20_000, ''));
    const run = runCli([file, '--format', 'json']);
    expect(run.status).toBe(0);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(lines(plan.children).slice(0, 3)).toEqual(['一、 加强公共卫生体系建设', '  （一） 完善疾病预防控制体系', '    1. 健全监测预警机制']);
    expect(plan.indicators.length).toBeGreaterThan(100);
  });
});

describe('markers in mid-line', () => {
  /** The one-line body with `insert` written after the first item's first sentence, where 2. （二） 二、 would fit next. */
  async function withInsert(insert: string): Promise<string[]> {
    const text = onelinePlan(3000, '');
    const at = text.indexOf('。', text.indexOf('1.')) + 1;
    return outline(text.slice(0, at) + insert + text.slice(at));
  }

  it('should support a marker after a sentence end that continues the numbering', async () => {
    expect(await withInsert('2.加强队伍建设。完善人才培养机制。')).toContain('    2. 加强队伍建设');
  });

  const NOT_MARKERS: Array<[string, string]> = [
    ['a decimal', '覆盖率提高2.5%以上。'],
    ['a marker inside a quotation', '落实“（二）加强组织领导”的要求。'],
    ['a marker inside a book title', '执行《规划（二）》。'],
    ['a marker that qualifies a noun', '建成（二）级医院。'],
    ['a cited number', '详见附件2.到2025年完成。'],
    ['cited items', '执行第2、3项规定。'],
    ['an open marker inside a quotation', '按照“二、总体要求”执行。'],
  ];
  for (const [what, insert] of NOT_MARKERS) {
    it(`should not support ${what} as a section (${insert})`, async () => {
      expect(await withInsert(insert)).toEqual(await withInsert(''));
    });
  }

  it('should not support a quotation never closed hiding the markers after it', async () => {
    const got = await withInsert('他说“要加强。');
    expect(got).toEqual(await withInsert(''));
  });
});
