// The HTML report (`plan-extract report`): one self-contained page for a set of plans.
import { loadChartRenderer } from './chart.js';
import { renderReport, type ReportInput, type ReportOptions } from './page.js';

export { renderReport, type ReportInput, type ReportOptions } from './page.js';
export { escapeHtml } from './html.js';
export { sourceText, renderSource, renderText, highlightsOf, type Highlight } from './source.js';
export { loadChartRenderer, type ChartRenderer, type ChartSpec } from './chart.js';

/** Builds the report with ECharts loaded (lazily) for the charts. */
export async function buildReport(inputs: readonly ReportInput[], options: Omit<ReportOptions, 'chart'> = {}): Promise<string> {
  return renderReport(inputs, { ...options, chart: await loadChartRenderer() });
}
