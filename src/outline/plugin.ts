// unified transformer: the outline stage.
import type { VFile } from 'vfile';
import type { DocumentLayout } from '../blocks/types.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { OutlineBuilder } from './build.js';
import { defaultGrammars } from '../grammar/grammars.js';

/** Builds the outline from the parser's leaves and the block layer's layout (when there is one). */
export function buildOutline(tree: PlanTree, view: TextView, grammar: OutlineGrammar, layout?: DocumentLayout): void {
  const builder = new OutlineBuilder(view, grammar);
  tree.children = builder.build(tree.children as Array<Paragraph | Boilerplate>, layout);
}

export interface OutlineOptions {
  /** The outline grammar (numbering schemes); the shipped one when not given. */
  grammar?: OutlineGrammar;
}

/** The outline stage as a unified plugin: numbered sections from the block layer's leaves. */
export function planOutline(options: OutlineOptions = {}) {
  const grammar = options.grammar ?? defaultGrammars().outline;
  return (tree: PlanTree, file: VFile): void => {
    const layout = (file.data as PlanFileData).layout;
    buildOutline(tree, fileView(file), grammar, layout);
    // The outline is the only reader of the block layer's leading markers.
    if (layout) layout.leading = undefined;
  };
}
