// A row that sums a table's others (合计, 总计) is labelled in its first column: a tab row of it that lost cells lost them at
// its end (an empty 建设起止年限 or 备注 after the totals), so its totals stay under their own columns. Tables written for these tests.
import { describe, expect, it } from 'vitest';

const read = async (lines: string[]): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.unit}`);
};

const plan = (header: string, rows: string[]): string[] => ['某县2026年交通重点项目建设计划', '一、项目安排', header, ...rows, '某县交通运输局', '2026年3月1日'];

describe('indicators: the sum row of a project table', () => {
  it('should support the total of the year\'s planned investment, not the total cost, where the last cell is empty', async () => {
    const rows = ['1\t县道改造工程\t改造县道12公里\t5600\t2100\t2025—2027', '2\t农村公路提升工程\t提升农村公路35公里\t4200\t1800\t2026—2027', '合计\t\t\t9800\t3900\t'];
    const items = await read(plan('序号\t项目名称\t建设内容\t总投资（万元）\t2026年计划投资（万元）\t建设起止年限', rows));
    expect(items).toContain('3900|万元');
    const { extract } = await import('../../src/pipeline.js');
    const doc = await extract(plan('序号\t项目名称\t建设内容\t总投资（万元）\t2026年计划投资（万元）\t建设起止年限', rows).join('\n'), { path: 'plan.txt' });
    expect(doc.indicators.find((i) => i.value === 3900)?.metric).toContain('合计');
    expect(items).not.toContain('9800|万元');
  });

  it('should not support moving the cells of an ordinary row that lost its merged first cell', async () => {
    const rows = ['经济发展\t地区生产总值\t亿元\t310\t420\t预期性', '\t人均地区生产总值\t万元\t6.2\t8.1\t预期性'];
    const items = await read(['某县国民经济和社会发展第十五个五年规划纲要', '一、主要指标', '类别\t指标\t单位\t2025年\t2030年\t属性', ...rows, '某县人民政府', '2026年3月1日']);
    expect(items).toEqual(['310|亿元', '420|亿元', '6.2|万元', '8.1|万元']);
  });
});
