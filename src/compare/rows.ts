// Which row of the comparison an indicator belongs to. A row is one canonical metric (its
// population is part of the metric: 重点人群签约率 is not 全人群签约率) holding one class of
// number: a value of another unit class goes to a row of its own, with a diagnostic when the
// metric does not expect that class; an age given with a metric that is not an age is the
// population the target is for (35—64岁妇女), listed apart.
import type { MetricDefinition, MetricGrammar } from '../grammar/metrics.js';
import { matchMetric, normalizeMetric } from '../metrics/match.js';
import type { Indicator } from '../schema.js';

export type Placement =
  | { to: 'population' }
  | {
      to: 'row';
      key: string;
      metricId: string | null;
      /** The row's name when it is created here. */
      name: string;
      unitClass: string;
      /** Set when the metric expects other classes: the value is shown, but apart and reported. */
      mismatch?: { expected: string; rowName: string };
    };

/** Classes a metric's values may have, its own (main) class first; null when nothing is known. */
function expectedClasses(def: MetricDefinition | undefined, metric: string, grammar: MetricGrammar): string[] | null {
  if (def) return [...new Set([...def.units.keys()].map((u) => grammar.unitClass(u)))];
  const name = metric.normalize('NFKC');
  if (grammar.ageEndings.some((e) => name.endsWith(e))) return ['age'];
  if (grammar.rateEndings.some((e) => name.endsWith(e))) return ['rate'];
  return null;
}

/** Places indicators into rows; `firstClass` remembers the class an unknown metric was first seen with. */
export class RowPlacer {
  private readonly firstClass = new Map<string, string>();
  constructor(
    private readonly grammar: MetricGrammar,
    private readonly rematch = false,
  ) {}

  place(i: Indicator): Placement {
    const grammar = this.grammar;
    // Plans made by this version carry metricId; older JSON, and every plan when rematching, are matched here.
    const id = i.metricId !== undefined && !this.rematch ? i.metricId : (matchMetric(i.metric, grammar)?.id ?? null);
    const def = id !== null ? grammar.byId.get(id) : undefined;
    const base = id ?? `metric:${normalizeMetric(i.metric, grammar)}`;
    const name = def?.name ?? i.metric;
    const cls = grammar.unitClass(i.unit);
    const expected = expectedClasses(def, i.metric, grammar);
    if (cls === 'age' && !expected?.includes('age')) return { to: 'population' };
    const main = expected?.[0] ?? this.firstClass.get(base) ?? (cls === 'none' ? undefined : cls);
    if (main !== undefined && !this.firstClass.has(base)) this.firstClass.set(base, main);
    // A value without a unit cannot be checked: it stays with its metric.
    if (main === undefined || cls === main || cls === 'none') return { to: 'row', key: base, metricId: id, name, unitClass: main ?? 'none' };
    const apart = { to: 'row' as const, key: `${base}@${cls}`, metricId: id, name: `${i.metric}（${i.unit ?? ''}）`, unitClass: cls };
    return expected && !expected.includes(cls) ? { ...apart, mismatch: { expected: main, rowName: name } } : apart;
  }
}
