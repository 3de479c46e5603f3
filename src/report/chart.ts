// Small per-metric charts as inline SVG, drawn by ECharts' server-side SVG renderer. ECharts is
// loaded only when a report is built (loadChartRenderer), never by the other commands.

/** One line of a chart: a document's values by year. */
export interface ChartSeries {
  name: string;
  points: Array<{ year: number; value: number; label: string }>;
}

export interface ChartSpec {
  series: ChartSeries[];
  unit: string | null;
  width?: number;
  height?: number;
}

export type ChartRenderer = (spec: ChartSpec) => string;

/** System fonts with CJK coverage on Windows, macOS and Linux. */
export const FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export async function loadChartRenderer(): Promise<ChartRenderer> {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([charts.LineChart, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
  return (spec) => {
    const width = spec.width ?? 380;
    const height = spec.height ?? 240;
    const years = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b).map(String);
    const chart = core.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption({
        animation: false,
        textStyle: { fontFamily: FONT_STACK },
        grid: { left: 8, right: 24, top: 28, bottom: 56 },
        legend: { bottom: 0, type: 'plain', itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
        xAxis: { type: 'category', data: years, boundaryGap: true },
        yAxis: { type: 'value', name: spec.unit ?? '', nameTextStyle: { align: 'left' }, scale: true },
        series: spec.series.map((s) => ({
          name: s.name,
          type: 'line',
          symbolSize: 7,
          connectNulls: true,
          label: { show: true, fontSize: 10, formatter: (p: { data: unknown }) => (p.data as [string, number, string])[2] },
          data: s.points.map((p) => [String(p.year), p.value, p.label]),
        })),
      });
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  };
}
