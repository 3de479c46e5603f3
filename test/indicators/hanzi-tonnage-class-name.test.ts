// A Chinese numeral before 吨 opens the class name of a water-supply work (千吨万人以上供水工程, 百吨千人供水工程: graded by the
// water it supplies a day and the people it serves), never a quantity of water: tonnages are written in digits (GB/T 15835).
// Tonnages in digits stay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a Chinese numeral before 吨 is a class name', () => {
  it('should support 千吨万人以上 / 百吨千人以上 as the name of the works (no item)', () => {
    expect(values('年底前完成千吨万人以上供水工程水源保护区划定。')).toEqual([]);
    expect(values('实现千吨万人以上供水工程在线监测全覆盖。')).toEqual([]);
    expect(values('全面完成百吨千人以上供水工程消毒设施配备。')).toEqual([]);
  });

  it('should support the target of the class, which stays', () => {
    expect(values('千吨万人以上供水工程水质达标率达到95%以上。')).toEqual(['95%']);
    expect(values('新建千吨万人以上供水工程3处。')).toEqual(['3处']);
  });

  it('should not support dropping a tonnage written in digits', () => {
    expect(values('新增日供水能力3万吨以上。')).toEqual(['3万吨']);
    expect(values('餐厨垃圾处理能力达到200吨以上。')).toEqual(['200吨']);
  });
});
