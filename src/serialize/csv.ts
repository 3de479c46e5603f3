// CSV output: one row per indicator, for spreadsheets. UTF-8 with a byte-order mark (so that
// Excel reads Chinese correctly), CRLF line ends and RFC 4180 quoting.
import type { Indicator, Plan } from '../schema.js';

export const CSV_BOM = '\ufeff';
export const CSV_HEADER = ['document', 'section', 'metric', 'value', 'unit', 'comparator', 'kind', 'year', 'text', 'line'] as const;

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

function csvValue(value: Indicator['value']): string {
  if (value === null) return '';
  return Array.isArray(value) ? `${value[0]}-${value[1]}` : String(value);
}

/** One CSV record with its CRLF. */
export const csvRow = (fields: Array<string | number | null | undefined>): string => `${fields.map(csvField).join(',')}\r\n`;

/** The rows of one document, without header. */
export function csvRows(plan: Plan): string {
  return plan.indicators
    .map((i) =>
      csvRow([
        plan.source.path ?? '-',
        (i.section ?? []).join(' > '),
        i.metric,
        csvValue(i.value),
        i.unit,
        i.comparator,
        i.kind,
        i.year,
        i.text,
        i.position.start.line,
      ]),
    )
    .join('');
}

/** A whole CSV file: BOM, one header, then the rows of every document in order. */
export function toCsv(plans: Plan[]): string {
  return CSV_BOM + csvRow([...CSV_HEADER]) + plans.map(csvRows).join('');
}
