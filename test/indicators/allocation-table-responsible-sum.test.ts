// A task allocation whose rows are kinds of work, not places: a column of the units that carry each row out (承担单位,
// 实施单位) and a 合计 row that sums the rows split the plan's total among them, as a quota table splits it among places.
// Its cells restate the plan's total in parts and are no items (INDICATORS.md counts the cells of indicator tables, whose
// rows are indicators). Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const doc = (header: string[], rows: string[][]) =>
  [
    '某省2027年职业病危害因素监测计划',
    '一、监测目标',
    '全年监测重点行业用人单位不少于1200家，监测结果报告率达到98%以上。',
    '二、任务分配',
    '表1　监测任务分配表',
    ...header,
    ...rows.flat(),
  ].join('\n');

const values = async (text: string) => (await extract(text, { path: 'jihua.txt' })).indicators.map((i) => i.value);

describe('tables: a responsibility column and a sum row make a task allocation', () => {
  it('should support a table of 行业 rows with 承担单位 and a 合计 row as a task allocation whose cells are no items', async () => {
    const rows = [
      ['煤炭开采', '300', '粉尘、噪声', '甲市职业病防治院'],
      ['建材制造', '400', '粉尘、化学毒物', '乙市疾控中心'],
      ['金属冶炼', '500', '高温、化学毒物', '丙市疾控中心'],
      ['合计', '1200', '—', '—'],
    ];
    expect(await values(doc(['行业类别', '用人单位数（家）', '监测项目', '承担单位'], rows))).toEqual([1200, 98]);
  });

  it('should support 实施单位 as the column of who carries a row out', async () => {
    const rows = [
      ['粉尘作业', '500', '第一实施机构'],
      ['噪声作业', '700', '第二实施机构'],
      ['合计', '1200', '—'],
    ];
    expect(await values(doc(['类别', '用人单位数（家）', '实施单位'], rows))).toEqual([1200, 98]);
  });

  it('should not support a table without a sum row as an allocation: its rows are indicators', async () => {
    const rows = [
      ['职业健康检查覆盖率（%）', '90', '卫生健康委'],
      ['工作场所危害因素检测率（%）', '85', '卫生健康委'],
    ];
    const got = await values(doc(['指标', '目标值', '责任单位'], rows));
    expect(got).toEqual([1200, 98, 90, 85]);
  });

  it('should not support a table with a year column as an allocation: it is an indicator table', async () => {
    const rows = [
      ['职业健康检查人数（万人）', '12', '15', '卫生健康委'],
      ['合计', '12', '15', '—'],
    ];
    const got = await values(doc(['指标', '2026年', '2027年', '责任单位'], rows));
    expect(got).toContain(15);
  });
});
