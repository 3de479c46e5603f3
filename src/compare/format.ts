// Renders a Comparison: markdown (a table for people), csv (a wide table for spreadsheets, UTF-8
// with BOM like the indicator CSV) and json (the Comparison itself, schemas/compare.schema.json).
import { CSV_BOM, csvRow } from '../serialize/csv.js';
import type { CompareFormat } from './formats.js';
import type { Comparison, ComparisonCell, ComparisonColumn, ComparisonValue, PopulationGroup } from './types.js';

export { COMPARE_FORMATS, type CompareFormat } from './formats.js';

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', '~': '约', range: '', max: '最高' };

const num = (n: number) => String(n);

/** "4‰", "1–3个百分点", "?/10万" for a lost number. */
export function formatAmount(v: Pick<ComparisonValue, 'value' | 'unit'>): string {
  const unit = v.unit ?? '';
  return v.value === null ? `?${unit}` : Array.isArray(v.value) ? `${num(v.value[0])}–${num(v.value[1])}${unit}` : `${num(v.value)}${unit}`;
}

/** A flag as shown after a value: the rule id without its family ("implausible-unit"). */
export const flagName = (rule: string) => rule.slice(rule.indexOf('/') + 1);

/** One value as a person reads it: "≤4‰ (2025)", "Δ1–3个百分点 (2024)", "≤?/10万 (2025, lost)",
 *  "≤7% (2020) ⚑implausible-unit". */
export function formatValue(v: Omit<ComparisonValue, 'path' | 'column' | 'flags'> & { flags?: readonly string[] }): string {
  const lead = v.kind === 'change' ? 'Δ' : v.comparator ? COMPARATOR[v.comparator] ?? '' : '';
  const flags = v.flags ?? [];
  const lost = v.damaged && !flags.includes('indicator/missing-value');
  const notes = [v.year !== null ? String(v.year) : '', lost ? 'lost' : ''].filter((n) => n !== '');
  const marks = flags.map((f) => ` ⚑${flagName(f)}`).join('');
  return `${lead}${formatAmount(v)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}${marks}`;
}

/** A cell as text: its targets, then "baseline …" and "actual …" when the document gives them. */
export function formatCell(cell: ComparisonCell | null): string {
  if (!cell) return '';
  const parts = cell.targets.map(formatValue);
  if (cell.baseline) parts.push(`baseline ${formatValue(cell.baseline)}`);
  if (cell.actual) parts.push(`actual ${formatValue(cell.actual)}`);
  return parts.join('; ');
}

/** "妇女 35–64岁", "重点人群 ≥65岁". */
export function formatPopulation(p: PopulationGroup): string {
  const lead = p.comparator ? COMPARATOR[p.comparator] ?? '' : '';
  return `${p.group} ${lead}${formatAmount(p)}`;
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
  const groups = c.populations.map((p) => `- ${mdEscape(c.columns[p.document]?.label ?? '')}: ${mdEscape(formatPopulation(p))} (${p.path ?? '-'}:${p.line})`);
  const problems = c.diagnostics.map((d) => `- ${d.path ?? '-'}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${mdEscape(d.message)}`);
  const section = (title: string, items: string[]) => (items.length > 0 ? `\n${title}:\n${items.join('\n')}\n` : '');
  return `${lines.join('\n')}\n${section('Population groups (ages that say whom a target is for, not metrics)', groups)}${section('Diagnostics', problems)}${section('Documents', paths)}`;
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
