// The data of the report's comparison section, from one function (comparisonOf). The types are
// the subset of compare()'s Comparison (src/compare/) that the report reads, so compare()'s
// result can be returned here as is.
import type { Indicator, Plan } from '../schema.js';
import { documentLabel } from './format.js';

export interface ReportValue {
  value: Indicator['value'];
  unit: string | null;
  comparator: Indicator['comparator'];
  kind: Indicator['kind'];
  year: number | null;
  metric: string;
  text: string;
  line: number;
  damaged: boolean;
}

export interface ReportCell {
  targets: ReportValue[];
  baseline: ReportValue | null;
}

export interface ReportRow {
  key: string;
  metricId: string | null;
  name: string;
  cells: Array<ReportCell | null>;
}

export interface ReportComparison {
  columns: Array<{ label: string }>;
  rows: ReportRow[];
}

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', '~': '约', range: '', max: '最高' };

/** "≤4‰ (2025)", "Δ1–3个百分点 (2024)", "?‰ (2020, lost)". */
export function formatReportValue(v: ReportValue): string {
  const unit = v.unit ?? '';
  const amount = v.value === null ? `?${unit}` : Array.isArray(v.value) ? `${v.value[0]}–${v.value[1]}${unit}` : `${v.value}${unit}`;
  const lead = v.kind === 'change' ? 'Δ' : v.comparator ? (COMPARATOR[v.comparator] ?? '') : '';
  const notes = [v.year !== null ? String(v.year) : '', v.damaged ? 'lost' : ''].filter((n) => n !== '');
  return `${lead}${amount}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** Until compare() is in the library: rows by metric name as written, no metric ids. */
function byMetricName(plans: readonly Plan[]): ReportComparison {
  const rows = new Map<string, ReportRow>();
  plans.forEach((plan, col) => {
    for (const i of plan.indicators) {
      let row = rows.get(i.metric);
      if (!row) rows.set(i.metric, (row = { key: `metric:${i.metric}`, metricId: null, name: i.metric, cells: plans.map(() => null) }));
      const cell = (row.cells[col] ??= { targets: [], baseline: null });
      const v: ReportValue = {
        value: i.value,
        unit: i.unit,
        comparator: i.comparator,
        kind: i.kind,
        year: i.year,
        metric: i.metric,
        text: i.text,
        line: i.position.start.line,
        damaged: i.damaged === true,
      };
      if (i.kind === 'target' || i.kind === 'change') cell.targets.push(v);
      else cell.baseline = v;
    }
  });
  return { columns: plans.map((p, n) => ({ label: documentLabel(p, p.source.path ?? `#${n + 1}`) })), rows: [...rows.values()] };
}

/** The one place the report gets its comparison data from. */
export function comparisonOf(plans: readonly Plan[]): ReportComparison {
  return byMetricName(plans);
}
