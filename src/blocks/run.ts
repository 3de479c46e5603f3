// A numbered run that belongs to a lead line: 注：1. … 2. …, 附件：1. … 2. … The run goes on while
// each next leaf continues the numbering (same scheme, next ordinal); the first item may stand on
// the lead line itself or start the next leaf at ordinal 1.
import type { OutlineGrammar } from '../grammar/outline.js';
import { matchMarkerAt } from '../outline/marker.js';
import type { BlockLeaf, Claims } from './leaf.js';

/**
 * End (exclusive leaf index) of the run led by leaf `lead`, whose lead words end at `after` in its
 * text; `isItem` tells which leaves can be items at all. An item may go on over up to `wraps` leaves
 * with no marker (a long name wrapped), when the next item follows them.
 */
export function numberedRunEnd(
  claims: Claims,
  lead: number,
  after: number,
  grammar: OutlineGrammar,
  isItem: (leaf: BlockLeaf) => boolean = () => true,
  wraps = 0,
): number {
  const leaves = claims.leaves;
  const text = (leaves[lead] as BlockLeaf).text;
  let pos = after;
  while (pos < text.length && /[\s\u3000]/u.test(text[pos] as string)) pos++;
  const first = matchMarkerAt(text, pos, grammar.blockSchemes);
  let scheme = first?.scheme.id;
  let last = first?.ordinal ?? 0;
  let end = lead + 1;
  let unmarked = 0;
  for (let k = lead + 1; k < leaves.length; k++) {
    const leaf = leaves[k] as BlockLeaf;
    if (leaf.furniture) continue;
    const m = leaf.marker;
    if (!claims.free(k) || claims.starts.has(k) || !isItem(leaf)) break;
    if (!m) {
      if (++unmarked > wraps) break;
      continue;
    }
    if (scheme === undefined ? m.ordinal !== 1 : m.scheme.id !== scheme || m.ordinal !== last + 1) break;
    scheme = m.scheme.id;
    last = m.ordinal;
    end = k + 1;
    unmarked = 0;
  }
  return end;
}
