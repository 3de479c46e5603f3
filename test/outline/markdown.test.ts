// Markdown input is read by remark-parse and mapped onto the same outline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';
import { lines, outline } from './outline-helpers.js';

describe('markdown input', () => {
  it('should support headings, ordered lists and bullets as outline markers', async () => {
    const path = join(ROOT, 'fixtures/markdown/plan.md');
    const plan = await extract(readFileSync(path), { path });
    expect(lines(plan.children)).toEqual([
      '一、 加强公共卫生体系建设',
      '  （一） 完善疾病预防控制体系',
      '    1. 健全监测预警机制',
      '      一是 完善哨点医院布局',
      '      二是 提升实验室检测能力',
      '    2. 提升应急处置能力',
      '二、 深化医药卫生体制改革',
      '  （一） 推进公立医院高质量发展',
      '  （二） 健全分级诊疗体系',
    ]);
  });

  it('should not support reading markdown syntax into titles', async () => {
    expect(await outline('## **一、加强党建**\n', 'x.md')).toEqual(['一、 加强党建']);
  });

  it('should support a bold run-in heading that closes its bold with no punctuation as ending there', async () => {
    const text = ['**一、重点任务**', '', '**（一）推进分级诊疗**&emsp;完善医联体建设，县域内就诊率达到90%。', '', '**（二）加强人才培养** 招聘医学专业毕业生80名，培训乡村医生500人次。', ''].join('\n');
    expect(await outline(text, 'x.md')).toEqual(['一、 重点任务', '  （一） 推进分级诊疗', '  （二） 加强人才培养']);
    // (the same in a .txt whose bold spans make it markdown)
    expect(await outline(`${text}\n**（三）强化保障**　落实经费。\n`, 'x.txt')).toEqual(['一、 重点任务', '  （一） 推进分级诊疗', '  （二） 加强人才培养', '  （三） 强化保障']);
  });

  it('should support a bold run-in heading that ends with its 。 inside the bold as before', async () => {
    expect(await outline('**（一）推进分级诊疗。**完善医联体建设。\n\n**（二）加强人才培养。**招聘医学专业毕业生80名。\n', 'x.md')).toEqual(['（一） 推进分级诊疗', '（二） 加强人才培养']);
  });

  it('should not support a bold marker alone, a bold span after the marker or a bold span of plain text as ending the title', async () => {
    expect(await outline('**（一）**推进分级诊疗。完善医联体建设。\n\n**（二）**加强人才培养。招聘毕业生。\n', 'x.md')).toEqual(['（一） 推进分级诊疗', '（二） 加强人才培养']);
    expect(await outline('（一）推进**分级**诊疗。完善医联体。\n\n（二）加强**人才**培养。招聘毕业生。\n\n**三、**保障\n', 'x.md')).toEqual(['（一） 推进分级诊疗', '（二） 加强人才培养', '三、 保障']);
    // (plain text: asterisks are text)
    expect(await outline('（一）推进分级诊疗** 完善医联体建设。\n（二）加强人才培养。\n', 'x.txt')).toEqual(['（一） 推进分级诊疗**完善医联体建设', '（二） 加强人才培养']);
  });

  it('should support a .md file that puts one paragraph on each line with no blank line between', async () => {
    const text = ['当前位置：首页 > 政务公开', '某县2025年卫生健康工作要点', '发布时间：2025-03-06　来源：县卫生健康局', '一、深化医改', '坚持以人民健康为中心，推进医共体建设。', '（一）推进紧密型县域医共体建设。县域内就诊率达到90%。', '**（二）深化公立医院改革。** 推进薪酬制度改革。', '二、强化公共卫生', '某县卫生健康局', '2025年3月1日'].join('\n');
    const plan = await extract(text, { path: 'x.md' });
    expect(lines(plan.children)).toEqual(['一、 深化医改', '  （一） 推进紧密型县域医共体建设', '  （二） 深化公立医院改革', '二、 强化公共卫生']);
    expect([plan.meta.title, plan.meta.publishDate, plan.meta.issueDate]).toEqual(['某县2025年卫生健康工作要点', '2025-03-06', '2025-03-01']);
    expect(plan.children[0]?.type).toBe('boilerplate');
  });

  it('should support a .md paragraph of more lines than a call takes arguments (a bug fix: Math.max spread over them threw)', async () => {
    const plan = await extract('推进项目建设。\n'.repeat(200_000), { path: 'big.md' });
    // Lines of one width: a wrapped paragraph, read as one.
    expect(plan.children.map((c) => c.type === 'paragraph' && c.text.length)).toEqual([7 * 200_000]);
  }, 60_000);

  it('should not support cutting a paragraph wrapped at a fixed width into its lines', async () => {
    const text = ['一、总体要求', '', '（一）加强党的全面领导，把党的领导贯穿卫生健康工作', '全过程各方面，确保各项任务落到实处。各地要认真落', '实。', '', '（二）强化组织保障。各地要建立工作机制，明确责任分工，加强督促检查，确保取得实效。', '', '二、主要任务', '', '各地要结合实际，细化工作举措，明确时间节点，按时保质完成各项任务，并及时报送工作进展情况。', ''].join('\n');
    expect(await outline(text, 'x.md')).toEqual(['一、 总体要求', '  （一） 加强党的全面领导，把党的领导贯穿卫生健康工作全过程各方面，确保各项任务落到实处', '  （二） 强化组织保障', '二、 主要任务']);
  });

  it('should support a bold lead sentence whose closing ** CommonMark leaves as text (after 。, before a CJK character)', async () => {
    const text = ['**一、深化医改**', '', '**（一）推进医共体建设。**县域内就诊率达到90%。各地要加强组织领导，确保任务落实。', '', '**（二）深化公立医院改革。**推进薪酬制度改革，完善绩效考核，提升服务水平和群众满意度。', '', '**二、强化公卫**', '', '加强疾病预防控制体系建设，提升突发公共卫生事件应急处置能力。', ''].join('\n');
    const plan = await extract(text, { path: 'x.md' });
    expect(lines(plan.children)).toEqual(['一、 深化医改', '  （一） 推进医共体建设', '  （二） 深化公立医院改革', '二、 强化公卫']);
  });

  it('should support an item number a converter escaped (1\\. 加强…) as the marker 1.', async () => {
    const text = ['**一、夯实基层**', '', '1\\. 加强基层机构建设。新建村卫生室12家。', '', '2\\. 做优签约服务。签约率达到80%。', '', '**二、保障措施**', ''].join('\n');
    expect(await outline(text, 'x.md')).toEqual(['一、 夯实基层', '  1. 加强基层机构建设', '  2. 做优签约服务', '二、 保障措施']);
  });

  it('should support a pipe table as one row a line, and a bold heading above it as a heading, not its caption', async () => {
    const text = ['**一、总体要求**', '', '加强领导。', '', '**二、强化公共卫生服务**', '', '| 指标 | 2024年 | 2025年目标 |', '| --- | --- | --- |', '| 高血压患者规范管理率（%） | 71.2 | ≥72 |', '| 严重精神障碍患者规范管理率（%） | 92.5 | ≥92 |', '', '**三、保障措施**', ''].join('\n');
    const plan = await extract(text, { path: 'x.md' });
    expect(lines(plan.children)).toEqual(['一、 总体要求', '二、 强化公共卫生服务', '三、 保障措施']);
    expect(plan.indicators.map((i) => `${i.metric} ${i.value} ${i.kind} ${i.year}`)).toEqual([
      '高血压患者规范管理率 71.2 baseline 2024',
      '高血压患者规范管理率 72 target 2025',
      '严重精神障碍患者规范管理率 92.5 baseline 2024',
      '严重精神障碍患者规范管理率 92 target 2025',
    ]);
  });

  it('should not support a run of four or more asterisks as emphasis markup', async () => {
    const plan = await extract('一、总则\n\n（一）填报单位：****。各地要加强组织领导，确保任务落实。\n\n二、任务\n\n各地要认真落实，细化工作举措，明确时间节点。\n', { path: 'x.md' });
    expect(JSON.stringify(plan.children)).toContain('填报单位：****');
  });
});

