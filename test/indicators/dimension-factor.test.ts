// A size written as a product of lengths (5米×5米, 120厘米 × 80厘米) is the dimensions of one thing, a specification of how it is
// made or laid out: neither factor is a level to reach (grammars/indicators.yaml dimensionSigns, src/indicators/dimension.ts).
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const items = (text: string) => indicators(text, MULTI_YEAR).map((i) => [i.metric, i.value, i.unit]);

describe('a factor of a size written as a product', () => {
  it('should support dropping both factors of a survey frame', () => {
    expect(items('每个样地按10米×10米设置样方开展调查。')).toEqual([]);
  });
  it('should support spaces around the sign and another sign of multiplication', () => {
    expect(items('宣传栏尺寸为120厘米 ✕ 80厘米。')).toEqual([]);
  });
  it('should support an ASCII asterisk as the sign', () => {
    expect(items('样方面积为2米*2米。')).toEqual([]);
  });
  it('should not support dropping a length with no product', () => {
    expect(items('新建农村公路15公里，公示栏按统一样式制作。')).toEqual([['新建农村公路', 15, '公里']]);
  });
  it('should not support dropping a length whose neighbour is joined by a list mark', () => {
    expect(items('新建绿道8公里、改造游步道6公里。')).toEqual([['新建绿道', 8, '公里'], ['改造游步道', 6, '公里']]);
  });
});
