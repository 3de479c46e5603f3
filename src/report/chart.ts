// Small per-metric charts as inline SVG, drawn here (no chart library): a dot/line chart on a real
// time axis (years spaced by their value, so 2020 and 2025 are five years apart), a value axis
// from zero for rates and counts, ranges drawn as whiskers, changes (Δ1–3个百分点) drawn as arrows
// from zero rather than as levels, and flagged values ringed in red.
import { escapeHtml } from './html.js';

export interface ChartPoint {
  year: number;
  /** The value plotted (the middle of a range). */
  value: number;
  /** A range's ends, drawn as a whisker. */
  range?: [number, number];
  /** Tooltip after the series' name: kind, value, year, flags. */
  title: string;
  /** The value carries a flag (a problem found with it). */
  flagged: boolean;
}

/** One document's values of the metric. */
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

export interface ChartSpec {
  series: ChartSeries[];
  /** Changes: drawn as arrows from zero. Levels otherwise. */
  change: boolean;
  /** Start the value axis at zero (rates, counts, changes). */
  fromZero: boolean;
  /** Accessible name of the chart. */
  label: string;
  width?: number;
  height?: number;
}

export type ChartRenderer = (spec: ChartSpec) => string;

/** System fonts with CJK coverage on Windows, macOS and Linux. */
export const FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Colour-blind-safe palette (Okabe–Ito, then Tableau), cycled by series. */
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f', '#bcbd22', '#17becf', '#8c564b'];

const MARGIN = { left: 44, right: 14, top: 12, bottom: 24 };

/** A round step near span/target: 1, 2, 2.5 or 5 × 10^n. */
export function niceStep(span: number, target = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** Ticks covering [lo, hi] at a nice step, and the covered domain. */
export function ticks(lo: number, hi: number, target = 4): { values: number[]; domain: [number, number] } {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return ticks(lo - pad, hi + pad, target);
  }
  const step = niceStep(hi - lo, target);
  const from = Math.floor(lo / step + 1e-9) * step;
  const to = Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  for (let v = from; v <= to + step / 2; v += step) values.push(Number(v.toPrecision(12)));
  return { values, domain: [from, to] };
}

/** Year ticks: every year, or every 2nd/5th/10th when the span is long. */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out;
}

const fmt = (n: number) => String(Number(n.toPrecision(6)));
const r1 = (n: number) => Math.round(n * 10) / 10;

export function renderChart(spec: ChartSpec): string {
  const width = spec.width ?? 380;
  const height = spec.height ?? 200;
  const points = spec.series.flatMap((s) => s.points);
  const years = points.map((p) => p.year);
  // A year of room on each side, so a dot is never on the frame.
  const x0 = Math.min(...years) - 0.5;
  const x1 = Math.max(...years) + 0.5;
  const values = points.flatMap((p) => (p.range ? [...p.range, p.value] : [p.value]));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (spec.fromZero || spec.change) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const { values: yTicks, domain } = ticks(lo, hi);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (year: number) => r1(MARGIN.left + ((year - x0) / (x1 - x0)) * plotW);
  const y = (value: number) => r1(MARGIN.top + (1 - (value - domain[0]) / (domain[1] - domain[0] || 1)) * plotH);
  const bottom = MARGIN.top + plotH;

  let svg = `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(spec.label)}" class="chart-svg">`;
  // Grid and value axis.
  for (const v of yTicks) svg += `<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y(v)}" y2="${y(v)}"/><text class="ytick" x="${MARGIN.left - 4}" y="${y(v) + 3}">${fmt(v)}</text>`;
  if (domain[0] < 0 && domain[1] > 0) svg += `<line class="zero" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y(0)}" y2="${y(0)}"/>`;
  // Time axis: years at their value.
  svg += `<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${bottom}" y2="${bottom}"/>`;
  for (const year of yearTicks(Math.ceil(x0), Math.floor(x1))) svg += `<line class="axis" x1="${x(year)}" x2="${x(year)}" y1="${bottom}" y2="${bottom + 3}"/><text class="xtick" x="${x(year)}" y="${bottom + 14}">${year}</text>`;

  spec.series.forEach((series, n) => {
    const color = PALETTE[n % PALETTE.length]!;
    // Spread the series of one year a little, so equal values stay visible.
    const dx = spec.series.length > 1 ? ((n % 5) - 2) * 1.5 : 0;
    const sorted = [...series.points].sort((a, b) => a.year - b.year);
    // The document's name once per series (the tooltip of every mark in it), the value per mark.
    let g = `<g class="series" fill="${color}" stroke="${color}"><title>${escapeHtml(series.name)}</title>`;
    if (!spec.change && sorted.length > 1) g += `<polyline fill="none" points="${sorted.map((p) => `${x(p.year) + dx},${y(p.value)}`).join(' ')}"/>`;
    for (const p of sorted) {
      const px = r1(x(p.year) + dx);
      const flag = p.flagged ? ' flagged' : '';
      let mark: string;
      if (spec.change) {
        // An arrow from zero to the change; a range's ends as a whisker on it.
        const tip = y(p.value);
        const up = tip <= y(0);
        mark = `<line x1="${px}" x2="${px}" y1="${y(0)}" y2="${tip}" stroke-width="2"/><path d="M${px - 4},${tip + (up ? 5 : -5)}L${px},${tip}L${px + 4},${tip + (up ? 5 : -5)}" fill="none" stroke-width="2"/>`;
      } else mark = `<circle cx="${px}" cy="${y(p.value)}" r="3.5"/>`;
      if (p.range) mark += `<line x1="${px - 3}" x2="${px + 3}" y1="${y(p.range[0])}" y2="${y(p.range[0])}"/><line x1="${px}" x2="${px}" y1="${y(p.range[0])}" y2="${y(p.range[1])}"/><line x1="${px - 3}" x2="${px + 3}" y1="${y(p.range[1])}" y2="${y(p.range[1])}"/>`;
      if (p.flagged) mark += `<circle class="flag-ring" cx="${px}" cy="${y(p.value)}" r="7"/>`;
      g += `<g class="pt${flag}"><title>${escapeHtml(p.title)}</title>${mark}</g>`;
    }
    svg += `${g}</g>`;
  });
  return `${svg}</svg>`;
}
