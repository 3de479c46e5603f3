// The cross-document section of the report: the compare() table (a row per metric, a column per
// document) with a small chart per metric of its values by document and year.
import {
  formatReportValue as formatComparisonValue,
  type ReportComparison as Comparison,
  type ReportRow as ComparisonRow,
  type ReportValue as ComparisonValue,
} from './comparison-data.js';
import type { Plan } from '../schema.js';
import type { ChartRenderer, ChartSeries } from './chart.js';
import { attrs, escapeHtml } from './html.js';
import { ids } from './ids.js';


/** Index of the plan's indicator a comparison value came from (to link to its highlight). */
function indicatorIndex(plan: Plan, v: ComparisonValue): number {
  return plan.indicators.findIndex((i) => i.position.start.line === v.line && i.metric === v.metric && i.text === v.text);
}

/** The chart's data: one series per document, values in the row's most common unit. Changes
 *  (提高1岁) are left out when levels exist, since they are not on the same scale. */
export function chartSeries(
  comparison: Comparison,
  row: ComparisonRow,
  plans: readonly Plan[],
): { series: ChartSeries[]; unit: string | null; omitted: number } {
  const all = row.cells.flatMap((cell, col) => (cell ? [...(cell.baseline ? [cell.baseline] : []), ...cell.targets].map((v) => ({ v, col })) : []));
  const numeric = all.filter(({ v }) => v.value !== null);
  const levels = numeric.filter(({ v }) => v.kind !== 'change');
  const usable = levels.length > 0 ? levels : numeric;
  const units = new Map<string | null, number>();
  for (const { v } of usable) units.set(v.unit, (units.get(v.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const series: ChartSeries[] = [];
  row.cells.forEach((_, col) => {
    const years = plans[col]?.meta.planYears ?? null;
    const points = usable
      .filter((u) => u.col === col && u.v.unit === unit)
      .map(({ v }) => {
        const value = v.value as number | [number, number];
        // A value without a year: a baseline is for the year before the plan, a target for its last year.
        const year = v.year ?? (years ? (v.kind === 'baseline' || v.kind === 'actual' ? years[0] - 1 : years[1]) : null);
        return year === null ? null : { year, value: Array.isArray(value) ? (value[0] + value[1]) / 2 : value, label: formatComparisonValue({ ...v, year: null }) };
      })
      .filter((p): p is NonNullable<typeof p> => p !== null)
      .sort((a, b) => a.year - b.year);
    if (points.length > 0) series.push({ name: comparison.columns[col]?.label ?? `#${col + 1}`, points });
  });
  const charted = series.reduce((n, s) => n + s.points.length, 0);
  return { series, unit, omitted: all.length - charted };
}

function renderCell(row: ComparisonRow, col: number, plans: readonly Plan[]): string {
  const cell = row.cells[col];
  if (!cell) return '<td class="none">—</td>';
  const plan = plans[col];
  const link = (v: ComparisonValue, prefix = '') => {
    const k = plan ? indicatorIndex(plan, v) : -1;
    const text = escapeHtml(prefix + formatComparisonValue(v));
    return k >= 0 ? `<a${attrs({ href: `#${ids.indicator(col, k)}`, title: v.text })}>${text}</a>` : `<span${attrs({ title: v.text })}>${text}</span>`;
  };
  const parts = cell.targets.map((v) => link(v));
  if (cell.baseline) parts.push(link(cell.baseline, 'baseline '));
  return `<td>${parts.join('<br>')}</td>`;
}

export function renderComparison(comparison: Comparison, plans: readonly Plan[], chart: ChartRenderer): string {
  if (comparison.rows.length === 0) return '<p class="empty">No indicators to compare.</p>';
  const head = `<tr><th scope="col">metric</th>${comparison.columns.map((c, col) => `<th scope="col"><a href="#${ids.doc(col)}">${escapeHtml(c.label)}</a></th>`).join('')}</tr>`;
  const body = comparison.rows
    .map(
      (row, m) =>
        `<tr><th scope="row"><a href="#${ids.metric(m)}">${escapeHtml(row.name)}</a>${row.metricId ? ` <span class="code">${escapeHtml(row.metricId)}</span>` : ''}</th>` +
        `${row.cells.map((_, col) => renderCell(row, col, plans)).join('')}</tr>`,
    )
    .join('');
  const figures = comparison.rows
    .map((row, m) => {
      const { series, unit, omitted } = chartSeries(comparison, row, plans);
      const svg = series.length > 0 ? chart({ series, unit }) : '<p class="empty">No numeric value to chart.</p>';
      const note = omitted > 0 && series.length > 0 ? `<p class="note">${omitted} value${omitted > 1 ? 's' : ''} not charted (lost, a change, or another unit): see the table.</p>` : '';
      return `<figure class="chart" id="${ids.metric(m)}"><figcaption>${escapeHtml(row.name)}${unit ? ` <span class="unit">(${escapeHtml(unit)})</span>` : ''}</figcaption>${svg}${note}</figure>`;
    })
    .join('');
  return `<div class="table-wrap"><table class="comparison"><caption>Indicators by document</caption><thead>${head}</thead><tbody>${body}</tbody></table></div><div class="charts">${figures}</div>`;
}
