// The report's SVG charts: a real time axis, rate axes from zero, changes drawn as changes,
// flagged values marked, escaping; and which rows get a chart at all.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { extract } from '../../src/pipeline.js';
import { niceStep, renderChart, ticks, yearTicks, type ChartSpec } from '../../src/report/chart.js';
import { chartOf } from '../../src/report/comparison.js';
import { MESSAGES } from '../../src/report/i18n.js';

const point = (year: number, value: number, flagged = false) => ({ year, value, title: `${year}`, flagged });
const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  series: [{ name: 'A', points: [point(2020, 90), point(2021, 92), point(2025, 95)] }],
  change: false,
  fromZero: true,
  label: 'x',
  ...over,
});
const xs = (svg: string) => [...svg.matchAll(/<circle cx="([\d.]+)"/gu)].map((m) => Number(m[1]));
const yTickValues = (svg: string) => [...svg.matchAll(/<text class="ytick"[^>]*>([^<]*)</gu)].map((m) => Number(m[1]));

describe('renderChart', () => {
  it('should support a real time axis: years spaced by their value', () => {
    const [a, b, c] = xs(renderChart(spec()));
    // 2020→2021 is one year, 2021→2025 four.
    expect((c! - b!) / (b! - a!)).toBeCloseTo(4, 1);
  });

  it('should support rate axes from zero, and data-driven axes otherwise', () => {
    expect(Math.min(...yTickValues(renderChart(spec())))).toBe(0);
    expect(Math.min(...yTickValues(renderChart(spec({ fromZero: false }))))).toBeGreaterThan(80);
  });

  it('should support changes drawn as arrows from zero, not as dots or lines', () => {
    const svg = renderChart(spec({ change: true, series: [{ name: 'A', points: [point(2024, 2), point(2025, 3)] }] }));
    expect(svg).not.toContain('<circle');
    expect(svg).not.toContain('<polyline');
    expect(svg.match(/<path /gu)).toHaveLength(2);
    expect(Math.min(...yTickValues(svg))).toBe(0);
  });

  it('should support flagged values ringed', () => {
    const svg = renderChart(spec({ series: [{ name: 'A', points: [point(2020, 7, true), point(2025, 4)] }] }));
    expect(svg.match(/class="pt flagged"/gu)).toHaveLength(1);
    expect(svg.match(/class="flag-ring"/gu)).toHaveLength(1);
  });

  it('should escape names and tooltips', () => {
    const svg = renderChart(spec({ label: '<u>', series: [{ name: '<b>"x"&', points: [{ ...point(2020, 1), title: '<i>≤1%' }, point(2021, 2)] }] }));
    expect(svg).not.toMatch(/<[biu]>/u);
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&amp;');
  });

  it('should support nice ticks', () => {
    expect(niceStep(100)).toBe(25);
    expect(ticks(0, 95).values).toEqual([0, 25, 50, 75, 100]);
    expect(yearTicks(2015, 2025)).toEqual([2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks(2020, 2025)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });
});

describe('chartOf', () => {
  const t = MESSAGES.zh;
  it('should not support a chart for a single value', async () => {
    const plans = [await extract('2020年工作要点\n\n婴儿死亡率控制在5‰以内。\n')];
    const c = compare(plans);
    expect(chartOf(c, c.rows[0]!, plans, t).spec).toBeNull();
  });

  it('should support a chart in the unit of the unflagged values, the flagged ones in another unit left out', async () => {
    const plans = [
      await extract('2020年工作要点\n\n婴儿死亡率控制在7.0%以内。\n', { path: 'a.txt' }),
      await extract('2021年工作要点\n\n婴儿死亡率控制在5‰以内。\n', { path: 'b.txt' }),
      await extract('2022年工作要点\n\n婴儿死亡率控制在4‰以内。\n', { path: 'c.txt' }),
    ];
    const c = compare(plans);
    const chart = chartOf(c, c.rows.find((r) => r.metricId === 'infant-mortality')!, plans, t);
    expect(chart.unit).toBe('‰');
    expect(chart.spec?.series.flatMap((s) => s.points.map((p) => [p.year, p.value]))).toEqual([
      [2021, 5],
      [2022, 4],
    ]);
    expect(chart.omitted).toBe(1);
  });

  it('should support changes charted as changes when a metric has no levels', async () => {
    const plans = [
      await extract('2023年工作计划\n\n签约率提升1-3个百分点。\n', { path: 'a.txt' }),
      await extract('2024年工作计划\n\n签约率提升2个百分点。\n', { path: 'b.txt' }),
    ];
    const c = compare(plans);
    const chart = chartOf(c, c.rows[0]!, plans, t);
    expect(chart.spec?.change).toBe(true);
    expect(chart.spec?.series.flatMap((s) => s.points.map((p) => p.range ?? p.value))).toEqual([[1, 3], 2]);
  });
});
