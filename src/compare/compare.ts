// compare(plans): the cross-document table analysts ask for — a row per metric, a column per
// document, each cell the document's target value(s) for that metric plus its baseline.
// Metrics are identified by the metric stage (grammars/metrics.yaml); a metric the grammar does
// not know still gets a row under its own (normalised) name.
import { basename } from 'node:path';
import { defaultGrammars } from '../grammar/grammars.js';
import type { MetricGrammar } from '../grammar/metrics.js';
import { matchMetric, normalizeMetric } from '../metrics/match.js';
import type { Indicator, Plan } from '../schema.js';

/** An input that could not be turned into a plan: shown as a failed column. */
export interface FailedDocument {
  path: string | null;
  error: string;
}

export interface ComparisonColumn {
  /** region + plan years + kind: "贵阳市 2020 工作要点", "辽源市 2021–2025 五年规划". */
  label: string;
  path: string | null;
  title: string | null;
  region: string | null;
  planYears: [number, number] | null;
  kind: string | null;
  /** Set when the document failed; its cells are all null. */
  error?: string;
}

/** One indicator as a comparison shows it. */
export interface ComparisonValue {
  value: Indicator['value'];
  unit: string | null;
  comparator: Indicator['comparator'];
  kind: Indicator['kind'];
  year: number | null;
  /** The metric as the document writes it. */
  metric: string;
  /** The indicator's source text and line, to go back to the document. */
  text: string;
  line: number;
  /** The number was lost in the source (由‰下降到‰). */
  damaged: boolean;
}

export interface ComparisonCell {
  /** Targets and changes the document sets for the metric, in document order. */
  targets: ComparisonValue[];
  /** The latest baseline or actual value the document gives (one with a number preferred), or null. */
  baseline: ComparisonValue | null;
}

export interface ComparisonRow {
  /** metricId for grammar metrics, "metric:<normalised name>" for the others. */
  key: string;
  metricId: string | null;
  /** Canonical name, or the name as first written for unmatched metrics. */
  name: string;
  /** One per column, in column order; null where the document says nothing about the metric. */
  cells: Array<ComparisonCell | null>;
}

export interface Comparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

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

function toValue(i: Indicator): ComparisonValue {
  return {
    value: i.value,
    unit: i.unit,
    comparator: i.comparator,
    kind: i.kind,
    year: i.year,
    metric: i.metric,
    text: i.text,
    line: i.position.start.line,
    damaged: i.damaged === true || (i.value === null && i.unit !== null),
  };
}

function laterBaseline(a: ComparisonValue | null, b: ComparisonValue): ComparisonValue {
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

/** The comparison table of `documents` (plans, and failed inputs shown as failed columns), in input order. */
export function compare(documents: ReadonlyArray<Plan | FailedDocument>, options: CompareOptions = {}): Comparison {
  const given = options.metrics ?? options.grammar;
  const grammar = given ?? defaultGrammars().metrics;
  const columns: ComparisonColumn[] = documents.map((d) =>
    isFailed(d)
      ? { label: fileLabel(d.path), path: d.path, title: null, region: null, planYears: null, kind: null, error: d.error }
      : {
          label: documentLabel(d),
          path: d.source.path,
          title: d.meta.title,
          region: d.meta.region,
          planYears: d.meta.planYears,
          kind: d.meta.kind,
        },
  );
  uniqueLabels(columns);

  const rows = new Map<string, ComparisonRow>();
  const rowOf = (i: Indicator): ComparisonRow => {
    // Plans made by this version carry metricId; older JSON, and every plan when a grammar is given, are matched here.
    const id = i.metricId !== undefined && !given ? i.metricId : (matchMetric(i.metric, grammar)?.id ?? null);
    const def = id !== null ? grammar.byId.get(id) : undefined;
    const key = id !== null ? id : `metric:${normalizeMetric(i.metric, grammar)}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, metricId: id, name: def?.name ?? i.metric, cells: documents.map(() => null) };
      rows.set(key, row);
    }
    return row;
  };
  documents.forEach((d, col) => {
    if (isFailed(d)) return;
    for (const i of d.indicators) {
      const row = rowOf(i);
      const cell = (row.cells[col] ??= { targets: [], baseline: null });
      const v = toValue(i);
      if (i.kind === 'target' || i.kind === 'change') cell.targets.push(v);
      else cell.baseline = laterBaseline(cell.baseline, v);
    }
  });

  // Grammar metrics first, in grammar order (health status, resources, services, environment),
  // then the others in order of first appearance.
  const order = new Map(grammar.metrics.map((m, n) => [m.id, n]));
  const all = [...rows.values()];
  const matched = all.filter((r) => r.metricId !== null).sort((a, b) => (order.get(a.metricId ?? '') ?? 0) - (order.get(b.metricId ?? '') ?? 0));
  const unmatched = options.matchedOnly ? [] : all.filter((r) => r.metricId === null);
  return { columns, rows: [...matched, ...unmatched] };
}
