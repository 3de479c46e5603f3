// A flattened table's value that has the shape of a year (2000 万千瓦, 1985 公里): the value of its row, not a year label.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/blocks/table.js';
import { grammars } from '../grammar-helpers.js';

const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);

describe('findTables: a four-digit value that reads like a year', () => {
  it('should support a row whose target cell is a bare four-digit number, one cell a line', () => {
    const src = [
      '表2 “十五五”能源发展主要指标',
      '指标名称', '单位', '2025年', '2030年', '属性',
      '可再生能源发电装机容量', '万千瓦', '1650', '2400', '预期性',
      '农村公路总里程', '公里', '1985', '2060', '预期性',
      '注：装机容量为年末数。',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['可再生能源发电装机容量', '万千瓦', '1650', '2400', '预期性'],
      ['农村公路总里程', '公里', '1985', '2060', '预期性'],
    ]);
  });

  it('should not support a year with 年 in a value column as a value (a second header row stays a header)', () => {
    const src = [
      '指标', '单位', '基期值', '目标值', '属性',
      '2025年', '2030年',
      '城镇新增就业', '万人', '5.2', '5.5', '预期性',
      '调查失业率', '%', '5.3', '≤5.5', '预期性',
    ].join('\n');
    const [t] = findTables(src, grammars().tables);
    expect(t?.rows.map(texts)).toEqual([
      ['城镇新增就业', '万人', '5.2', '5.5', '预期性'],
      ['调查失业率', '%', '5.3', '≤5.5', '预期性'],
    ]);
  });
});
