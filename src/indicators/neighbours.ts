// Lookups among the readings of one sentence (readSentence), each bounded by what the readings' order allows, so that a
// sentence of thousands of quantities (run-on or hostile text) is not scanned whole once for each of them. The readings
// are in source order: the quantity scanner moves left to right and never returns a quantity that starts before the last.
import { MAX_CLAUSE } from './metric.js';
import type { Reading } from './reading.js';

/** The first reading after `all[k]` in its clause that `test` accepts. A clause starts at most MAX_CLAUSE before each of
 *  its quantities (clauseStart), so none of its readings starts further than that past the clause start. */
export function laterInClause(all: readonly Reading[], k: number, test: (o: Reading) => boolean): Reading | undefined {
  const r = all[k] as Reading;
  const reach = r.clause + MAX_CLAUSE;
  for (let j = k + 1; j < all.length && (all[j] as Reading).q.start <= reach; j++) {
    const o = all[j] as Reading;
    if (o.clause === r.clause && test(o)) return o;
  }
  return undefined;
}

/** Whether a reading after `all[k]` that starts before `end` is one `test` accepts. */
export function laterBefore(all: readonly Reading[], k: number, end: number, test: (o: Reading) => boolean): boolean {
  for (let j = k + 1; j < all.length && (all[j] as Reading).q.start < end; j++) if (test(all[j] as Reading)) return true;
  return false;
}

/** For each reading, the furthest end of it and the readings before it: what lastEndingBetween stops by. */
export function prefixMaxEnds(all: readonly Reading[]): number[] {
  const out: number[] = new Array(all.length);
  let max = -1;
  for (let j = 0; j < all.length; j++) {
    max = Math.max(max, (all[j] as Reading).end);
    out[j] = max;
  }
  return out;
}

/** The last reading before `all[k]` that ends inside (from, to); `endsUpTo` is prefixMaxEnds(all). */
export function lastEndingBetween(all: readonly Reading[], endsUpTo: readonly number[], k: number, from: number, to: number): Reading | undefined {
  for (let j = k - 1; j >= 0 && (endsUpTo[j] as number) > from; j--) {
    const o = all[j] as Reading;
    if (o.end > from && o.end < to) return o;
  }
  return undefined;
}

/**
 * Where the amounts of money written back to back from reading `k` on end (only white space between them: 50元以上500元以下), remembered
 * in `memo` for every member of the run, so that a sentence's run is walked once and not once for each member: a run-on text of
 * amounts would make that quadratic.
 */
export function amountRunEnd(text: string, all: readonly Reading[], k: number, memo: number[]): number {
  const known = memo[k];
  if (known !== undefined) return known;
  let last = k;
  let at = (all[k] as Reading).end;
  for (let j = k + 1; j < all.length; j++) {
    const o = all[j] as Reading;
    if (o.q.unit.amount !== true || text.slice(at, o.q.start).trim() !== '') break;
    at = o.end;
    last = j;
  }
  for (let i = k; i <= last; i++) memo[i] = at;
  return at;
}
