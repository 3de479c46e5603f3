// A plan tree as tidy tables: one row per document, section, indicator, date and diagnostic,
// the same columns in every format. Every writer (CSV, NDJSON, Parquet, SQLite) uses this.
import { relative, resolve, sep } from 'node:path';
import type { Plan } from '../schema.js';
import type { Table, TableName, TableRows } from './columns.js';
import { dateRows, datesTable } from './dates.js';
import { diagnosticRows, diagnosticsTable } from './diagnostics.js';
import { documentRow, documentsTable } from './documents.js';
import { indicatorRows, indicatorsTable } from './indicators.js';
import { numberSections, sectionRows, sectionsTable } from './sections.js';

export * from './columns.js';
export { COMPARATOR_WORDS, FLAG_SEPARATOR } from './indicators.js';

/** The tables in the order they are written (documents first: the others refer to it). */
export const TABLES: Record<TableName, Table> = {
  documents: documentsTable,
  sections: sectionsTable,
  indicators: indicatorsTable,
  dates: datesTable,
  diagnostics: diagnosticsTable,
};

/** A document's id: its path relative to `cwd` with forward slashes ("seeds/a.txt" and
 *  "./seeds/a.txt" are one document); "-" for standard input. */
export function documentId(path: string | null, cwd = process.cwd()): string {
  if (path === null || path === '-') return '-';
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

export interface TablesOptions {
  /** The document's id (documentId of its path when not given). */
  id?: string;
  /** The plan-extract version recorded in documents.extractorVersion. */
  extractorVersion: string;
}

/** One plan as rows of every table. */
export function planTables(plan: Plan, options: TablesOptions): TableRows {
  const id = options.id ?? documentId(plan.source.path);
  const sections = numberSections(plan);
  return {
    documents: [documentRow(plan, id, options.extractorVersion)],
    sections: sectionRows(id, sections),
    indicators: indicatorRows(id, plan, sections),
    dates: dateRows(id, plan),
    diagnostics: diagnosticRows(id, plan),
  };
}
