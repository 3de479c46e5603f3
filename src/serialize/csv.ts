// CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads Chinese correctly),
// CRLF line ends and RFC 4180 quoting. Tidy tables (src/tables) are written with numeric columns
// as plain numbers and no text cell that a spreadsheet would run as a formula (OWASP "CSV
// injection": a leading = + - @ tab or carriage return gets a ' in front). `--format csv` is the
// indicators table, one row per indicator.
import type { Plan } from '../schema.js';
import { indicatorRows, indicatorsTable } from '../tables/indicators.js';
import { numberSections } from '../tables/sections.js';
import { joinChunks, textChunks } from './chunks.js';
import { documentId, type Cell, type Column, type Row, type Table } from '../tables/index.js';

export const CSV_BOM = '\ufeff';

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** One CSV record with its CRLF. */
export const csvRow = (fields: Array<string | number | null | undefined>): string => `${fields.map(csvField).join(',')}\r\n`;

// A lone "-" (standard input's document id, "none") is text to every spreadsheet.
const FORMULA_START = /^(?:[=+@\t\r]|-.)/su;

/** One table cell as CSV text (before quoting). */
export function csvCell(value: Cell, column: Column): string {
  if (value === null) return '';
  if (column.type === 'string') {
    const s = String(value);
    return FORMULA_START.test(s) ? `'${s}` : s;
  }
  return String(value);
}

/** A table's header record. */
export const csvHeader = (table: Table): string => csvRow(table.columns.map((c) => c.name));

/** A table's rows as CSV records, one by one. */
export function* csvRecordList(table: Table, rows: readonly Row[]): Generator<string> {
  for (const row of rows) yield csvRow(table.columns.map((c) => csvCell(row[c.name] ?? null, c)));
}

/** A table's rows as CSV records. */
export const csvRecords = (table: Table, rows: readonly Row[]): string => joinChunks(csvRecordList(table, rows));

/** The header of `--format csv`: the columns of the indicators table. */
export const CSV_HEADER = csvHeader(indicatorsTable);

/** The indicator rows of one document, without header, in chunks. */
export function csvRowChunks(plan: Plan): Generator<string> {
  return textChunks(csvRecordList(indicatorsTable, indicatorRows(documentId(plan.source.path), plan, numberSections(plan))));
}

/** A whole CSV file: BOM, one header, then the rows of every document in order. */
export function toCsv(plans: Plan[]): string {
  return CSV_BOM + CSV_HEADER + plans.map((plan) => joinChunks(csvRowChunks(plan))).join('');
}
