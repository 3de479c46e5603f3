// Notes under a table or figure: 注： (备注：, 资料来源：; 说明： right under a table) and the
// numbered notes that follow it (注：1. … 2. …), and the footnotes ①… after them whose marks the text before carries
// (基层医疗卫生机构①2968个). Their numbers are the notes', not the outline's.
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
    const end = footnotesEnd(claims, i, numberedRunEnd(claims, i, lead[0].length, outline), grammar, outline);
    claims.claim(i, end, 'table-note');
    i = end - 1;
  }
}

function afterTable(claims: Claims, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (claims.leaves[p] as BlockLeaf).furniture) p--;
  return p >= 0 && claims.kinds[p] === 'table';
}

/** End of the footnotes ①, ②… that follow the notes led by leaf `lead` (ending at `end`): a run of circled entries whose
 *  first mark the text before the notes carries as a reference (grammars/blocks.yaml footnoteEntry, footnoteRef); else `end`. */
function footnotesEnd(claims: Claims, lead: number, end: number, grammar: BlocksGrammar, outline: OutlineGrammar): number {
  const leaves = claims.leaves;
  let k = end;
  while (k < leaves.length && (leaves[k] as BlockLeaf).furniture) k++;
  const entry = leaves[k];
  if (entry === undefined || !claims.free(k) || claims.starts.has(k)) return end;
  const mark = grammar.footnoteEntry.exec(entry.text)?.groups?.mark;
  if (mark === undefined || !referenced(claims, lead, mark, grammar.footnoteRef)) return end;
  return numberedRunEnd(claims, k, 0, outline);
}

/** Whether a leaf before `before` in the same document carries `mark` as a footnote reference. */
function referenced(claims: Claims, before: number, mark: string, ref: RegExp): boolean {
  for (let p = before - 1; p >= 0 && !claims.starts.has(p + 1); p--) {
    const leaf = claims.leaves[p] as BlockLeaf;
    if (leaf.furniture || !leaf.text.includes(mark)) continue;
    for (const m of leaf.text.matchAll(ref)) if (m.groups?.mark === mark) return true;
  }
  return false;
}
