// A set of words matched at a position in text, longest first. Grammar word lists compile to this.
// Words are indexed by their first and by their last UTF-16 code unit, so a lookup at a position
// costs one Map probe (and nothing more when no word starts or ends with that character).

/** Words grouped by a key code unit, each group longest first. */
function groupBy(words: Iterable<string>, key: (w: string) => number): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const w of words) {
    const k = key(w);
    const group = groups.get(k);
    if (group) group.push(w);
    else groups.set(k, [w]);
  }
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length);
  return groups;
}

/** Size of the filters below: code units are folded onto this many slots (a power of two). */
const FILTER_SLOTS = 4096;

/** A filter over key code units: 0 where no key folds, so most characters are passed over without a Map probe. */
function filterOf(keys: Iterable<number>): Uint8Array {
  const filter = new Uint8Array(FILTER_SLOTS);
  for (const k of keys) filter[k & (FILTER_SLOTS - 1)] = 1;
  return filter;
}

export class WordSet {
  private readonly words: Set<string>;
  private readonly byFirst: Map<number, string[]>;
  private readonly byLast: Map<number, string[]>;
  /** byFirst's and byLast's keys folded (false positives go on to the Map, never false negatives). */
  private readonly firsts: Uint8Array;
  private readonly lasts: Uint8Array;

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w !== ''));
    this.byFirst = groupBy(this.words, (w) => w.charCodeAt(0));
    this.byLast = groupBy(this.words, (w) => w.charCodeAt(w.length - 1));
    this.firsts = filterOf(this.byFirst.keys());
    this.lasts = filterOf(this.byLast.keys());
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** True when some word starts with the UTF-16 code unit `code`. */
  startsWithCode(code: number): boolean {
    return this.firsts[code & (FILTER_SLOTS - 1)] === 1 && this.byFirst.has(code);
  }

  /** The longest word that ends exactly at `end` in `text`. */
  endingAt(text: string, end: number): string | undefined {
    if (end <= 0 || end > text.length) return undefined;
    const code = text.charCodeAt(end - 1);
    if (this.lasts[code & (FILTER_SLOTS - 1)] === 0) return undefined;
    const group = this.byLast.get(code);
    if (group === undefined) return undefined;
    for (const w of group) if (w.length <= end && text.endsWith(w, end)) return w;
    return undefined;
  }

  /** The longest word that starts exactly at `start` in `text`. */
  startingAt(text: string, start: number): string | undefined {
    if (start < 0 || start >= text.length) return undefined;
    const code = text.charCodeAt(start);
    if (this.firsts[code & (FILTER_SLOTS - 1)] === 0) return undefined;
    const group = this.byFirst.get(code);
    if (group === undefined) return undefined;
    for (const w of group) if (text.startsWith(w, start)) return w;
    return undefined;
  }

  /** First index at or after `from` (and before `to`) where a word starts. */
  indexIn(text: string, from = 0, to = text.length): { index: number; word: string } | undefined {
    const byFirst = this.byFirst;
    const firsts = this.firsts;
    for (let i = Math.max(0, from); i < to; i++) {
      const code = text.charCodeAt(i);
      if (firsts[code & (FILTER_SLOTS - 1)] === 0 || !byFirst.has(code)) continue;
      const w = this.startingAt(text, i);
      if (w !== undefined && i + w.length <= to) return { index: i, word: w };
    }
    return undefined;
  }
}
