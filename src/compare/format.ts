// Renders a Comparison: markdown (a table for people), csv (a wide table for spreadsheets, UTF-8
// with BOM like the indicator CSV) and json (the Comparison itself).
import { CSV_BOM, csvRow } from '../serialize/csv.js';
import type { Comparison, ComparisonCell, ComparisonColumn, ComparisonValue } from './compare.js';

export const COMPARE_FORMATS = ['markdown', 'csv', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', '~': '约', range: '', max: '最高' };

const num = (n: number) => String(n);

/** One value as a person reads it: "≤4‰ (2025)", "Δ1–3个百分点 (2024)", "≤?/10万 (2025, lost)". */
export function formatValue(v: ComparisonValue): string {
  const unit = v.unit ?? '';
  const amount = v.value === null ? `?${unit}` : Array.isArray(v.value) ? `${num(v.value[0])}–${num(v.value[1])}${unit}` : `${num(v.value)}${unit}`;
  const lead = v.kind === 'change' ? 'Δ' : v.comparator ? COMPARATOR[v.comparator] ?? '' : '';
  const notes = [v.year !== null ? String(v.year) : '', v.damaged ? 'lost' : ''].filter((n) => n !== '');
  return `${lead}${amount}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** A cell as text: its targets, then "baseline …" when the document gives one. */
export function formatCell(cell: ComparisonCell | null): string {
  if (!cell) return '';
  const parts = cell.targets.map(formatValue);
  if (cell.baseline) parts.push(`baseline ${formatValue(cell.baseline)}`);
  return parts.join('; ');
}

/** A column's header: its label, marked when the document failed (with the reason if `why`). */
export function columnHeader(c: ComparisonColumn, why = false): string {
  return c.error === undefined ? c.label : why ? `${c.label} (failed: ${c.error})` : `${c.label} (failed)`;
}

const mdEscape = (s: string) => s.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

export function comparisonToMarkdown(c: Comparison): string {
  const header = ['metric', 'metricId', ...c.columns.map((col) => columnHeader(col))];
  const lines = [
    `| ${header.map(mdEscape).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...c.rows.map((r) => `| ${[r.name, r.metricId ?? '', ...r.cells.map(formatCell)].map(mdEscape).join(' | ')} |`),
  ];
  const paths = c.columns.filter((col) => col.path !== null).map((col) => `- ${mdEscape(col.label)}: ${col.path}${col.error !== undefined ? ` — failed: ${mdEscape(col.error)}` : ''}`);
  return `${lines.join('\n')}\n${paths.length > 0 ? `\nDocuments:\n${paths.join('\n')}\n` : ''}`;
}

/** Wide CSV: metricId, metric, then one column per document (header = its label). */
export function comparisonToCsv(c: Comparison): string {
  return (
    CSV_BOM +
    csvRow(['metricId', 'metric', ...c.columns.map((col) => columnHeader(col, true))]) +
    c.rows.map((r) => csvRow([r.metricId, r.name, ...r.cells.map(formatCell)])).join('')
  );
}

export function comparisonToJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

export function formatComparison(c: Comparison, format: CompareFormat): string {
  return format === 'markdown' ? comparisonToMarkdown(c) : format === 'csv' ? comparisonToCsv(c) : comparisonToJson(c);
}
