// A tidy table as CSV that spreadsheets read as data: UTF-8 with a byte-order mark, RFC 4180
// quoting, numeric columns as plain numbers, and no text cell that a spreadsheet would run as a
// formula (OWASP "CSV injection": a leading = + - @ tab or carriage return gets a ' in front).
import { CSV_BOM, csvRow } from '../serialize/csv.js';
import type { Cell, Column, Row, Table } from '../tables/index.js';

export { CSV_BOM };

const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell as CSV text (before quoting). */
export function csvCell(value: Cell, column: Column): string {
  if (value === null) return '';
  if (column.type === 'string') {
    const s = String(value);
    return FORMULA_START.test(s) ? `'${s}` : s;
  }
  return String(value);
}

export const csvHeader = (table: Table): string => csvRow(table.columns.map((c) => c.name));

export const csvRecords = (table: Table, rows: readonly Row[]): string =>
  rows.map((row) => csvRow(table.columns.map((c) => csvCell(row[c.name] ?? null, c)))).join('');
