// unified transformer: the outline stage.
import type { VFile } from 'vfile';
import { defaultOutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanTree } from '../tree.js';
import { OutlineBuilder } from './build.js';

export function buildOutline(tree: PlanTree, view: TextView): void {
  const builder = new OutlineBuilder(view, defaultOutlineGrammar());
  tree.children = builder.build(tree.children as Array<Paragraph | Boilerplate>);
}

export function planOutline() {
  return (tree: PlanTree, file: VFile): void => buildOutline(tree, fileView(file));
}
