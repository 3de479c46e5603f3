// Metric identity: which canonical metric (grammars/metrics.yaml) an extracted metric names.
import type { MetricDefinition, MetricGrammar } from '../grammar/metrics.js';
import type { Indicator } from '../schema.js';
import { normalizeWith } from './normalize.js';

/** The metric name as matching sees it (see normalizeWith). */
export function normalizeMetric(metric: string, grammar: MetricGrammar): string {
  return normalizeWith(metric, grammar);
}

function longestSuffix(key: string, grammar: MetricGrammar): MetricDefinition | undefined {
  // The first start that names an alias gives the longest alias ending the metric.
  for (let i = Math.max(0, key.length - grammar.longestAlias); i < key.length; i++) {
    const hit = grammar.aliases.get(key.slice(i));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * matchMetric's answers by metric string, per grammar: a document names the same few metrics again
 * and again (each year, each district), and normalising one is the costly part. Cleared when full,
 * so a long batch of documents holds no more than this many strings.
 */
const MAX_MEMO = 10_000;
const memos = new WeakMap<MetricGrammar, Map<string, MetricDefinition | null>>();

/**
 * The canonical metric named by `metric`: the longest alias that ends it, whole, after
 * normalisation (以乡(镇、街道)为单位适龄儿童免疫规划疫苗接种率 → immunization-coverage). A trailing
 * parenthesis (婴儿死亡率(‰)) is tried without. Near misses do not match: 新生儿死亡率 does not end
 * in 婴儿死亡率.
 */
export function matchMetric(metric: string, grammar: MetricGrammar): MetricDefinition | undefined {
  let memo = memos.get(grammar);
  if (memo === undefined) memos.set(grammar, (memo = new Map()));
  const known = memo.get(metric);
  if (known !== undefined) return known ?? undefined;
  if (memo.size >= MAX_MEMO) memo.clear();
  const found = matchNormalized(metric, grammar);
  memo.set(metric, found ?? null);
  return found;
}

function matchNormalized(metric: string, grammar: MetricGrammar): MetricDefinition | undefined {
  const key = normalizeMetric(metric, grammar);
  if (key === '') return undefined;
  const hit = longestSuffix(key, grammar);
  if (hit) return hit;
  const bare = key.replace(/\([^()]*\)$/u, '');
  return bare !== key && bare !== '' ? longestSuffix(bare, grammar) : undefined;
}

export interface Implausible {
  metric: MetricDefinition;
  /** The range the value was checked against, in the indicator's unit. */
  range: [number, number];
  /** The expected unit the range comes from. */
  expected: string;
}

const fmt = (n: number) => String(Number(n.toPrecision(6)));

/**
 * Whether a target, baseline or actual value lies outside the plausible range of its metric for
 * its unit. A unit the metric does not list is checked when both it and an expected unit are
 * scaled rates (7.0% against ‰); other units and changes are not judged.
 */
export function implausibleValue(indicator: Indicator, metric: MetricDefinition, grammar: MetricGrammar): Implausible | undefined {
  if (indicator.kind === 'change' || indicator.value === null || indicator.unit === null || indicator.damaged) return undefined;
  let range = metric.units.get(indicator.unit);
  let expected = indicator.unit;
  if (!range) {
    const scale = grammar.scaleOf(indicator.unit);
    if (scale === undefined) return undefined;
    for (const [unit, r] of metric.units) {
      const s = grammar.scaleOf(unit);
      if (s === undefined) continue;
      range = [(r[0] * s) / scale, (r[1] * s) / scale];
      expected = unit;
      break;
    }
    if (!range) return undefined;
  }
  const [min, max] = range;
  const values = Array.isArray(indicator.value) ? indicator.value : [indicator.value];
  const eps = 1e-9 * Math.max(1, Math.abs(max));
  return values.some((v) => v < min - eps || v > max + eps) ? { metric, range: [min, max], expected } : undefined;
}

/** A one-line explanation of an implausible value. */
export function describeImplausible(indicator: Indicator, found: Implausible): string {
  const v = Array.isArray(indicator.value) ? `${indicator.value[0]}-${indicator.value[1]}` : String(indicator.value);
  const unit = indicator.unit ?? '';
  const where = `plausible ${fmt(found.range[0])}–${fmt(found.range[1])}${unit}`;
  const hint = found.expected !== unit ? `; ${found.metric.name} is usually given in ${found.expected}` : '';
  return `${indicator.metric} ${v}${unit} is outside the plausible range of ${found.metric.name} (${where}${hint})`;
}
