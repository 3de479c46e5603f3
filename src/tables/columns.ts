// What every tidy table is made of: typed columns and flat rows. The writers (CSV, NDJSON,
// Parquet, SQLite) read the column types from here, so a column is a number in every format or
// text in every format, never one in some and the other elsewhere.

/** A column's type. `integer` and `number` are numeric in every format; `boolean` is
 *  true/false (0/1 in SQLite); `string` is text. Every column may be null. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** One line for the README and for SQL comments. */
  description: string;
}

export type Cell = string | number | boolean | null;

/** One row: a value (or null) for every column of its table, in the table's column order. */
export type Row = Record<string, Cell>;

export interface Table {
  name: TableName;
  columns: readonly Column[];
  /** Columns that identify a row (the SQLite primary key). */
  key: readonly string[];
}

export const TABLE_NAMES = ['documents', 'sections', 'indicators', 'dates', 'diagnostics'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The rows of every table for one or more documents. */
export type TableRows = Record<TableName, Row[]>;

export const emptyTableRows = (): TableRows => ({ documents: [], sections: [], indicators: [], dates: [], diagnostics: [] });

/** Shorthand for column lists. */
export const col = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });

/** The columns that every table but `documents` starts with: which document, which row of it. */
export const DOCUMENT_ROW_COLUMNS: readonly Column[] = [
  col('document', 'string', 'documents.id of the document the row belongs to'),
  col('seq', 'integer', 'position of the row within its document, from 1, in document order'),
];
