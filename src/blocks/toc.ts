// A table of contents (目录): after its heading, the headings of the document are listed (with or
// without page numbers) until the body begins, which repeats the first listed heading, or until a
// line that is not a heading (it has sentence punctuation).
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { BlockLeaf, Claims } from './leaf.js';

/** Dot leaders and a page number at the end of an entry. */
const PAGE = /[\s\u3000.．·…—-]*[0-9０-９]*$/u;
const MAX_ENTRY = 80;

export function findTablesOfContents(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    if (!claims.free(i) || !grammar.tocHeading.test((leaves[i] as BlockLeaf).text)) continue;
    const listed = new Set<string>();
    let end = i + 1;
    for (let k = i + 1; k < leaves.length; k++) {
      const leaf = leaves[k] as BlockLeaf;
      if (leaf.furniture) continue;
      const entry = leaf.text.replace(PAGE, '');
      const key = leaf.marker ? `${leaf.marker.scheme.id}|${leaf.marker.ordinal}` : entry;
      const heading = entry.length > 0 && entry.length <= MAX_ENTRY && [...entry].every((ch) => !outline.titleStops.has(ch));
      if (!heading || listed.has(key)) break;
      listed.add(key);
      end = k + 1;
    }
    claims.claim(i, end, 'toc');
    i = end - 1;
  }
}
