// The quantity scan (src/indicators/quantity.ts): which numbers of a text are read as quantities,
// with a unit; in particular Chinese numerals standing alone, which the scan passes without reading.
import { describe, expect, it } from 'vitest';
import { mayHoldQuantity, quotedMask, scanQuantities } from '../../src/indicators/quantity.js';
import { grammars } from '../grammar-helpers.js';

const scan = (text: string) => scanQuantities(text, grammars().indicators, quotedMask(text)).map((q) => `${text.slice(q.start, q.end)}=${JSON.stringify(q.value)}${q.unitText}`);

describe('scanQuantities', () => {
  it('should not support a Chinese numeral standing alone as a quantity', () => {
    expect(scan('一是统一思想,进一步加强三大体系建设,二是深化改革。')).toEqual([]);
    expect(scan('三')).toEqual([]);
    expect(scan('第一')).toEqual([]);
    expect(scan('三 、')).toEqual([]);
  });

  it('should support a one-character Chinese numeral followed by a unit, 余/多, a range or a multiplier', () => {
    expect(scan('建成三个中心')).toEqual(['三个=3个']);
    expect(scan('新建五 所学校')).toEqual(['五 所=5所']);
    expect(scan('完成 一 项')).toEqual(['一 项=1项']);
    expect(scan('建设两-三个')).toEqual(['两-三个=[2,3]个']);
    expect(scan('培训十余名医生')).toEqual(['十余名=10名']);
    expect(scan('建设一至三年')).toEqual(['一至三年=[1,3]年']);
    expect(scan('覆盖两万人')).toEqual(['两万人=2万人']);
  });

  it('should support a unit written once after the second of two values (1个和2个百分点)', () => {
    expect(scan('分别提高1个和2个百分点')).toEqual(['1个=1个百分点', '2个百分点=2个百分点']);
    expect(scan('分别下降0.5个、1个百分点')).toEqual(['0.5个=0.5个百分点', '1个百分点=1个百分点']);
  });

  it('should not support a unit of its own taken from the next value when it begins no longer one', () => {
    expect(scan('建设学校5所和幼儿园8个')).toEqual(['5所=5所', '8个=8个']);
    expect(scan('开展培训3次和演练2次')).toEqual(['3次=3次', '2次=2次']);
  });

  it('should support Chinese numerals read as shares (一半, 三分之一, 百分之九十)', () => {
    expect(scan('减少一半')).toEqual(['一半=50%']);
    expect(scan('覆盖三分之一的县')).toEqual(['三分之一=33.33%']);
    expect(scan('达到百分之九十')).toEqual(['百分之九十=90%']);
  });

  it('should support a numeral of several characters or with a decimal point', () => {
    expect(scan('新增一百二十张床位')).toEqual(['一百二十张=120张']);
    expect(scan('投入一点五亿元')).toEqual(['一点五亿元=1.5亿元']);
    expect(scan('二〇二五年')).toEqual(['二〇二五年=2025年']);
  });

  it('should tell a text where no quantity can start from one where one may (mayHoldQuantity)', () => {
    const may = (text: string) => mayHoldQuantity(text, grammars().indicators);
    expect(may('一是统一思想，进一步加强党的建设。')).toBe(false);
    expect(may('')).toBe(false);
    for (const text of ['建成三个中心', '达到2025年', '减少一半', '百分之九十', '由‰下降', '两万人']) expect(may(text), text).toBe(true);
  });
});
