import { describe, expect, it } from 'vitest';
import { digitRun, narrowNumerals, readArabic, readArabicAt, readCircled } from '../../src/numbers/index.js';

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
  it('should support decimals read to the same double as their decimal string', () => {
    for (const written of ['0.1', '0.3', '2.675', '1.005', '7.0', '00012.50', '123456789012345', '12345678901234.5', '9.99999999999999']) {
      expect(readArabicAt(written, 0), written).toEqual({ value: Number(written), end: written.length });
    }
    expect(readArabicAt('１２．３４５％', 0)).toEqual({ value: 12.345, end: 6 });
    expect(readArabicAt('1,234,567.25元', 0)).toEqual({ value: 1234567.25, end: 12 });
  });
  it('should support more digits than a double holds by reading their decimal string', () => {
    expect(readArabicAt('1234567890.1234567890', 0)).toEqual({ value: 1234567890.123456789, end: 21 });
    // At most 15 digits before the point: the rest of the run is left unread.
    expect(readArabicAt('12345678901234567', 0)).toEqual({ value: 123456789012345, end: 15 });
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

describe('narrowNumerals', () => {
  it('should support full-width digits, percent signs and slashes, one code unit for one', () => {
    const wide = '到２０２５年达到５０％，控制在１０／１０万以下';
    const narrow = narrowNumerals(wide);
    expect(narrow).toBe('到2025年达到50%，控制在10/10万以下');
    expect(narrow.length).toBe(wide.length);
  });
  it('should not support other full-width forms (Chinese punctuation and markers stay as written)', () => {
    expect(narrowNumerals('（一）加强领导：１．建立机制；')).toBe('（一）加强领导：1．建立机制；');
  });
  it('should return a text without full-width numerals itself', () => {
    const text = '到2025年，婴儿死亡率下降到4‰以下';
    expect(narrowNumerals(text)).toBe(text);
  });
});
