// unified transformer: the outline stage.
import type { VFile } from 'vfile';
import { defaultOutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanTree } from '../tree.js';
import { OutlineBuilder } from './build.js';

export function buildOutline(tree: PlanTree, view: TextView): void {
  const builder = new OutlineBuilder(view, defaultOutlineGrammar());
  const leaves = tree.children as Array<Paragraph | Boilerplate>;
  const lastParagraph = leaves.findLastIndex((l) => l.type === 'paragraph');
  leaves.forEach((leaf, i) => {
    if (leaf.type === 'paragraph') builder.addParagraph(leaf);
    else builder.addBoilerplate(leaf, i > lastParagraph);
  });
  tree.children = builder.finish();
}

export function planOutline() {
  return (tree: PlanTree, file: VFile): void => buildOutline(tree, fileView(file));
}
