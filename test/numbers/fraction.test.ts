import { describe, expect, it } from 'vitest';
import { readFraction, readRatio } from '../../src/numbers/index.js';

describe('fractions', () => {
  it('should support 一半 as 50 percent', () => {
    expect(readFraction('占全市一半以上', 3)).toEqual({ percent: 50, end: 5, hanzi: true });
  });
  it('should support X分之Y in Chinese numerals or digits', () => {
    expect(readFraction('三分之二', 0)).toEqual({ percent: 66.67, end: 4, hanzi: true });
    expect(readFraction('百分之八十', 0)).toEqual({ percent: 80, end: 5, hanzi: true });
    expect(readFraction('五分之1', 0)?.percent).toBe(20);
    expect(readFraction('3分之1', 0)?.percent).toBe(33.33);
  });
  it('should support a/b with a small denominator', () => {
    expect(readFraction('2/3的县', 0)).toEqual({ percent: 66.67, end: 3, hanzi: false });
    expect(readFraction('１/４', 0)?.percent).toBe(25);
  });
  it('should not support a rate per 100 000, a date or a fraction above one', () => {
    expect(readFraction('20/10万', 0)).toBeUndefined();
    expect(readFraction('2023/3/24', 0)).toBeUndefined();
    expect(readFraction('3/2', 0)).toBeUndefined();
    expect(readFraction('二分之三', 0)).toBeUndefined();
    expect(readFraction('分之二', 0)).toBeUndefined();
  });
});

describe('ratios', () => {
  it('should support a:b with ASCII, full-width and ratio colons', () => {
    expect(readRatio('1:1', 0)).toEqual({ terms: [1, 1], end: 3 });
    expect(readRatio('1：1.2', 0)).toEqual({ terms: [1, 1.2], end: 5 });
    expect(readRatio('1∶0.6以上', 0)).toEqual({ terms: [1, 0.6], end: 5 });
  });
  it('should not support a number with no second term', () => {
    expect(readRatio('1:', 0)).toBeUndefined();
    expect(readRatio('12', 0)).toBeUndefined();
  });
});
