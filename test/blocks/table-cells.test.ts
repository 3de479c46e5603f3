// What a flattened table's cell is (table-cells.ts): a year label of a header, a value, text. Cells written for these tests.
import { describe, expect, it } from 'vitest';
import { cellType, isYearLabel } from '../../src/blocks/table-cells.js';
import { grammars } from '../grammar-helpers.js';

describe('table cells: year labels', () => {
  it('should support a year with 年, in brackets, alone or before a role word', () => {
    for (const label of ['2025年', '（2025年）', '2025年目标', '2030目标值', '2025（目标）', '2020基数', '2025预计', '基期值(2020)', '2026', '2025年底']) expect(isYearLabel(label), label).toBe(true);
  });
  it('should not support four digits before a unit as a year (a value of 2000 cores, 2000 tonnes)', () => {
    for (const cell of ['新增计算资源2000核以上', '处理能力2000吨', '2000万元']) expect(isYearLabel(cell), cell).toBe(false);
    expect(cellType('新增计算资源2000核以上', grammars().tables)).toBe('text');
  });
});

describe('table cells: a task table\'s cell that lists its points', () => {
  it('should support 1.…；2.… in one cell as text, not a heading that ends the table', () => {
    expect(cellType('1.新改建农村公路300公里；2.改造危桥8座', grammars().tables)).toBe('text');
  });
  it('should not support a heading line as a cell', () => {
    expect(cellType('1.加强组织领导', grammars().tables)).toBe('stop');
  });
});
