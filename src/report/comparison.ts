// The cross-document section of the report: the compare() table (a row per canonical metric and
// unit class, a column per document; sticky header and first column), the population groups kept
// apart, the problems found while comparing, and a chart per metric that has two points or more.
import { formatAmount } from '../compare/format.js';
import type { Plan } from '../schema.js';
import type { ChartPoint, ChartRenderer, ChartSeries, ChartSpec } from './chart.js';
import { type ReportComparison as Comparison, type ReportRow as ComparisonRow, type ReportValue as ComparisonValue } from './comparison-data.js';
import { attrs, escapeHtml } from './html.js';
import { flagLabel, type Messages } from './i18n.js';
import { ids } from './ids.js';

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', '~': '约', range: '', max: '最高' };
/** Unit classes whose axis starts at zero (a level of 90 % is drawn against 0, not against 89). */
const FROM_ZERO = new Set(['rate', 'count', 'days', 'money']);

/** "≤7%", "Δ1–3个百分点", "?‰". */
export function valueText(v: Pick<ComparisonValue, 'value' | 'unit' | 'comparator' | 'kind'>): string {
  const lead = v.kind === 'change' ? 'Δ' : v.comparator ? COMPARATOR[v.comparator] ?? '' : '';
  return `${lead}${formatAmount(v)}`;
}

/** Index of the plan's indicator a comparison value came from (to link to its highlight). */
function indicatorIndex(plan: Plan, v: ComparisonValue): number {
  return plan.indicators.findIndex((i) => i.position.start.line === v.line && i.position.start.column === v.column && i.metric === v.metric && i.kind === v.kind);
}

/** A year for a value that has none: a baseline is for the year before the plan, a target for its last year. */
function yearOf(v: ComparisonValue, plan: Plan | undefined): number | null {
  const years = plan?.meta.planYears ?? null;
  return v.year ?? (years ? (v.kind === 'baseline' || v.kind === 'actual' ? years[0] - 1 : years[1]) : null);
}

