// A glossary (名词解释, 附：名词解释) after the body: numbered definitions of terms used in the text.
// It runs to the next document (or attachment) or the end of the file.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { BlockLeaf, Claims } from './leaf.js';

export function findGlossaries(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || leaf.marker || !grammar.glossaryHeading.test(leaf.text)) continue;
    const end = claims.nextStart(i);
    claims.claim(i, end, 'glossary');
    i = end - 1;
  }
}
