// unified transformer: the outline stage.
import type { VFile } from 'vfile';
import { defaultOutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { TextView } from '../text/view.js';
import { OUTLINE_FREE, type BlockRegion, type DocumentLayout } from '../blocks/types.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { OutlineBuilder } from './build.js';

export function buildOutline(tree: PlanTree, view: TextView, layout?: DocumentLayout): void {
  const builder = new OutlineBuilder(view, defaultOutlineGrammar());
  const leaves = tree.children as Array<Paragraph | Boilerplate>;
  const lastParagraph = leaves.findLastIndex((l) => l.type === 'paragraph');
  const starts = new Set(layout?.documentStarts);
  const regions = layout?.regions ?? [];
  let r = 0;
  leaves.forEach((leaf, i) => {
    const start = leaf.position.start.offset;
    if (starts.has(start)) builder.startDocument();
    while (r < regions.length && (regions[r] as BlockRegion).end <= start) r++;
    const region = regions[r];
    const free = region !== undefined && region.start <= start && OUTLINE_FREE.has(region.kind);
    if (leaf.type === 'paragraph') {
      if (free) builder.addPlain(leaf);
      else builder.addParagraph(leaf);
    } else builder.addBoilerplate(leaf, i > lastParagraph);
  });
  tree.children = builder.finish();
}

export function planOutline() {
  return (tree: PlanTree, file: VFile): void => buildOutline(tree, fileView(file), (file.data as PlanFileData).layout);
}
