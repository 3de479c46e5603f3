// The block layer's view of one parser leaf: its span, reading text and leading marker, worked out
// once and shared by every block class.
import type { OutlineGrammar } from '../grammar/outline.js';
import { leadingMatch, matchLeadingMarker, type MarkerMatch } from '../outline/marker.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { BlockKind } from './types.js';
import { partitionPoint } from '../text/sorted.js';

export interface BlockLeaf {
  start: number;
  end: number;
  /** Cleaned reading text, trimmed. */
  text: string;
  /** The source as the stages read it (src/text/reading.ts), trimmed: spaces that cleaning removes
   *  still part a name from a date. */
  raw: string;
  furniture: boolean;
  /** The numbering marker the leaf starts with, if any. */
  marker: MarkerMatch | undefined;
  /** The block scheme matched at its start even with no text after it (leadingMatch), for the outline. */
  leading: MarkerMatch | undefined;
}

/** Whether the source line `raw` has white space after the reading text's first `i` characters (`1 总则`: the space
 *  that cleaning dropped after a bare number), read where the line starts as its reading text does. */
function spacedInRaw(text: string, raw: string, i: number): boolean {
  const head = text.slice(0, i);
  return raw.startsWith(head) && SPACE_AFTER.test(raw.slice(head.length, head.length + 1));
}

const SPACE_AFTER = /^[ \t\u3000\u00a0]$/u;

/** `source`: the reading text the leaves' offsets point into. */
export function toBlockLeaves(source: string, leaves: ReadonlyArray<Paragraph | Boilerplate>, grammar: OutlineGrammar): BlockLeaf[] {
  return leaves.map((leaf) => {
    // trim() drops the white space of \s (NBSP and the ideographic space included).
    const text = leaf.text.trim();
    const furniture = leaf.type === 'boilerplate';
    const raw = source.slice(leaf.position.start.offset, leaf.position.end.offset).trim();
    const leading = furniture ? undefined : leadingMatch(text, grammar, (i) => spacedInRaw(text, raw, i));
    return {
      start: leaf.position.start.offset,
      end: leaf.position.end.offset,
      text,
      raw,
      furniture,
      marker: furniture ? undefined : matchLeadingMarker(text, grammar, leading),
      leading,
    };
  });
}

/** What each leaf has been classed as so far (undefined: body). Classes claim leaves in priority order. */
export class Claims {
  readonly kinds: Array<BlockKind | undefined>;
  /** Leaf indexes where a new document starts. */
  readonly starts = new Set<number>();

  constructor(readonly leaves: readonly BlockLeaf[]) {
    this.kinds = new Array<BlockKind | undefined>(leaves.length).fill(undefined);
  }

  /** Claims leaves [from, to) that nothing has claimed yet. */
  claim(from: number, to: number, kind: BlockKind): void {
    for (let i = from; i < to; i++) this.kinds[i] ??= kind;
  }

  free(i: number): boolean {
    return this.kinds[i] === undefined;
  }

  private sortedStarts: number[] | undefined;

  /** Where the next document begins after leaf i (a class that runs to "the end" stops there). */
  nextStart(i: number): number {
    this.sortedStarts ??= [...this.starts].sort((a, b) => a - b);
    const starts = this.sortedStarts;
    return starts[partitionPoint(starts.length, (k) => (starts[k] as number) <= i)] ?? this.leaves.length;
  }

  addStart(i: number): void {
    this.starts.add(i);
    this.sortedStarts = undefined;
  }
}
