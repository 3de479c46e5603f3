// unified parser plugin for plain text: lines → blocks (with furniture marked) → leaves.
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { FurnitureGrammar } from '../grammar/furniture.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import { fileSource, fileView, emptyPlan, type PlanFileData, type PlanTree } from '../tree.js';
import { groupBlocks } from './blocks.js';
import { findFurniture } from '../blocks/furniture.js';
import { blocksToLeaves } from './leaves.js';
import { splitLines } from './lines.js';
import { markPageLines } from './pages.js';
import { looksLikePdfText, pageWrap } from './pdf.js';
import { defaultGrammars } from '../grammar/grammars.js';

/** The grammars a parser reads: which lines are furniture, the outline's markers, and the notes that open blocks of their own. */
export interface ParseGrammars {
  furniture: FurnitureGrammar;
  outline: OutlineGrammar;
  blocks: Pick<BlocksGrammar, 'noteLead' | 'attachmentList'>;
}

export interface ParseOptions {
  /** The furniture and outline grammars; the shipped ones when not given. */
  grammars?: ParseGrammars;
}

export function parsePlainText(file: VFile, grammars: ParseGrammars): PlanTree {
  const view = fileView(file);
  const text = view.source;
  const lines = splitLines(text);
  const furniture = findFurniture(text, lines, grammars.furniture, view.transparent);
  markPageLines(text, lines, furniture, grammars.furniture);
  // The block layer reads tables without the lines a page printed (its number, a running head): a
  // page number is no cell or row of a table the page broke.
  (file.data as PlanFileData).lines = furniture.includes('page') ? lines.filter((_, i) => furniture[i] !== 'page') : lines;
  const grammar = grammars.outline;
  const pdf = looksLikePdfText(text, lines, furniture, grammar);
  const blocks = groupBlocks(text, lines, furniture, grammar, pdf, !view.markdown, pdf ? pageWrap(text, lines, furniture) : null, view.transparent, grammars.blocks.noteLead, grammars.blocks.attachmentList);
  const plan = emptyPlan(fileSource(file), view.locator.position(0, text.length));
  for (const block of blocks) for (const [start, end] of block.hidden ?? []) view.hide(start, end);
  plan.children = blocksToLeaves(view, blocks);
  return plan;
}

/** The plain-text parser as a unified plugin: a VFile's text in, the plan tree's leaves out. */
export function planParse(this: Processor, options: ParseOptions = {}): void {
  const grammars = options.grammars ?? defaultGrammars();
  // unified's parser slot: VFile in, tree out.
  (this as unknown as { parser: (doc: string, file: VFile) => PlanTree }).parser = (_doc, file) => parsePlainText(file, grammars);
}
