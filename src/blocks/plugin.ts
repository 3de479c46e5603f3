// unified transformer: the block layer. Before any numbering is believed it says what each stretch
// of the text is (body, table, note, inset, attachment list, form, glossary, table of contents,
// furniture, notice, signature, title) and where each document in the file starts, and leaves that
// on file.data.layout for the outline and the later stages. Classes claim leaves in priority order:
// a leaf claimed once keeps its class.
import type { VFile } from 'vfile';
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { TableGrammar } from '../grammar/tables.js';
import type { Boilerplate, Paragraph } from '../schema.js';
import type { Line } from '../parse/lines.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { findAttachmentLists } from './attachment-list.js';
import { findDocuments, findNotices } from './document.js';
import { findForms } from './form.js';
import { findGlossaries } from './glossary.js';
import { findInsets } from './inset.js';
import { Claims, toBlockLeaves } from './leaf.js';
import { regionsOf } from './regions.js';
import { findSignatures } from './signature.js';
import { findTables } from './table.js';
import { claimTables } from './table-claim.js';
import { findTableNotes } from './table-note.js';
import { findTaskLists } from './task-list.js';
import { findTablesOfContents } from './toc.js';
import type { BlockRegion, DocumentLayout } from './types.js';
import { defaultGrammars } from '../grammar/grammars.js';

export interface LayoutGrammars {
  blocks: BlocksGrammar;
  outline: OutlineGrammar;
  tables: TableGrammar;
}

/** `lines`: the source's lines when the parser has split them already (they are not split again). */
export function planLayout(source: string, leaves: ReadonlyArray<Paragraph | Boilerplate>, grammars: LayoutGrammars, lines?: readonly Line[], transparent?: Uint8Array): DocumentLayout {
  const { blocks: grammar, outline } = grammars;
  const claims = new Claims(toBlockLeaves(source, leaves, outline));
  claims.leaves.forEach((leaf, i) => {
    if (leaf.furniture) claims.claim(i, i + 1, 'furniture');
  });
  const tables = findTables(source, grammars.tables, lines, transparent);
  claimTables(claims, tables);
  findTaskLists(claims, grammars.tables);
  findTablesOfContents(claims, grammar, outline);
  findSignatures(claims, grammar);
  findDocuments(claims, grammar);
  findAttachmentLists(claims, grammar, outline);
  findGlossaries(claims, grammar);
  findForms(claims, grammar);
  findTableNotes(claims, grammar, outline);
  findInsets(claims, grammar);
  findNotices(claims, grammar);
  const documentStarts = [...claims.starts].sort((a, b) => a - b).map((i) => (claims.leaves[i] as { start: number }).start);
  const leading = claims.leaves.map((leaf) => (leaf.furniture ? undefined : { text: leaf.text, grammar: outline, match: leaf.leading }));
  return { regions: regionsOf(claims), tables, documentStarts, leading };
}

export interface BlocksOptions {
  /** The block, furniture, outline and table grammars; the shipped ones when not given. */
  grammars?: LayoutGrammars;
}

/** The block stage as a unified plugin: says what each stretch of text is before numbering is believed. */
export function planBlocks(options: BlocksOptions = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return (tree: PlanTree, file: VFile): void => {
    // Before the outline the tree's children are the parser's leaves.
    const leaves = tree.children as Array<Paragraph | Boilerplate>;
    const data = file.data as PlanFileData;
    const view = fileView(file);
    const layout = planLayout(view.source, leaves, grammars, data.lines, view.unread());
    // The block layer is the last reader of the parser's lines.
    data.lines = undefined;
    data.layout = layout;
    markParagraphs(leaves, layout.regions);
  };
}

/** Puts each paragraph's class on it (`block`) when it is not body text; furniture is boilerplate already. */
function markParagraphs(leaves: Array<Paragraph | Boilerplate>, regions: readonly BlockRegion[]): void {
  let r = 0;
  for (const leaf of leaves) {
    const start = leaf.position.start.offset;
    while (r < regions.length && (regions[r] as BlockRegion).end <= start) r++;
    const region = regions[r];
    if (leaf.type === 'paragraph' && region && region.start <= start) leaf.block = region.kind;
  }
}
