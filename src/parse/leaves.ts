// Turns blocks into the plan tree's leaf nodes.
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import type { Block } from './blocks.js';

/** One leaf per block; a text with no block at all (empty or blank) still gets one leaf. A block
 *  cleaned while grouping keeps its reading text. */
export function blocksToLeaves(view: TextView, blocks: readonly Block[]): Array<Paragraph | Boilerplate> {
  if (blocks.length === 0) return view.source === '' ? [] : [view.leaf('paragraph', 0, view.source.length)];
  return blocks.map((b) => (b.clean ? view.leafWith(b.kind, b.start, b.end, b.clean) : view.leaf(b.kind, b.start, b.end)));
}
