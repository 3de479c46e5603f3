// A glossary (名词解释, 附：名词解释) after the body: numbered definitions of terms used in the text.
// It runs to the next document (or attachment) or the end of the file. End notes under a bare 注释
// heading (a report as the press prints it: ①“六新”：指…) are one too, when their first entry shows it,
// and so is a run of such notes to the end of the text that lost its heading.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { BlockLeaf, Claims } from './leaf.js';

export function findGlossaries(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || leaf.marker || !(grammar.glossaryHeading.test(leaf.text) || endNotesAt(leaves, i, grammar))) continue;
    const end = claims.nextStart(i);
    claims.claim(i, end, 'glossary');
    i = end - 1;
  }
  // A run of notes without their heading ends a document: walk back from each document's end.
  for (const end of new Set([...claims.starts, leaves.length])) headlessNotesBefore(claims, end, grammar);
}

/** The fewest notes a run without its heading is believed on. */
const MIN_HEADLESS_NOTES = 2;

/** Claims the run of end notes that define terms right before leaf `end` (furniture aside), at least
 *  MIN_HEADLESS_NOTES of them, as a glossary. */
function headlessNotesBefore(claims: Claims, end: number, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  let from = end;
  let notes = 0;
  while (from > 0) {
    const leaf = leaves[from - 1] as BlockLeaf;
    if (!leaf.furniture) {
      if (!claims.free(from - 1) || !grammar.endNoteDefinition.test(leaf.text)) break;
      notes++;
    }
    from--;
  }
  if (notes >= MIN_HEADLESS_NOTES) claims.claim(from, end, 'glossary');
}

/** Whether leaves[i] heads end notes: a bare 注释 line whose next text line is a note that explains a term. */
function endNotesAt(leaves: readonly BlockLeaf[], i: number, grammar: BlocksGrammar): boolean {
  if (!grammar.endNotesHeading.test((leaves[i] as BlockLeaf).text)) return false;
  let next = i + 1;
  while (next < leaves.length && (leaves[next] as BlockLeaf).furniture) next++;
  const entry = leaves[next];
  return entry !== undefined && grammar.endNote.test(entry.text);
}
