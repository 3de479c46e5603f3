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

/**
 * The indicators with a year, ordered by start offset, so that those holding a span are found
 * without a walk over all of them for each date message (that walk made the stage quadratic:
 * a 50 MB document spent half its time here). `reach[i]` is the furthest end among the first
 * i + 1, so the backward scan stops where nothing earlier can reach the span's end.
 */
class YearIndicators {
  private readonly sorted: Indicator[];
  private readonly reach: number[] = [];

  constructor(indicators: readonly Indicator[]) {
    this.sorted = indicators.filter((i) => i.year !== null).sort((a, b) => a.position.start.offset - b.position.start.offset);
    let furthest = -1;
    for (const i of this.sorted) this.reach.push((furthest = Math.max(furthest, i.position.end.offset)));
  }

  /** Those whose text holds [start, end]. */
  holding(start: number, end: number): Indicator[] {
    let low = 0;
    let high = this.sorted.length;
    // First index whose start is past `start`.
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid]!.position.start.offset <= start) low = mid + 1;
      else high = mid;
    }
    const found: Indicator[] = [];
    for (let i = low - 1; i >= 0 && this.reach[i]! >= end; i--) {
      if (this.sorted[i]!.position.end.offset >= end) found.push(this.sorted[i]!);
    }
    return found;
  }
}

/** The indicators a message is about: those its stage named (`ancestors`), and for a date rule
 *  those with a year whose text holds the faulty date. */
function subjectsOf(m: Message, known: ReadonlySet<object>, withYear: () => YearIndicators): Indicator[] {
  const named = (m.ancestors ?? []).filter((a): a is Indicator & typeof a => known.has(a));
  if (named.length > 0 || !m.ruleId?.startsWith('date/')) return named;
  const span = offsetsOf(m);
  return span ? withYear().holding(span[0], span[1]) : [];
}

/** Sets `flags` (sorted rule ids) on every indicator a diagnostic of the file is about; rules
 *  turned off in `rules` flag nothing. Indicators without a problem get no field. */
export function flagIndicators(tree: PlanTree, file: VFile, rules: Readonly<Record<string, RuleSetting | undefined>> = {}): void {
  const known = new Set<object>(tree.indicators);
  const flags = new Map<Indicator, Set<string>>();
  let index: YearIndicators | undefined;
  const withYear = () => (index ??= new YearIndicators(tree.indicators));
  for (const m of file.messages) {
    if (!m.ruleId || rules[m.ruleId] === 'off') continue;
    for (const indicator of subjectsOf(m, known, withYear)) {
      let set = flags.get(indicator);
      if (!set) flags.set(indicator, (set = new Set()));
      set.add(m.ruleId);
    }
  }
  for (const [indicator, set] of flags) indicator.flags = [...set].sort();
}
