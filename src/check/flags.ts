// Flags on the data: an indicator carries the rule ids of the diagnostics raised about it
// (indicator/missing-value: its number is lost; indicator/implausible-unit: its unit or value does
// not fit its metric; date/…: the year it is read with is doubtful), so the problems travel with
// the numbers into compare, the tables and the report.
import type { VFile } from 'vfile';
import type { Indicator } from '../schema.js';
import type { PlanTree } from '../tree.js';
import type { RuleSetting } from './types.js';

type Message = VFile['messages'][number];

const offsetsOf = (m: Message): [number, number] | null => {
  const place = m.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  return typeof start?.offset === 'number' && typeof end?.offset === 'number' ? [start.offset, end.offset] : null;
};

/** The indicators a message is about: those its stage named (`ancestors`), and for a date rule
 *  those with a year whose text holds the faulty date. */
function subjectsOf(m: Message, indicators: readonly Indicator[], known: ReadonlySet<object>): Indicator[] {
  const named = (m.ancestors ?? []).filter((a): a is Indicator & typeof a => known.has(a));
  if (named.length > 0 || !m.ruleId?.startsWith('date/')) return named;
  const span = offsetsOf(m);
  if (!span) return [];
  return indicators.filter((i) => i.year !== null && i.position.start.offset <= span[0] && span[1] <= i.position.end.offset);
}

/** Sets `flags` (sorted rule ids) on every indicator a diagnostic of the file is about; rules
 *  turned off in `rules` flag nothing. Indicators without a problem get no field. */
export function flagIndicators(tree: PlanTree, file: VFile, rules: Readonly<Record<string, RuleSetting | undefined>> = {}): void {
  const known = new Set<object>(tree.indicators);
  const flags = new Map<Indicator, Set<string>>();
  for (const m of file.messages) {
    if (!m.ruleId || rules[m.ruleId] === 'off') continue;
    for (const indicator of subjectsOf(m, tree.indicators, known)) {
      let set = flags.get(indicator);
      if (!set) flags.set(indicator, (set = new Set()));
      set.add(m.ruleId);
    }
  }
  for (const [indicator, set] of flags) indicator.flags = [...set].sort();
}
