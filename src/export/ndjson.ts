// A tidy table as NDJSON: one JSON object per row and line, every column present (null when
// missing), in the table's column order.
import type { Row, Table } from '../tables/index.js';

export const ndjsonRecords = (table: Table, rows: readonly Row[]): string =>
  rows.map((row) => `${JSON.stringify(Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])))}\n`).join('');
