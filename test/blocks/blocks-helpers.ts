// Runs the parser and the block layer on a snippet; tells what class the line holding a needle got.
import { VFile } from 'vfile';
import { planLayout } from '../../src/blocks/plugin.js';
import type { BlockKind, DocumentLayout } from '../../src/blocks/types.js';
import { parsePlainText } from '../../src/parse/plain.js';
import { readingText } from '../../src/text/reading.js';
import { grammars } from '../grammar-helpers.js';

export interface Classified {
  layout: DocumentLayout;
  /** The class of the stretch holding the first occurrence of `needle` ('body' when none). */
  kindOf(needle: string): BlockKind;
  /** The first line of each document after the first. */
  documentHeads(): string[];
}

export function classify(text: string): Classified {
  const tree = parsePlainText(new VFile({ value: text }), grammars());
  // The block layer reads the text as the stages do (src/text/reading.ts), as the plugin hands it.
  const layout = planLayout(readingText(text), tree.children as never, grammars());
  return {
    layout,
    kindOf(needle) {
      const at = text.indexOf(needle);
      if (at < 0) throw new Error(`not in the text: ${needle}`);
      return layout.regions.find((r) => r.start <= at && at < r.end)?.kind ?? 'body';
    },
    documentHeads: () => layout.documentStarts.map((s) => text.slice(s).split('\n')[0] as string),
  };
}
