// One decoded text as the stages see it: its positions, and its repaired reading text.
import type { Boilerplate, Paragraph } from '../schema.js';
import { cleanSlice, cleanSliceInto, type CleanText } from './clean.js';
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

  /** Cleaned spans by start offset: outline, leaves, dates and indicators read the same spans. */
  private cache: Map<number, { end: number; clean: CleanText }> | undefined = new Map();

  clean(start: number, end: number): CleanText {
    const hit = this.cache?.get(start);
    if (hit !== undefined && hit.end === end) return hit.clean;
    const clean = cleanSlice(this.source, start, end, this.markup);
    this.cache?.set(start, { end, clean });
    return clean;
  }

  /** Offset maps of the parser's leaves: one buffer for the whole text (see tileLeaf). */
  private tileMaps: Int32Array | undefined;

  /** Frees the cleaned spans (their offset maps take 4 bytes per character) once no stage needs them. */
  releaseCache(): void {
    this.cache?.clear();
    this.tileMaps = undefined;
  }

  /** A leaf node covering source[start, end). */
  leaf(kind: 'paragraph' | 'boilerplate', start: number, end: number): Paragraph | Boilerplate {
    return this.leafOf(kind, start, end, this.clean(start, end));
  }

  /**
   * A leaf of the parser's tiling of the text, whose leaves never overlap: its offset map is cut
   * from one buffer for the whole text (at its own offsets) instead of being allocated apart.
   */
  tileLeaf(kind: 'paragraph' | 'boilerplate', start: number, end: number, clean = this.tileClean(start, end)): Paragraph | Boilerplate {
    this.cache?.set(start, { end, clean });
    return this.leafOf(kind, start, end, clean);
  }

  /** cleanSlice of source[start, end) with its map in the tiling buffer: valid until a range
   *  overlapping it is cleaned there (a leaf of several lines overwrites its lines' maps). */
  tileClean(start: number, end: number): CleanText {
    this.tileMaps ??= new Int32Array(this.source.length);
    return cleanSliceInto(this.source, start, end, this.tileMaps, start, this.markup);
  }

  private leafOf(kind: 'paragraph' | 'boilerplate', start: number, end: number, clean: CleanText): Paragraph | Boilerplate {
    return {
      type: kind,
      text: clean.text,
      value: this.source.slice(start, end),
      position: this.locator.position(start, end),
    };
  }
}
