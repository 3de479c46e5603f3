import { describe, expect, it } from 'vitest';
import { readHanzi, readHanziAt } from '../../src/numbers/index.js';

describe('Chinese numerals', () => {
  it('should support digits, tens, hundreds and thousands', () => {
    expect(readHanzi('三')).toBe(3);
    expect(readHanzi('十')).toBe(10);
    expect(readHanzi('十二')).toBe(12);
    expect(readHanzi('二十')).toBe(20);
    expect(readHanzi('一百零五')).toBe(105);
    expect(readHanzi('三千零二十')).toBe(3020);
    expect(readHanzi('两')).toBe(2);
    expect(readHanzi('两千')).toBe(2000);
  });
  it('should support 万 and 亿 sections (三万, 百万, 千万, 三万五千)', () => {
    expect(readHanzi('三万')).toBe(30000);
    expect(readHanzi('十万')).toBe(100000);
    expect(readHanzi('百万')).toBe(1_000_000);
    expect(readHanzi('千万')).toBe(10_000_000);
    expect(readHanzi('一千万')).toBe(10_000_000);
    expect(readHanzi('三万五千')).toBe(35000);
    expect(readHanzi('一亿二千万')).toBe(120_000_000);
    expect(readHanzi('两亿')).toBe(200_000_000);
  });
  it('should support years written digit by digit (二〇二五, 一九九八)', () => {
    expect(readHanzi('二〇二五')).toBe(2025);
    expect(readHanzi('二○二四')).toBe(2024);
    expect(readHanzi('一九九八')).toBe(1998);
  });
  it('should support a decimal point (一点五, 三点零二)', () => {
    expect(readHanzi('一点五')).toBe(1.5);
    expect(readHanzi('三点零二')).toBe(3.02);
    expect(readHanzi('十二点五')).toBe(12.5);
  });
  it('should not support strings that are no numeral', () => {
    expect(readHanzi('')).toBeNaN();
    expect(readHanzi('万')).toBeNaN();
    expect(readHanzi('三四')).toBeNaN(); // "three or four", not 34
    expect(readHanzi('一点')).toBeNaN();
    expect(readHanzi('年')).toBeNaN();
  });
  it('should support the longest numeral at a position in running text', () => {
    expect(readHanziAt('培训三万名', 2)).toEqual({ value: 30000, end: 4 });
    expect(readHanziAt('十二五期间', 0)).toEqual({ value: 12, end: 2 });
    expect(readHanziAt('三四个', 0)).toEqual({ value: 3, end: 1 });
    expect(readHanziAt('一点五倍', 0)).toEqual({ value: 1.5, end: 3 });
    expect(readHanziAt('一点', 0)).toEqual({ value: 1, end: 1 });
  });
  it('should not support a position without a numeral', () => {
    expect(readHanziAt('万人', 0)).toBeUndefined();
    expect(readHanziAt('点五', 0)).toBeUndefined();
  });
});
