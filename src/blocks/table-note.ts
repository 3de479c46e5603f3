// Notes under a table or figure: 注： (备注：, 资料来源：; 说明： right under a table) and the
// numbered notes that follow it (注：1. … 2. …). Their numbers are the notes', not the outline's.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { BlockLeaf, Claims } from './leaf.js';
import { numberedRunEnd } from './run.js';

export function findTableNotes(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || !claims.free(i) || leaf.marker) continue;
    const lead = grammar.noteLead.exec(leaf.text) ?? (afterTable(claims, i) ? grammar.tableNoteLead.exec(leaf.text) : null);
    if (!lead) continue;
    const end = numberedRunEnd(claims, i, lead[0].length, outline);
    claims.claim(i, end, 'table-note');
    i = end - 1;
  }
}

function afterTable(claims: Claims, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (claims.leaves[p] as BlockLeaf).furniture) p--;
  return p >= 0 && claims.kinds[p] === 'table';
}
