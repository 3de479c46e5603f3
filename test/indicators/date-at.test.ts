// A sentence's dates looked up by where one starts or ends (src/indicators/date-at.ts): the first in the list's order, as a scan
// finds it, for short lists (scanned) and long ones (indexed by position), and again after the list grew.
import { describe, expect, it } from 'vitest';
import type { DateHit } from '../../src/dates/scan.js';
import { dateEndingAt, dateStartingAt } from '../../src/indicators/date-at.js';

const hit = (start: number, end: number, year: number | null = 2025): DateHit => ({ kind: 'year', start, end, value: String(year), year, from: year });

describe('dateStartingAt / dateEndingAt', () => {
  for (const size of [3, 40]) {
    const dates = Array.from({ length: size }, (_, k) => hit(10 * k, 10 * k + 5));
    dates.push(hit(0, 7, null));
    it(`should support the first date in list order at a position (${size} dates)`, () => {
      expect(dateStartingAt(dates, 10)).toBe(dates[1]);
      expect(dateEndingAt(dates, 15)).toBe(dates[1]);
      expect(dateStartingAt(dates, 0)).toBe(dates[0]);
      expect(dateStartingAt(dates, 0, (d) => d.year === null)).toBe(dates[size]);
    });
    it(`should not support a position where no date starts or ends, or a test no date there passes (${size} dates)`, () => {
      expect(dateStartingAt(dates, 11)).toBeUndefined();
      expect(dateEndingAt(dates, 10)).toBeUndefined();
      expect(dateEndingAt(dates, 15, (d) => d.year === null)).toBeUndefined();
    });
  }
  it('should support a date added to a long list after it was searched', () => {
    const dates = Array.from({ length: 20 }, (_, k) => hit(10 * k, 10 * k + 5));
    expect(dateEndingAt(dates, 1003)).toBeUndefined();
    dates.push(hit(1000, 1003));
    expect(dateEndingAt(dates, 1003)).toBe(dates[20]);
  });
});
