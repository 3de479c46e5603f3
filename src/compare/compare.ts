// compare(plans): the cross-document table analysts ask for — a row per canonical metric (and unit
// class, see rows.ts), a column per document, each cell the document's targets for that metric plus
// its baseline and its measured (actual) level, every value linking back to its document, line and
// text and carrying the problems found with it (flags). Ages that name a population are listed
// apart; problems found while comparing are diagnostics, once per problem and place.
import { basename } from 'node:path';
import { defaultGrammars } from '../grammar/grammars.js';
import type { MetricGrammar } from '../grammar/metrics.js';
import type { Indicator, Plan } from '../schema.js';
import { RowPlacer } from './rows.js';
import {
  COMPARISON_VERSION,
  type Comparison,
  type ComparisonCell,
  type ComparisonColumn,
  type ComparisonDiagnostic,
  type ComparisonRow,
  type ComparisonValue,
  type FailedDocument,
  type PopulationGroup,
} from './types.js';

export * from './types.js';

export interface CompareOptions {
  /**
   * The metric grammar (e.g. `(await loadGrammars(file)).metrics`). When given, every indicator is
   * matched again with it, so metrics added by a user grammar get their rows even in plans that
   * carry the shipped grammar's metricId. Without it, plans' metricId is trusted (the shipped grammar).
   */
  metrics?: MetricGrammar;
  /** The same as `metrics` (its former name). */
  grammar?: MetricGrammar;
  /** Keep only the rows of grammar metrics. */
  matchedOnly?: boolean;
}

const isFailed = (d: Plan | FailedDocument): d is FailedDocument => 'error' in d && !('type' in d);

/** "2020", "2021–2025", or null. */
export function formatYears(years: [number, number] | null): string | null {
  if (!years) return null;
  return years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
}

function fileLabel(path: string | null): string {
  return path === null ? '-' : basename(path);
}

/** The column label of a document: region + plan years + kind, or its file name. */
export function documentLabel(plan: Plan): string {
  const parts = [plan.meta.region, formatYears(plan.meta.planYears), plan.meta.kind].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' ') : fileLabel(plan.source.path);
}

function toValue(i: Indicator, path: string | null): ComparisonValue {
  return {
    value: i.value,
    unit: i.unit,
    comparator: i.comparator,
    kind: i.kind,
    year: i.year,
    metric: i.metric,
    path,
    line: i.position.start.line,
    column: i.position.start.column,
    text: i.text,
    damaged: i.damaged === true || (i.value === null && i.unit !== null),
    flags: i.flags ?? [],
  };
}

/** The later of two levels of one kind, one with a number preferred. */
function later(a: ComparisonValue | null, b: ComparisonValue): ComparisonValue {
  if (!a) return b;
  const known = (v: ComparisonValue) => (v.value === null ? 0 : 1);
  if (known(b) !== known(a)) return known(b) > known(a) ? b : a;
  return (b.year ?? -Infinity) >= (a.year ?? -Infinity) ? b : a;
}

/** Columns made unique: a repeated label gets its file name. */
function uniqueLabels(columns: ComparisonColumn[]): void {
  const count = new Map<string, number>();
  for (const c of columns) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  for (const c of columns) if ((count.get(c.label) ?? 0) > 1 && c.path !== null) c.label = `${c.label} (${fileLabel(c.path)})`;
}

function columnOf(d: Plan | FailedDocument): ComparisonColumn {
  if (isFailed(d)) return { label: fileLabel(d.path), path: d.path, title: null, region: null, planYears: null, kind: null, error: d.error };
  return { label: documentLabel(d), path: d.source.path, title: d.meta.title, region: d.meta.region, planYears: d.meta.planYears, kind: d.meta.kind };
}

const CLASS_NAMES: Record<string, string> = { rate: 'a rate', count: 'a count', age: 'an age', days: 'a number of days', money: 'an amount of money' };
const className = (cls: string) => CLASS_NAMES[cls] ?? (cls.startsWith('measure:') ? `a measure in ${cls.slice(8)}` : cls);

/** The comparison table of `documents` (plans, and failed inputs shown as failed columns), in input order. */
export function compare(documents: ReadonlyArray<Plan | FailedDocument>, options: CompareOptions = {}): Comparison {
  const given = options.metrics ?? options.grammar;
  const grammar = given ?? defaultGrammars().metrics;
  const columns = documents.map(columnOf);
  uniqueLabels(columns);

  // Plans carry the shipped grammar's metricId; a given grammar matches every indicator again.
  const placer = new RowPlacer(grammar, given !== undefined);
  const rows = new Map<string, ComparisonRow>();
  const populations: PopulationGroup[] = [];
  const diagnostics = new Map<string, ComparisonDiagnostic>();
  documents.forEach((d, col) => {
    if (isFailed(d)) return;
    for (const i of d.indicators) {
      const v = toValue(i, d.source.path);
      const place = placer.place(i);
      if (place.to === 'population') {
        const { path, line, column, text } = v;
        populations.push({ document: col, group: i.metric, value: i.value, unit: i.unit, comparator: i.comparator, path, line, column, text });
        continue;
      }
      let row = rows.get(place.key);
      if (!row) rows.set(place.key, (row = { key: place.key, metricId: place.metricId, name: place.name, unitClass: place.unitClass, cells: documents.map(() => null) }));
      if (row.unitClass === 'none') row.unitClass = place.unitClass;
      if (place.mismatch) {
        const { path, line, column, text } = v;
        const where = `${path ?? '-'}:${line}:${column}`;
        diagnostics.set(`compare/unit-mismatch ${where}`, {
          rule: 'compare/unit-mismatch',
          severity: 'warning',
          message: `${i.metric} in ${i.unit} is not ${className(place.mismatch.expected)} like the row ${place.mismatch.rowName}: shown in a row of its own`,
          path,
          line,
          column,
          text,
        });
      }
      const cell: ComparisonCell = (row.cells[col] ??= { targets: [], baseline: null, actual: null });
      if (i.kind === 'target' || i.kind === 'change') cell.targets.push(v);
      else if (i.kind === 'baseline') cell.baseline = later(cell.baseline, v);
      else cell.actual = later(cell.actual, v);
    }
  });

  // Grammar metrics first, in grammar order (health status, resources, services, environment),
  // each followed by its rows of other unit classes; then the others in order of first appearance.
  const order = new Map(grammar.metrics.map((m, n) => [m.id, n]));
  const all = [...rows.values()];
  const rank = (r: ComparisonRow) => order.get(r.metricId ?? '') ?? 0;
  const apart = (r: ComparisonRow) => (r.key.includes('@') ? 1 : 0);
  const matched = all.filter((r) => r.metricId !== null).sort((a, b) => rank(a) - rank(b) || apart(a) - apart(b));
  const unmatched = options.matchedOnly ? [] : all.filter((r) => r.metricId === null);
  return { version: COMPARISON_VERSION, columns, rows: [...matched, ...unmatched], populations, diagnostics: [...diagnostics.values()] };
}
