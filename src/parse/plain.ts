// unified parser plugin for plain text: lines → blocks (with furniture marked) → leaves.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { defaultFurnitureGrammar } from '../grammar/furniture.js';
import { defaultOutlineGrammar } from '../grammar/outline.js';
import { fileSource, fileView, emptyPlan, type PlanTree } from '../tree.js';
import { groupBlocks } from './blocks.js';
import { findFurniture } from '../blocks/furniture.js';
import { blocksToLeaves } from './leaves.js';
import { splitLines } from './lines.js';
import { looksLikePdfText } from './pdf.js';

export function parsePlainText(file: VFile): PlanTree {
  const view = fileView(file);
  const text = view.source;
  const lines = splitLines(text);
  const furniture = findFurniture(text, lines, defaultFurnitureGrammar());
  const grammar = defaultOutlineGrammar();
  const blocks = groupBlocks(text, lines, furniture, grammar, looksLikePdfText(text, lines, furniture, grammar));
  const plan = emptyPlan(fileSource(file), view.locator.position(0, text.length));
  plan.children = blocksToLeaves(view, blocks);
  return plan;
}

export function planParse(this: Processor): void {
  // unified's parser slot: VFile in, tree out.
  (this as unknown as { parser: (doc: string, file: VFile) => PlanTree }).parser = (_doc, file) => parsePlainText(file);
}
