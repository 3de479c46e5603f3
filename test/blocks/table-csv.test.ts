// Tables saved from a spreadsheet as comma-separated values: a header of column names parted by ASCII commas,
// rows of as many cells under it. Tables and sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { csvCells } from '../../src/blocks/table-csv.js';
import { grammars } from '../grammar-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);

describe('findTables: comma-separated rows (CSV)', () => {
  it('should support a header of column names and rows of as many comma-parted cells', () => {
    const src = ['到2030年，主要指标如下。', '表2 主要指标', '序号,指标,2025年,2030年,属性', '1,城镇调查失业率（%）,5.2,≤5.5,预期性', '2,每千人口拥有托位数（个）,3.1,4.5,预期性', '第三章 主要任务'].join('\n');
    const [t, ...rest] = findTables(src, grammars().tables);
    expect(rest).toEqual([]);
    expect(t?.caption?.text).toBe('表2 主要指标');
    expect(texts(t?.header ?? [])).toEqual(['序号', '指标', '2025年', '2030年', '属性']);
    expect(t?.rows.map(texts)).toEqual([
      ['1', '城镇调查失业率（%）', '5.2', '≤5.5', '预期性'],
      ['2', '每千人口拥有托位数（个）', '3.1', '4.5', '预期性'],
    ]);
    expect(src.slice(t?.start, t?.end)).toMatch(/^表2[\s\S]*预期性$/u);
  });

  it('should support a quoted cell that holds a comma, an empty cell and spaces after the commas', () => {
    const src = ['指标, 单位, 2025年, 2027年', '地区生产总值, 亿元, "1,250", "1,480"', '新增城镇就业, 万人, , 3.5'].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['地区生产总值', '亿元', '1,250', '1,480'],
      ['新增城镇就业', '万人', '', '3.5'],
    ]);
  });

  it('should not support prose with ASCII commas, a header of two cells, or rows of another length', () => {
    // Half-width punctuation in a sentence: no header of column names.
    expect(findTables(['到2027年,全市新增城镇就业3万人,城镇调查失业率控制在5.5%以内。', '二、主要任务'].join('\n'), grammars().tables)).toEqual([]);
    expect(findTables(['指标,2025年', '城镇新增就业,3'].join('\n'), grammars().tables)).toEqual([]);
    expect(findTables(['序号,指标,2025年,2030年', '1,城镇新增就业,3'].join('\n'), grammars().tables)).toEqual([]);
  });

  it('should not support a line with a full-width comma or a full stop as a row', () => {
    expect(csvCells('1,新增就业，力争3万人,2025年', 0, 19)).toBeUndefined();
    expect(csvCells('序号,指标。说明,2025年', 0, 14)).toBeUndefined();
    expect(csvCells('序号,指标,2025年', 0, 12)?.map((c) => c.text)).toEqual(['序号', '指标', '2025年']);
  });

  it('should support "" inside a quoted cell as one quote, as in a task list\'s records (RFC 4180)', () => {
    const row = '2,"""菜篮子""产品自给率",%,95';
    expect(csvCells(row, 0, row.length)?.map((c) => c.text)).toEqual(['2', '"菜篮子"产品自给率', '%', '95']);
  });

  it('should not support a quoted cell of a one-line row closed on a later line', () => {
    const rows = '1,"城镇新增就业,万人\n2,3"';
    expect(csvCells(rows, 0, rows.indexOf('\n'))).toBeUndefined();
  });
});
