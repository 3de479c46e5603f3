// The metric grammar (grammars/metrics.yaml): canonical health-plan indicators with their
// aliases, expected units and plausible ranges, and the compiled form the metric stage uses.
import { normalizeWith, type NormalizeRules } from '../metrics/normalize.js';
import type { IndicatorGrammar } from './indicators.js';
import { GrammarError } from './load.js';
import { builtMetricKeys } from './metric-keys.js';
import type { MetricGrammarSource } from './schemas.js';

export type { MetricGrammarSource };


export interface MetricDefinition {
  id: string;
  name: string;
  aliases: string[];
  /** Expected unit (canonical, as in indicators.yaml) → plausible [min, max]. */
  units: Map<string, [number, number]>;
}

export interface MetricGrammar {
  metrics: MetricDefinition[];
  byId: Map<string, MetricDefinition>;
  /** Normalised alias → metric. */
  aliases: Map<string, MetricDefinition>;
  /** Scope words, longest first. */
  scopeWords: string[];
  rewrites: Array<[string, string]>;
  /** Length of the longest normalised alias: no longer suffix of a metric can match. */
  longestAlias: number;
  /** Scale of a rate unit (% → 0.01), to rescale a range into another rate unit. */
  scaleOf: (unit: string) => number | undefined;
  /** The class of numbers a unit measures ("rate", "count", "age", "days", "money", "measure:小时"):
   *  a comparison row holds one class. "none" for a value without a unit. */
  unitClass: (unit: string | null) => string;
  /** Name endings that make an unknown metric a rate (率, 比例). */
  rateEndings: string[];
  /** Name endings that make an unknown metric an age (寿命, 年龄). */
  ageEndings: string[];
}

/** A unit's class: listed in unitClasses, else its kind (a change goes with the rates), each
 *  other measure a class of its own. */
function unitClassifier(source: MetricGrammarSource, indicators: IndicatorGrammar): (unit: string | null) => string {
  const listed = new Map<string, string>();
  for (const [name, units] of Object.entries(source.unitClasses)) {
    for (const written of units) listed.set(indicators.units.get(written)?.unit ?? written, name);
  }
  const known = (u: string) => listed.has(u) || indicators.units.has(u) || indicators.prefixUnits.some((p) => p.unit.unit === u);
  /** The unit without the multipliers written before it (万元, 万亿元 → 元). */
  const bare = (unit: string): string => {
    for (const m of indicators.multipliers.keys()) if (unit.startsWith(m) && unit.length > m.length) return bare(unit.slice(m.length));
    return unit;
  };
  return (written) => {
    if (written === null) return 'none';
    const unit = known(written) ? written : bare(written);
    const named = listed.get(unit);
    if (named) return named;
    const kind = indicators.units.get(unit)?.kind ?? indicators.prefixUnits.find((p) => p.unit.unit === unit)?.unit.kind;
    if (kind === 'rate' || kind === 'change') return 'rate';
    if (kind === 'age' || kind === 'count') return kind;
    return `measure:${unit}`;
  };
}

/** What names are normalised with (normalizeWith): the scope words, longest first, and the rewrites. */
export function metricNormalizeRules(source: MetricGrammarSource): { scopeWords: string[]; rewrites: Array<[string, string]> } {
  return {
    scopeWords: [...new Set(source.scopeWords.map((w) => w.normalize('NFKC').replace(/\s+/gu, '')))].sort((a, b) => b.length - a.length),
    rewrites: source.rewrites.map(([from, to]): [string, string] => [from.normalize('NFKC'), to.normalize('NFKC')]),
  };
}

/** Every alias of the grammar's metrics, names included. */
export const metricAliases = (source: MetricGrammarSource): string[] => source.metrics.flatMap((m) => [m.name, ...m.aliases]);

export function compileMetricGrammar(source: MetricGrammarSource, indicators: IndicatorGrammar): MetricGrammar {
  const { scopeWords, rewrites } = metricNormalizeRules(source);
  const rules: NormalizeRules = { scopeWords, rewrites };
  // The keys the build made for the shipped aliases, if these are its rules.
  const built = builtMetricKeys(rules);
  const g: MetricGrammar = {
    metrics: [],
    byId: new Map(),
    aliases: new Map(),
    scopeWords,
    rewrites,
    longestAlias: 0,
    scaleOf: (unit) => indicators.units.get(unit)?.scale ?? indicators.prefixUnits.find((p) => p.unit.unit === unit)?.unit.scale,
    unitClass: unitClassifier(source, indicators),
    rateEndings: source.rateEndings,
    ageEndings: source.ageEndings,
  };
  source.metrics.forEach((m, i) => {
    if (g.byId.has(m.id)) throw new GrammarError(`invalid grammar metrics.yaml: metrics.${i}.id: duplicate id ${m.id}`);
    const units = new Map<string, [number, number]>();
    for (const [written, r] of Object.entries(m.units)) {
      const unit = indicators.units.get(written)?.unit;
      if (!unit) throw new GrammarError(`invalid grammar metrics.yaml: metrics.${i}.units: unknown unit ${written} (not in indicators.yaml)`);
      units.set(unit, r);
    }
    const def: MetricDefinition = { id: m.id, name: m.name, aliases: [m.name, ...m.aliases], units };
    g.metrics.push(def);
    g.byId.set(m.id, def);
    for (const alias of def.aliases) {
      const key = built?.get(alias) ?? normalizeWith(alias, rules);
      if (key === '') throw new GrammarError(`invalid grammar metrics.yaml: metrics.${i}: alias ${alias} is empty once normalised`);
      const other = g.aliases.get(key);
      if (other && other !== def) throw new GrammarError(`invalid grammar metrics.yaml: metrics.${i}: alias ${alias} is already an alias of ${other.id}`);
      g.aliases.set(key, def);
      g.longestAlias = Math.max(g.longestAlias, key.length);
    }
  });
  return g;
}
