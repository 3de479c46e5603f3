// Turns blocks into the plan tree's leaf nodes.
import type { Boilerplate, Paragraph } from '../schema.js';
import { cleanSlice } from '../text/clean.js';
import type { Locator } from '../text/locate.js';
import type { Block } from './blocks.js';

export function leafFor(
  source: string,
  locator: Locator,
  kind: 'paragraph' | 'boilerplate',
  start: number,
  end: number,
): Paragraph | Boilerplate {
  return {
    type: kind,
    text: cleanSlice(source, start, end).text,
    value: source.slice(start, end),
    position: locator.position(start, end),
  };
}

/** One leaf per block; a text with no block at all (empty or blank) still gets one leaf. */
export function blocksToLeaves(source: string, locator: Locator, blocks: readonly Block[]): Array<Paragraph | Boilerplate> {
  if (blocks.length === 0) return source === '' ? [] : [leafFor(source, locator, 'paragraph', 0, source.length)];
  return blocks.map((b) => leafFor(source, locator, b.kind, b.start, b.end));
}
