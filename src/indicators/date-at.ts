// A sentence's dates looked up by where one starts or ends. The indicator readers ask this for each quantity, several times
// (trimLead, readPredicate); a sentence of thousands of dates (a table of years flattened onto one line) made a scan of all of
// them per question quadratic. Long lists are indexed by position on first use (the index is dropped with the list); a list
// that grew since is indexed again.
import type { DateHit } from '../dates/scan.js';

/** Below this many dates a list is scanned: an index would cost more than it saves. */
const SCAN_BELOW = 16;

interface Positions {
  length: number;
  byStart: Map<number, DateHit[]>;
  byEnd: Map<number, DateHit[]>;
}

const indexes = new WeakMap<readonly DateHit[], Positions>();

function positions(dates: readonly DateHit[]): Positions {
  const known = indexes.get(dates);
  if (known && known.length === dates.length) return known;
  const byStart = new Map<number, DateHit[]>();
  const byEnd = new Map<number, DateHit[]>();
  const add = (map: Map<number, DateHit[]>, at: number, d: DateHit): void => {
    const here = map.get(at);
    if (here) here.push(d);
    else map.set(at, [d]);
  };
  for (const d of dates) {
    add(byStart, d.start, d);
    add(byEnd, d.end, d);
  }
  const made = { length: dates.length, byStart, byEnd };
  indexes.set(dates, made);
  return made;
}

const any = (): boolean => true;

function first(dates: readonly DateHit[], key: 'start' | 'end', at: number, test: (d: DateHit) => boolean): DateHit | undefined {
  if (dates.length < SCAN_BELOW) {
    for (const d of dates) if (d[key] === at && test(d)) return d;
    return undefined;
  }
  const here = (key === 'start' ? positions(dates).byStart : positions(dates).byEnd).get(at);
  return here?.find(test);
}

/** The first date of the list (in its order) that starts at `at` and passes `test`. */
export function dateStartingAt(dates: readonly DateHit[], at: number, test: (d: DateHit) => boolean = any): DateHit | undefined {
  return first(dates, 'start', at, test);
}

/** The first date of the list (in its order) that ends at `at` and passes `test`. */
export function dateEndingAt(dates: readonly DateHit[], at: number, test: (d: DateHit) => boolean = any): DateHit | undefined {
  return first(dates, 'end', at, test);
}
