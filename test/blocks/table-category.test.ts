// A task list parted by tabs whose rows stand under category rows (一、…, a merged cell written as a line of one cell):
// the rows after a category row go on under the list's header, and the category row stays a heading of the outline.
// Lists written for the test.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { extract } from '../../src/index.js';
import { grammars } from '../grammar-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);
const row = (...cells: string[]) => cells.join('\t');

const LIST = [
  '某县水利局2026年重点工作任务清单',
  row('序号', '任务', '目标', '完成时限', '责任单位'),
  '一、水利工程建设',
  row('1', '实施水库除险加固', '完成小型水库除险加固12座，水库安全运行率保持在100%', '2026年10月底', '工程股'),
  row('2', '推进农村供水', '新建和改造农村供水管网80公里，农村自来水普及率达到96%以上', '2026年12月底', '农水股'),
  '二、河湖管理保护',
  row('3', '深化河湖长制', '河湖“清四乱”问题整改率达到100%，重点河湖水质达标率达到92%', '全年', '河长办'),
].join('\n');

describe('findTables: category rows of a task list parted by tabs', () => {
  it('should support rows after a category row under the header above it, right under the header too', () => {
    const tables = findTables(LIST, grammars().tables);
    expect(tables.map((t) => texts(t.header))).toEqual([
      ['序号', '任务', '目标', '完成时限', '责任单位'],
      ['序号', '任务', '目标', '完成时限', '责任单位'],
    ]);
    expect(tables.map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2'], ['3']]);
    // The category rows are outside the tables' regions: headings of the outline.
    for (const t of tables) expect(LIST.slice(t.start, t.end)).not.toMatch(/[一二]、/u);
  });

  it('should support a category row whose ordinal stands in the 序号 column, parted from its name by a tab', () => {
    const src = LIST.replace('一、水利工程建设', row('一、', '水利工程建设')).replace('二、河湖管理保护', row('二、', '河湖管理保护', '', ''));
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2'], ['3']]);
  });

  it('should not support two cells of an ordinal and a clause as a category row', () => {
    const src = LIST.replace('二、河湖管理保护', row('二、', '深化河湖长制，整改率达到100%'));
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2']]);
  });

  it('should support rows numbered on after a category row between rows of a table', () => {
    const src = [
      row('序号', '重点任务', '工作目标', '牵头单位'),
      row('1', '扩大有效投资', '完成固定资产投资50亿元', '发改局'),
      '（二）优化营商环境',
      row('2', '压减审批时限', '政务服务事项网上可办率达到98%', '政务服务中心'),
    ].join('\n');
    const tables = findTables(src, grammars().tables);
    expect(tables.map((t) => [texts(t.header)[2], t.rows.map((r) => r[0]?.text)])).toEqual([
      ['工作目标', ['1']],
      ['工作目标', ['2']],
    ]);
  });

  it('should support a category row between blank lines, a copy that set every line a paragraph', () => {
    const src = LIST.split('\n').join('\n\n');
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2'], ['3']]);
  });

  it('should support a category row copied with the tabs of the columns its merged cell spans', () => {
    const src = LIST.replace(/^([一二]、.*)$/gmu, '$1\t\t\t\t');
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2'], ['3']]);
  });

  it('should support a category row under any chapter-level marker of the outline (一．, 十一、)', () => {
    const src = LIST.replace('一、', '一．').replace('二、', '十一、');
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2'], ['3']]);
  });

  it('should not support a line longer than a category name after its marker as a category row', () => {
    const src = LIST.replace('二、河湖管理保护', '二、河湖管理保护和水生态修复及水资源节约集约利用与农村水利基础设施建设');
    expect(findTables(src, grammars().tables).map((t) => t.rows.map((r) => r[0]?.text))).toEqual([['1', '2']]);
  });

  it('should not support a heading whose next line is no numbered row of as many cells as the header', () => {
    const src = [
      row('序号', '任务', '目标', '责任单位'),
      row('1', '推进道路建设', '新改建农村公路30公里', '交通局'),
      '二、保障措施',
      row('县交通局', '负责'),
    ].join('\n');
    const tables = findTables(src, grammars().tables);
    expect(tables.map((t) => t.rows.length)).toEqual([1]);
  });

  it('should not support a sentence after a table as a category row', () => {
    const src = [
      row('序号', '任务', '目标', '责任单位'),
      '一、各单位要按时报送进展，确保任务落实。',
      row('1', '推进道路建设', '新改建农村公路30公里', '交通局'),
    ].join('\n');
    // No table goes on under 序号 … over a sentence: the row after it stands alone, as before.
    expect(findTables(src, grammars().tables)).toEqual([]);
  });
});

describe('a task list with category rows through the pipeline', () => {
  it('should support the targets of every row and the category rows as the outline', async () => {
    const plan = await extract(LIST);
    expect(plan.indicators.map((i) => `${i.metric}|${JSON.stringify(i.value)}|${i.unit}|${i.year}`)).toEqual([
      '小型水库除险加固|12|座|2026',
      '水库安全运行率|100|%|2026',
      '新建和改造农村供水管网|80|公里|2026',
      '农村自来水普及率|96|%|2026',
      '河湖“清四乱”问题整改率|100|%|2026',
      '重点河湖水质达标率|92|%|2026',
    ]);
    expect(plan.children.filter((c) => c.type === 'section').map((c) => (c as { title: string }).title)).toEqual(['水利工程建设', '河湖管理保护']);
  });
});
