// unified transformer: the metric stage. Runs right after the indicator stage: gives every
// indicator the id of the canonical metric it names (grammars/metrics.yaml), or null, and reports
// a value outside its metric's plausible range as indicator/implausible-unit (once: a finding the
// indicator stage already reported at the same place is not repeated).
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { MetricGrammar } from '../grammar/metrics.js';
import type { Indicator } from '../schema.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { describeImplausible, implausibleValue, matchMetric } from './match.js';
import { defaultGrammars } from '../grammar/grammars.js';

export const IMPLAUSIBLE_RULE = 'indicator/implausible-unit';

export interface MetricOptions {
  /** The metric grammar; the shipped one when not given. */
  grammar?: MetricGrammar;
}

/** Sets `metricId` on every indicator (null when its metric is not in the grammar). */
export function identifyMetrics(indicators: Indicator[], grammar: MetricGrammar): void {
  for (const indicator of indicators) indicator.metricId = matchMetric(indicator.metric, grammar)?.id ?? null;
}

function alreadyReported(file: VFile, indicator: Indicator): boolean {
  return file.messages.some((m) => {
    if (m.ruleId !== IMPLAUSIBLE_RULE) return false;
    const place = m.place && 'start' in m.place ? m.place.start : m.place;
    return place?.offset === indicator.position.start.offset && m.reason.startsWith(`${indicator.metric} `);
  });
}

/** The metric stage as a unified plugin: the canonical metricId of each indicator, implausible values reported. */
export function planMetrics(options: MetricOptions = {}) {
  const grammar = options.grammar ?? defaultGrammars().metrics;
  return (tree: PlanTree, file: VFile): void => {
    identifyMetrics(tree.indicators, grammar);
    const { differences } = file.data as PlanFileData;
    for (const indicator of tree.indicators) {
      const metric = indicator.metricId ? grammar.byId.get(indicator.metricId) : undefined;
      // (a change, 比2020年提高1.3岁, is no level of the metric, even where a review states it as reached)
      const found = metric && !differences?.has(indicator) && implausibleValue(indicator, metric, grammar);
      if (!found || alreadyReported(file, indicator)) continue;
      const { start, end } = indicator.position;
      report(file, fileView(file).locator, IMPLAUSIBLE_RULE, 'warning', describeImplausible(indicator, found), start.offset, end.offset, indicator);
    }
  };
}
