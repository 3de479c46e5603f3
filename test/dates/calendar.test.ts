import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/calendar.js';

describe('dates: calendar', () => {
  it('should support the days of each month, 29 February of a leap year included', () => {
    expect(isoDate(2025, 3, 8)).toBe('2025-03-08');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 12, 31)).toBe('2025-12-31');
  });

  it('should not support days that do not exist, nor numbers that are not whole', () => {
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2025, 4, 31)).toBeNull();
    expect(isoDate(2025, 13, 1)).toBeNull();
    expect(isoDate(2025, 0, 1)).toBeNull();
    expect(isoDate(2025, 1, 0)).toBeNull();
    expect(isoDate(Number.NaN, 1, 1)).toBeNull();
  });
});
