// What a written date means on the calendar: `YYYY-MM-DD` for a day that exists (no 2月30日, no
// 13月), so that every reader of dates (the date stage's scan, the meta stage's signature and
// publish dates) accepts the same days.

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO date of year y, month m, day d; null when there is no such day. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (d > 28 && new Date(Date.UTC(y, m - 1, d)).getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}
