// One decoded text as the stages see it: its positions, and its repaired reading text.
import type { Boilerplate, Paragraph } from '../schema.js';
import { cleanSlice, type CleanText } from './clean.js';
import { Locator } from './locate.js';

export class TextView {
  readonly locator: Locator;

  /** `markup` flags source characters that are syntax, not text (markdown input). */
  constructor(
    readonly source: string,
    readonly markup?: Uint8Array,
  ) {
    this.locator = new Locator(source);
  }

  clean(start: number, end: number): CleanText {
    return cleanSlice(this.source, start, end, this.markup);
  }

  /** A leaf node covering source[start, end). */
  leaf(kind: 'paragraph' | 'boilerplate', start: number, end: number): Paragraph | Boilerplate {
    return {
      type: kind,
      text: this.clean(start, end).text,
      value: this.source.slice(start, end),
      position: this.locator.position(start, end),
    };
  }
}
