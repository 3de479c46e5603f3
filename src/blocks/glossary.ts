// A glossary (名词解释, 附：名词解释) after the body: numbered definitions of terms used in the text.
// It runs to the next document (or attachment) or the end of the file. End notes under a bare 注释
// heading (a report as the press prints it: ①“六新”：指…) are one too, when their first entry shows it.
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
}

/** Whether leaves[i] heads end notes: a bare 注释 line whose next text line is a note that explains a term. */
function endNotesAt(leaves: readonly BlockLeaf[], i: number, grammar: BlocksGrammar): boolean {
  if (!grammar.endNotesHeading.test((leaves[i] as BlockLeaf).text)) return false;
  let next = i + 1;
  while (next < leaves.length && (leaves[next] as BlockLeaf).furniture) next++;
  const entry = leaves[next];
  return entry !== undefined && grammar.endNote.test(entry.text);
}
