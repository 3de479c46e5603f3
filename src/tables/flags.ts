// Which problems travel with each indicator. The pipeline may set `flags` (rule ids) on an
// indicator itself; when it does not, they are derived from the document's diagnostics: a
// diagnostic flags the indicators whose span holds it, and when its message names some of those
// indicators' metrics, only those (three indicators share "…分别控制在20/10万、7.0%和9.5%以内";
// the implausible-unit warning about 婴儿死亡率 is not a flag on 孕产妇死亡率).
import type { Diagnostic, Indicator, Plan } from '../schema.js';

/** An indicator as it may come from a pipeline that sets flags itself. */
type FlaggedIndicator = Indicator & { flags?: unknown };

const ownFlags = (i: FlaggedIndicator): string[] | undefined =>
  Array.isArray(i.flags) && i.flags.every((f) => typeof f === 'string') ? (i.flags as string[]) : undefined;

function holds(i: Indicator, d: Diagnostic): boolean {
  return i.position.start.offset <= d.position.start.offset && d.position.end.offset <= i.position.end.offset;
}

/** The indicators (indexes) a diagnostic is about. */
function flagged(indicators: readonly Indicator[], d: Diagnostic): number[] {
  const around = indicators.flatMap((i, n) => (holds(i, d) ? [n] : []));
  const named = around.filter((n) => d.message.includes(indicators[n]!.metric));
  if (named.length === 0) return around;
  // "5岁以下儿童死亡率" names 儿童死亡率 too: keep the metrics no other named metric contains.
  const metrics = named.map((n) => indicators[n]!.metric);
  return named.filter((n) => !metrics.some((m) => m !== indicators[n]!.metric && m.includes(indicators[n]!.metric)));
}

/** Each indicator's flags, sorted and without repeats, in the order of plan.indicators. */
export function indicatorFlags(plan: Plan): string[][] {
  const derived = plan.indicators.map(() => new Set<string>());
  const needed = plan.indicators.some((i) => ownFlags(i) === undefined);
  if (needed) {
    for (const d of plan.diagnostics) for (const n of flagged(plan.indicators, d)) derived[n]!.add(d.rule);
  }
  return plan.indicators.map((i, n) => [...new Set(ownFlags(i) ?? derived[n])].sort());
}
