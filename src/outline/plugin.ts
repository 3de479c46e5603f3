// unified transformer: the outline stage.
import type { VFile } from 'vfile';
import type { DocumentLayout } from '../blocks/types.js';
import { defaultOutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { OutlineBuilder } from './build.js';

/** Builds the outline from the parser's leaves and the block layer's layout (when there is one). */
export function buildOutline(tree: PlanTree, view: TextView, layout?: DocumentLayout): void {
  const builder = new OutlineBuilder(view, defaultOutlineGrammar());
  tree.children = builder.build(tree.children as Array<Paragraph | Boilerplate>, layout);
}

export function planOutline() {
  return (tree: PlanTree, file: VFile): void => buildOutline(tree, fileView(file), (file.data as PlanFileData).layout);
}
