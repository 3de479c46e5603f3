import { describe, expect, it } from 'vitest';
import { digitRun, readArabic, readArabicAt, readCircled } from '../../src/numbers/index.js';

describe('Arabic digits', () => {
  it('should support ASCII and full-width runs', () => {
    expect(digitRun('2025年', 0)).toEqual({ value: 2025, end: 4, length: 4 });
    expect(digitRun('２０２５年', 0)).toEqual({ value: 2025, end: 4, length: 4 });
  });
  it('should support decimals and thousands separators', () => {
    expect(readArabicAt('50,712平方米', 0)).toEqual({ value: 50712, end: 6 });
    expect(readArabicAt('0.75', 0)).toEqual({ value: 0.75, end: 4 });
    expect(readArabicAt('９．５', 0)).toEqual({ value: 9.5, end: 3 });
  });
  it('should not support a position without a digit', () => {
    expect(readArabicAt('约5', 0)).toBeUndefined();
  });
  it('should support whole-string ordinals', () => {
    expect(readArabic('12')).toBe(12);
    expect(readArabic('１２')).toBe(12);
    expect(readArabic('1a')).toBeNaN();
    expect(readArabic('')).toBeNaN();
  });
  it('should support circled ordinals', () => {
    expect(readCircled('③')).toBe(3);
    expect(readCircled('⑳')).toBe(20);
    expect(readCircled('3')).toBeNaN();
  });
});
