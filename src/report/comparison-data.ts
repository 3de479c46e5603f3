// The data of the report's comparison section, from one function: compare() (src/compare/), the
// same table `plan-extract compare` prints, so the page and the command always agree.
import { compare, type Comparison, type ComparisonRow, type ComparisonValue } from '../compare/index.js';
import type { MetricGrammar } from '../grammar/metrics.js';
import type { Plan } from '../schema.js';

export type ReportComparison = Comparison;
export type ReportRow = ComparisonRow;
export type ReportValue = ComparisonValue;

/** The one place the report gets its comparison data from. */
export function comparisonOf(plans: readonly Plan[], metrics?: MetricGrammar): ReportComparison {
  return compare(plans, { metrics });
}
