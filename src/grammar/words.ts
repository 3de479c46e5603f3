// A set of words matched at a position in text, longest first. Grammar word lists compile to this.

export class WordSet {
  private readonly words: Set<string>;
  private readonly lengths: number[];

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w !== ''));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The longest word that ends exactly at `end` in `text`. */
  endingAt(text: string, end: number): string | undefined {
    for (const n of this.lengths) {
      if (n > end) continue;
      const w = text.slice(end - n, end);
      if (this.words.has(w)) return w;
    }
    return undefined;
  }

  /** The longest word that starts exactly at `start` in `text`. */
  startingAt(text: string, start: number): string | undefined {
    for (const n of this.lengths) {
      if (start + n > text.length) continue;
      const w = text.slice(start, start + n);
      if (this.words.has(w)) return w;
    }
    return undefined;
  }

  /** First index at or after `from` (and before `to`) where a word starts. */
  indexIn(text: string, from = 0, to = text.length): { index: number; word: string } | undefined {
    for (let i = from; i < to; i++) {
      const w = this.startingAt(text, i);
      if (w !== undefined && i + w.length <= to) return { index: i, word: w };
    }
    return undefined;
  }
}