const mostCommon = (items: Array<string | null>): string | null => {
  const count = new Map<string | null, number>();
  for (const u of items) count.set(u, (count.get(u) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

/** Documents with the very same points (the same plan filed twice, or equal targets) drawn
 *  once, named together: marks that would lie on top of each other anyway. */
function mergeSame(series: ChartSeries[], t: Messages): ChartSeries[] {
  const groups = new Map<string, { names: string[]; points: ChartPoint[] }>();
  for (const s of series) {
    const key = JSON.stringify(s.points);
    const group = groups.get(key);
    if (group) group.names.push(s.name);
    else groups.set(key, { names: [s.name], points: s.points });
  }
  return [...groups.values()].map(({ names, points }) => ({
    name: names.length <= 3 ? names.join('、') : `${names.slice(0, 3).join('、')} ${t.chartMore(names.length - 3)}`,
    points,
  }));
}

/** The chart of a row: its levels when it has two or more, else its changes when it has two or
 *  more, else none. One unit (the most common among unflagged values); flagged values in it are
 *  marked, the others counted as not charted. */
export function chartOf(comparison: Comparison, row: ComparisonRow, plans: readonly Plan[], t: Messages): { spec: ChartSpec | null; unit: string | null; omitted: number } {
  const all = row.cells.flatMap((cell, col) => (cell ? [...cell.targets, ...(cell.baseline ? [cell.baseline] : []), ...(cell.actual ? [cell.actual] : [])].map((v) => ({ v, col })) : []));
  const dated = all.filter(({ v, col }) => v.value !== null && yearOf(v, plans[col]) !== null);
  const build = (change: boolean) => {
    const usable = dated.filter(({ v }) => (v.kind === 'change') === change);
    const unit = mostCommon(usable.filter(({ v }) => v.flags.length === 0).map(({ v }) => v.unit)) ?? mostCommon(usable.map(({ v }) => v.unit));
    const series: ChartSeries[] = [];
    row.cells.forEach((_, col) => {
      const points: ChartPoint[] = usable
        .filter((u) => u.col === col && u.v.unit === unit)
        .map(({ v }) => {
          const value = v.value as number | [number, number];
          const label = `${t.kinds[v.kind]} ${valueText(v)}${v.year !== null ? ` (${v.year})` : ''}${v.flags.map((f) => ` ⚑${flagLabel(t, f)}`).join('')}`;
          return {
            year: yearOf(v, plans[col])!,
            value: Array.isArray(value) ? (value[0] + value[1]) / 2 : value,
            ...(Array.isArray(value) ? { range: value } : {}),
            title: label,
            flagged: v.flags.length > 0,
          };
        });
      if (points.length > 0) series.push({ name: comparison.columns[col]?.label ?? `#${col + 1}`, points });
    });
    const merged = mergeSame(series, t);
    // What the reader sees: marks after merging (twenty equal dots are one dot).
    const count = merged.reduce((n, s) => n + s.points.length, 0);
    const values = series.reduce((n, s) => n + s.points.length, 0);
    return { series: merged, unit, count, values };
  };
  const levels = build(false);
  const chosen = levels.count >= 2 ? { ...levels, change: false } : { ...build(true), change: true };
  if (chosen.count < 2) return { spec: null, unit: null, omitted: 0 };
  const spec: ChartSpec = {
    series: chosen.series,
    change: chosen.change,
    fromZero: FROM_ZERO.has(row.unitClass),
    label: `${row.name}${chosen.unit ? ` (${chosen.unit})` : ''}`,
  };
  return { spec, unit: chosen.unit, omitted: all.length - chosen.values };
}

function renderValue(v: ComparisonValue, plan: Plan | undefined, col: number, t: Messages, prefix = ''): string {
  const k = plan ? indicatorIndex(plan, v) : -1;
  const lost = v.damaged && !v.flags.includes('indicator/missing-value') ? ` <span class="lost">${escapeHtml(t.lost)}</span>` : '';
  const text = `${prefix}${escapeHtml(valueText(v))}${v.year !== null ? ` <span class="yr">(${v.year})</span>` : ''}${lost}`;
  const flags = v.flags.map((f) => ` <span${attrs({ class: 'flag', title: f })}>⚑${escapeHtml(flagLabel(t, f))}</span>`).join('');
  // The link leads to the text; the tooltip gives the line (the text itself would double the table).
  const title = t.line(v.line);
  const link = k >= 0 ? `<a${attrs({ href: `#${ids.indicator(col, k)}`, title })}>${text}</a>` : `<span${attrs({ title })}>${text}</span>`;
  return `${link}${flags}`;
}

function renderCell(row: ComparisonRow, col: number, plans: readonly Plan[], t: Messages): string {
  const cell = row.cells[col];
  if (!cell) return '<td></td>';
  const plan = plans[col];
  const parts = cell.targets.map((v) => renderValue(v, plan, col, t));
  if (cell.baseline) parts.push(renderValue(cell.baseline, plan, col, t, `${escapeHtml(t.kinds.baseline)} `));
  if (cell.actual) parts.push(renderValue(cell.actual, plan, col, t, `${escapeHtml(t.kinds.actual)} `));
  const flagged = [cell.baseline, cell.actual, ...cell.targets].some((v) => v && v.flags.length > 0);
  return `<td${attrs({ class: flagged ? 'flagged' : null })}>${parts.join('<br>')}</td>`;
}

/** A row's cells, a run of empty ones as one cell spanning them (most cells of a wide table are empty). */
function renderCells(row: ComparisonRow, plans: readonly Plan[], t: Messages): string {
  let html = '';
  let empty = 0;
  const flush = () => {
    if (empty > 0) html += empty === 1 ? '<td></td>' : `<td colspan="${empty}"></td>`;
    empty = 0;
  };
  row.cells.forEach((cell, col) => {
    if (!cell) empty++;
    else {
      flush();
      html += renderCell(row, col, plans, t);
    }
  });
  flush();
  return html;
}

function renderPopulations(comparison: Comparison, t: Messages): string {
  if (comparison.populations.length === 0) return '';
  const rows = comparison.populations
    .map((p) => `<tr><td><a href="#${ids.doc(p.document)}">${escapeHtml(comparison.columns[p.document]?.label ?? '')}</a></td><td>${escapeHtml(p.group)}</td><td class="num">${escapeHtml(valueText({ ...p, kind: 'target' }))}</td><td class="quote">${escapeHtml(p.text)} <span class="counts">${escapeHtml(t.line(p.line))}</span></td></tr>`)
    .join('');
  return `<details class="populations"><summary>${escapeHtml(t.populations)} (${comparison.populations.length})</summary><p class="legend">${escapeHtml(t.populationsNote)}</p><table><thead><tr><th scope="col">${escapeHtml(t.documents)}</th><th scope="col">${escapeHtml(t.group)}</th><th scope="col">${escapeHtml(t.age)}</th><th scope="col">${escapeHtml(t.columns.text)}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

function renderProblems(comparison: Comparison, t: Messages): string {
  if (comparison.diagnostics.length === 0) return '';
  const items = comparison.diagnostics.map((d) => `<li><span class="code">${escapeHtml(`${d.path ?? '-'}:${d.line}:${d.column}`)}</span> ${escapeHtml(t.severities[d.severity])} <span class="code">${escapeHtml(d.rule)}</span> ${escapeHtml(d.message)}</li>`).join('');
  return `<details class="problems"><summary>${escapeHtml(t.compareProblems)} (${comparison.diagnostics.length})</summary><ul>${items}</ul></details>`;
}

/** The chart's figure: its legend lists the documents drawn (the first ten, then how many more). */
function renderFigure(row: ComparisonRow, m: number, spec: ChartSpec, unit: string | null, omitted: number, chart: ChartRenderer, t: Messages): string {
  const shown = spec.series.slice(0, 10);
  const legend =
    shown.map((s, n) => `<li><span class="swatch" style="background:var(--c${n % 10})"></span>${escapeHtml(s.name)}</li>`).join('') +
    (spec.series.length > shown.length ? `<li>${escapeHtml(t.chartMore(spec.series.length - shown.length))}</li>` : '');
  const note = omitted > 0 ? `<p class="note">${escapeHtml(t.chartNotCharted(omitted))}</p>` : '';
  const kind = spec.change ? ` <span class="unit">${escapeHtml(t.chartChange)}</span>` : '';
  return `<figure class="chart" id="${ids.metric(m)}"><figcaption>${escapeHtml(row.name)}${unit ? ` <span class="unit">(${escapeHtml(unit)})</span>` : ''}${kind}</figcaption>${chart(spec)}<ul class="chart-legend">${legend}</ul>${note}</figure>`;
}

export function renderComparison(comparison: Comparison, plans: readonly Plan[], chart: ChartRenderer, t: Messages): string {
  if (comparison.rows.length === 0) return `<p class="empty">${escapeHtml(t.noComparison)}</p>${renderPopulations(comparison, t)}`;
  const charts = comparison.rows.map((row) => chartOf(comparison, row, plans, t));
  const head = `<tr><th scope="col">${escapeHtml(t.metric)}</th>${comparison.columns.map((c, col) => `<th scope="col"><a href="#${ids.doc(col)}">${escapeHtml(c.label)}</a></th>`).join('')}</tr>`;
  const body = comparison.rows
    .map((row, m) => {
      const name = charts[m]?.spec ? `<a href="#${ids.metric(m)}">${escapeHtml(row.name)}</a>` : escapeHtml(row.name);
      return `<tr><th scope="row">${name}${row.metricId ? ` <span class="code">${escapeHtml(row.metricId)}</span>` : ''}</th>${renderCells(row, plans, t)}</tr>`;
    })
    .join('');
  const figures = comparison.rows
    .map((row, m) => {
      const c = charts[m];
      return c?.spec ? renderFigure(row, m, c.spec, c.unit, c.omitted, chart, t) : '';
    })
    .join('');
  return (
    `<div class="table-wrap sticky" tabindex="0"><table class="comparison"><caption>${escapeHtml(t.comparisonCaption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>` +
    renderPopulations(comparison, t) +
    renderProblems(comparison, t) +
    `<div class="charts">${figures}</div>`
  );
}
