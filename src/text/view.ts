// One decoded text as the stages see it: its positions, and its repaired reading text.
import type { Boilerplate, Paragraph } from '../schema.js';
import { WHITE_SPACE } from './breaks.js';
import { cleanSlice, type CleanText } from './clean.js';
import { readableSlice, readingText, transparentOf } from './reading.js';
import { Locator } from './locate.js';

export class TextView {
  readonly locator: Locator;

  /**
   * The text every stage reads (src/text/reading.ts): the decoded text with full-width digits, ％
   * and ／ written as ASCII ones (２０２５年 → 2025年, 10／10万 → 10/10万), so that each pattern and
   * reader meets one form of a number, HTML character references read (&ldquo; → “) and HTML tags
   * as white space (a block's tag ending the line). Same length as `original`, so its offsets are
   * the source's.
   */
  readonly source: string;

  /** Where `source` has a space for what is no white space as written (a tag, a reference's
   *  padding, an invisible character): left out of every cleaning without a gap (transparentOf). */
  readonly transparent: Uint8Array | undefined;

  /** Whether the text is markdown: its syntax is flagged in `hidden` from the start. */
  readonly markdown: boolean;
  /** Source characters that are not text, left out of every cleaning: markdown syntax, and a page
   *  number printed inside a paragraph a page broke (made when the first one is hidden). */
  private hidden: Uint8Array | undefined;

  /** `markup` flags source characters that are syntax, not text (markdown input). */
  constructor(
    /** The decoded text as written: the `value` of every leaf is a slice of it. */
    readonly original: string,
    markup?: Uint8Array,
  ) {
    this.source = readingText(original);
    this.transparent = transparentOf(original, this.source);
    this.locator = new Locator(original);
    this.markdown = markup !== undefined;
    this.hidden = markup;
  }

  /** source[start, end) without its transparent characters: the text of a line as a reader of
   *  whole lines (meta's patterns) should see it, `2024年` where the page wrote `<span>2024</span>年`. */
  readable(start: number, end: number): string {
    return readableSlice(this.source, start, end, this.transparent);
  }

  /** What stands for nothing in `source`: its transparent characters and the hidden ones (markdown
   *  syntax, page numbers) — for the readers of whole lines that see no cleaning (the table finder). */
  unread(): Uint8Array | undefined {
    const { transparent, hidden } = this;
    if (transparent === undefined || hidden === undefined) return transparent ?? hidden;
    const both = new Uint8Array(hidden);
    for (let i = 0; i < both.length; i++) if (transparent[i] === 1) both[i] = 1;
    return both;
  }

  /** Leaves source[start, end) out of every cleaning from now on (nothing of it may be cleaned yet). */
  hide(start: number, end: number): void {
    this.hidden ??= new Uint8Array(this.source.length);
    this.hidden.fill(1, start, end);
  }

  /** Whether every character of source[start, end) but white space is left out of the cleaning
   *  (most lines answer at their first character). */
  hides(start: number, end: number): boolean {
    const hidden = this.hidden;
    if (hidden === undefined) return false;
    for (let i = start; i < end; i++) if (hidden[i] !== 1 && WHITE_SPACE[this.source.charCodeAt(i)] !== 1) return false;
    return true;
  }

  /** Cleaned spans by start offset: outline, leaves, dates and indicators read the same spans. */
  private cache: Map<number, CleanText> | undefined = new Map();

  clean(start: number, end: number): CleanText {
    const hit = this.cache?.get(start);
    if (hit !== undefined && hit.end === end) return hit;
    const clean = cleanSlice(this.source, start, end, this.hidden, this.transparent);
    this.cache?.set(start, clean);
    return clean;
  }

  /** Frees the cleaned spans once no stage needs them. */
  releaseCache(): void {
    this.cache?.clear();
  }

  /** A leaf node covering source[start, end). */
  leaf(kind: 'paragraph' | 'boilerplate', start: number, end: number): Paragraph | Boilerplate {
    return this.leafOf(kind, start, end, this.clean(start, end));
  }

  /**
   * A leaf node covering source[start, end) whose reading text is known: `clean` is the cleaning
   * of its one line, and the rest of the range (blank lines before or after it) cleans to nothing.
   */
  leafWith(kind: 'paragraph' | 'boilerplate', start: number, end: number, clean: CleanText): Paragraph | Boilerplate {
    this.cache?.set(start, clean.end === end ? clean : { text: clean.text, runs: clean.runs, end });
    return this.leafOf(kind, start, end, clean);
  }

  private leafOf(kind: 'paragraph' | 'boilerplate', start: number, end: number, clean: CleanText): Paragraph | Boilerplate {
    return {
      type: kind,
      text: clean.text,
      value: this.original.slice(start, end),
      position: this.locator.position(start, end),
    };
  }
}
