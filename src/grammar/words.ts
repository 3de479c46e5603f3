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

/**
 * Words grouped by one key code unit, and a filter over those keys folded onto FILTER_SLOTS: 0 where
 * no key folds, so most characters are passed over without a Map probe (false positives go on to
 * the Map, never false negatives).
 */
interface KeyIndex {
  groups: Map<number, string[]>;
  filter: Uint8Array;
}

function indexBy(words: Iterable<string>, key: (w: string) => number): KeyIndex {
  const groups = groupBy(words, key);
  const filter = new Uint8Array(FILTER_SLOTS);
  for (const k of groups.keys()) filter[k & (FILTER_SLOTS - 1)] = 1;
  return { groups, filter };
}

const firstCode = (w: string): number => w.charCodeAt(0);
const lastCode = (w: string): number => w.charCodeAt(w.length - 1);

export class WordSet {
  private readonly words: Set<string>;
  // Each index is built when first asked for: most sets are only ever searched one way, and
  // indexing every grammar word list both ways was a good part of compiling the grammars at start-up.
  private firstIndex: KeyIndex | undefined;
  private lastIndex: KeyIndex | undefined;

  /**
   * `longer`: words that begin with a word of this set but are other words (保障性 "affordable" is no verb 保障 "ensure"): where
   * one of them starts, a shorter word of this set starting there is not matched (startingAt, indexIn).
   */
  constructor(
    words: Iterable<string>,
    private readonly longer?: WordSet,
  ) {
    this.words = new Set(words);
    this.words.delete('');
  }

  private get byFirst(): KeyIndex {
    return (this.firstIndex ??= indexBy(this.words, firstCode));
  }

  private get byLast(): KeyIndex {
    return (this.lastIndex ??= indexBy(this.words, lastCode));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** True when some word starts with the UTF-16 code unit `code`. */
  startsWithCode(code: number): boolean {
    const { groups, filter } = this.byFirst;
    return filter[code & (FILTER_SLOTS - 1)] === 1 && groups.has(code);
  }

  /** The longest word that ends exactly at `end` in `text`. */
  endingAt(text: string, end: number): string | undefined {
    if (end <= 0 || end > text.length) return undefined;
    const code = text.charCodeAt(end - 1);
    const { groups, filter } = this.byLast;
    if (filter[code & (FILTER_SLOTS - 1)] === 0) return undefined;
    const group = groups.get(code);
    if (group === undefined) return undefined;
    for (const w of group) if (w.length <= end && text.endsWith(w, end)) return w;
    return undefined;
  }

  /** The longest word that starts exactly at `start` in `text`. */
  startingAt(text: string, start: number): string | undefined {
    if (start < 0 || start >= text.length) return undefined;
    const code = text.charCodeAt(start);
    const { groups, filter } = this.byFirst;
    if (filter[code & (FILTER_SLOTS - 1)] === 0) return undefined;
    const group = groups.get(code);
    if (group === undefined) return undefined;
    for (const w of group) {
      if (!text.startsWith(w, start)) continue;
      const other = this.longer?.startingAt(text, start);
      return other !== undefined && other.length > w.length ? undefined : w;
    }
    return undefined;
  }

  /** First index at or after `from` (and before `to`) where a word starts. */
  indexIn(text: string, from = 0, to = text.length): { index: number; word: string } | undefined {
    const { groups, filter } = this.byFirst;
    for (let i = Math.max(0, from); i < to; i++) {
      const code = text.charCodeAt(i);
      if (filter[code & (FILTER_SLOTS - 1)] === 0 || !groups.has(code)) continue;
      const w = this.startingAt(text, i);
      if (w !== undefined && i + w.length <= to) return { index: i, word: w };
    }
    return undefined;
  }
}
