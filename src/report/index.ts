// The HTML report (`plan-extract report`): one self-contained page for a set of plans.
import { renderChart } from './chart.js';
import { renderReport, type ReportInput, type ReportOptions } from './page.js';

export { renderReport, type ReportInput, type ReportOptions } from './page.js';
export { escapeHtml } from './html.js';
export { sourceText, renderSource, renderText, highlightsOf, type Highlight } from './source.js';
export { renderChart, type ChartRenderer, type ChartSpec, type ChartSeries, type ChartPoint } from './chart.js';
export { REPORT_LANGS, type ReportLang } from './i18n.js';

/** Builds the report with the SVG charts of chart.ts. */
export async function buildReport(inputs: readonly ReportInput[], options: Omit<ReportOptions, 'chart'> = {}): Promise<string> {
  return renderReport(inputs, { ...options, chart: renderChart });
}
