import { describe, expect, it } from 'vitest';
import { readNumber, readRange } from '../../src/numbers/index.js';

describe('number reader', () => {
  it('should support ASCII digits', () => {
    expect(readNumber('310天', 0)).toEqual({ value: 310, end: 3, hanzi: false });
  });
  it('should support full-width digits', () => {
    expect(readNumber('４５％', 0)).toEqual({ value: 45, end: 2, hanzi: false });
  });
  it('should support decimals', () => {
    expect(readNumber('7.0%', 0)?.value).toBe(7);
    expect(readNumber('76.34岁', 0)?.value).toBe(76.34);
    expect(readNumber('９．５', 0)?.value).toBe(9.5);
  });
  it('should support thousands separators', () => {
    expect(readNumber('1,200人', 0)?.value).toBe(1200);
  });
  it('should not support a comma followed by other than three digits as a separator', () => {
    expect(readNumber('60%,2025年', 0)?.value).toBe(60);
    expect(readNumber('1,20', 0)?.value).toBe(1);
  });
  it('should support Chinese numerals', () => {
    expect(readNumber('三', 0)?.value).toBe(3);
    expect(readNumber('十二', 0)?.value).toBe(12);
    expect(readNumber('一百', 0)?.value).toBe(100);
    expect(readNumber('两', 0)?.value).toBe(2);
    expect(readNumber('二十五', 0)).toEqual({ value: 25, end: 3, hanzi: true });
  });
  it('should not support other characters', () => {
    expect(readNumber('年', 0)).toBeUndefined();
    expect(readNumber('', 0)).toBeUndefined();
    expect(readNumber('abc', 1)).toBeUndefined();
  });
  it('should support ranges with - — – ~ 至 到', () => {
    for (const sep of ['-', '—', '–', '~', '至', '到', '——', '～']) {
      expect(readRange(`1${sep}3个百分点`, 0)?.value, sep).toEqual([1, 3]);
    }
    expect(readRange('35—64 岁', 0)?.value).toEqual([35, 64]);
    expect(readRange('0 - 3 岁', 0)?.value).toEqual([0, 3]);
  });
  it('should support Chinese-numeral ranges', () => {
    expect(readRange('一至两名', 0)?.value).toEqual([1, 2]);
  });
  it('should not support a range that runs backwards or mixes numerals', () => {
    expect(readRange('3-1', 0)?.value).toBe(3);
    expect(readRange('1至两', 0)?.value).toBe(1);
  });
});

describe('number reader: large Chinese numerals and full-width ranges', () => {
  it('should support 万 inside a Chinese numeral', () => {
    expect(readNumber('三万名', 0)).toEqual({ value: 30000, end: 2, hanzi: true });
    expect(readNumber('一百万', 0)?.value).toBe(1_000_000);
  });
  it('should support full-width range separators and digits', () => {
    expect(readRange('３５～６４岁', 0)?.value).toEqual([35, 64]);
    expect(readRange('1－2名', 0)?.value).toEqual([1, 2]);
  });
});

describe('number reader: Roman numerals of classes', () => {
  it('should support Ⅰ … Ⅻ as one character', () => {
    expect(readNumber('Ⅲ类水', 0)).toEqual({ value: 3, end: 1, hanzi: true });
    expect(readNumber('Ⅻ', 0)?.value).toBe(12);
  });
  it('should not support Latin letters', () => {
    expect(readNumber('IV类', 0)).toBeUndefined();
  });
});
