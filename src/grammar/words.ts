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

const firstCode = (w: string): number => w.charCodeAt(0);
const lastCode = (w: string): number => w.charCodeAt(w.length - 1);

export class WordSet {
  private readonly words: Set<string>;
  // Each index is built when first asked for: most sets are only ever searched one way, and
  // indexing every grammar word list both ways was a good part of compiling the grammars at start-up.
  private firstIndex: Map<number, string[]> | undefined;
  private lastIndex: Map<number, string[]> | undefined;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.words.delete('');
  }

  private get byFirst(): Map<number, string[]> {
    return (this.firstIndex ??= groupBy(this.words, firstCode));
  }

  private get byLast(): Map<number, string[]> {
    return (this.lastIndex ??= groupBy(this.words, lastCode));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** True when some word starts with the UTF-16 code unit `code`. */
  startsWithCode(code: number): boolean {
    return this.byFirst.has(code);
  }

  /** The longest word that ends exactly at `end` in `text`. */
  endingAt(text: string, end: number): string | undefined {
    if (end <= 0 || end > text.length) return undefined;
    const group = this.byLast.get(text.charCodeAt(end - 1));
    if (group === undefined) return undefined;
    for (const w of group) if (w.length <= end && text.endsWith(w, end)) return w;
    return undefined;
  }

  /** The longest word that starts exactly at `start` in `text`. */
  startingAt(text: string, start: number): string | undefined {
    if (start < 0 || start >= text.length) return undefined;
    const group = this.byFirst.get(text.charCodeAt(start));
    if (group === undefined) return undefined;
    for (const w of group) if (text.startsWith(w, start)) return w;
    return undefined;
  }

  /** First index at or after `from` (and before `to`) where a word starts. */
  indexIn(text: string, from = 0, to = text.length): { index: number; word: string } | undefined {
    const byFirst = this.byFirst;
    for (let i = Math.max(0, from); i < to; i++) {
      if (!byFirst.has(text.charCodeAt(i))) continue;
      const w = this.startingAt(text, i);
      if (w !== undefined && i + w.length <= to) return { index: i, word: w };
    }
    return undefined;
  }
}
