import { describe, expect, it } from 'vitest';
import { titleYears } from '../../src/meta/years.js';
import { grammars } from '../grammar-helpers.js';
import { doc, meta } from './meta-helpers.js';

const grammar = grammars().meta;

describe('meta: planYears of a report on the first months or quarters of a year', () => {
  it('should support a title that names the first quarters or months of its year', () => {
    expect(titleYears('2027年前三季度某县经济运行情况分析', grammar)).toEqual([2027, 2027]);
    expect(titleYears('某市2026年前两个月工业经济运行简析', grammar)).toEqual([2026, 2026]);
    expect(titleYears('某区2025年前10个月主要经济指标完成情况', grammar)).toEqual([2025, 2025]);
  });

  it('should support the planYears of such a report from its title', async () => {
    const m = await meta(doc('2027年前三季度某县经济运行情况分析', '前三季度，全县实现地区生产总值96.4亿元，同比增长5.2%。', '某县统计局', '2027年10月21日'));
    expect(m.planYears).toEqual([2027, 2027]);
  });

  it('should not support a deadline written 年前 as the year a title names', () => {
    expect(titleYears('关于2026年前完成某项改造任务的意见', grammar)).toBeNull();
    expect(titleYears('某县力争2028年前实现全覆盖的实施意见', grammar)).toBeNull();
  });
});
