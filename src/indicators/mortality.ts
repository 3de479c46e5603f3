// Which death rates are given per mille or per 100 000 (婴儿死亡率 3‰, 孕产妇死亡率 8/10万), so that a level of one written in %
// is a unit slip; grammar mortality, less the death rates given in % (percentMortality: 重大慢性病过早死亡率 13.5%).
import type { IndicatorGrammar } from '../grammar/indicators.js';

/** Whether a metric names a death rate given per mille or per 100 000, not in %. */
export function isPerMilleRate(name: string, g: IndicatorGrammar): boolean {
  return g.mortality.indexIn(name) !== undefined && g.percentMortality.indexIn(name) === undefined;
}

/** Whether a value of the metric in `unit` is a unit slip: a level (no change, whatever its kind) in % of a per-mille death rate. */
export function implausibleUnit(name: string, unit: string | null, difference: boolean, g: IndicatorGrammar): boolean {
  return unit === '%' && !difference && isPerMilleRate(name, g);
}
