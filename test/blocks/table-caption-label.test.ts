// A line that opens with a caption's label (表1, 附表2, 专栏3: GB/T 9704 numbers a table's caption so, and a plan's 专栏 box
// often holds one table) is the caption above a table even when its cells are parted as a row's are and its title holds a
// column's word (…主要指标): the header is the line under it. Tables written for the test.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { isCaptionLabel } from '../../src/blocks/table-cells.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

const ROWS = [
  '序号  指标名称  单位  2025年  2030年  指标属性',
  '1  农村公路优良中等路率  %  82  90  预期性',
  '2  建制村通客车率  %  100  100  约束性',
  '3  城市公交站点500米覆盖率  %  90  ≥95  预期性',
];

const plan = (caption: string, sep = '  '): string =>
  ['某县“十五五”综合交通运输发展规划', '', '一、发展目标', caption, ...ROWS.map((r) => r.replace(/ {2}/gu, sep)), '二、重点任务', '（一）完善路网。'].join('\n');

describe('tables: a caption whose label and title are parted as cells are', () => {
  it('should support 表1, 附表2：, 专栏3 and 专栏 一 as caption labels', () => {
    for (const cell of ['表1', '附表2：', '专栏3', '专栏 一', '图表12']) expect(isCaptionLabel(cell), cell).toBe(true);
  });

  it('should support the header under a caption parted by two spaces or a tab, the caption kept as the caption', () => {
    for (const [caption, sep] of [['表1  “十五五”交通运输发展主要指标', '  '], ['专栏2\t“十五五”交通运输主要指标', '\t']] as const) {
      const [table] = findTables(plan(caption, sep), grammars().tables);
      expect(table?.header.map((c) => c.text), caption).toEqual(['序号', '指标名称', '单位', '2025年', '2030年', '指标属性']);
      expect(table?.rows.length, caption).toBe(3);
      expect(table?.caption?.text, caption).toBe(caption);
    }
  });

  it('should support the rows\' targets read under their columns', async () => {
    const out = (await extract(plan('专栏1  “十五五”交通运输发展主要指标'), { path: 'plan.txt' })).indicators;
    expect(out.map((i) => [i.metric, i.value, i.kind, i.year])).toEqual([
      ['农村公路优良中等路率', 82, 'baseline', 2025], ['农村公路优良中等路率', 90, 'target', 2030],
      ['建制村通客车率', 100, 'baseline', 2025], ['建制村通客车率', 100, 'target', 2030],
      ['城市公交站点500米覆盖率', 90, 'baseline', 2025], ['城市公交站点500米覆盖率', 95, 'target', 2030],
    ]);
  });

  it('should not support a cell that only begins with 表 or 专栏, or a long number, as a caption label', () => {
    for (const cell of ['表彰项目', '专栏名称', '表1234', '附表说明']) expect(isCaptionLabel(cell), cell).toBe(false);
  });
});
