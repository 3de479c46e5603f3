// The signature block (GB/T 9704 §7.3.5): the issuing bodies' names on short lines, then the date
// (成文日期, Arabic or Chinese numerals), possibly on the last name line, then a note such as
// （此件公开发布）. Only after body text (a sentence or a numbered line): a date at the head of a page is not a signature.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { BlockLeaf, Claims } from './leaf.js';

const PUNCTUATION = /[。；;，,：:！!？?“”"《》]/u;
/** Body text: a sentence (ends with a full stop) or a numbered line. */
const SENTENCE_END = /[。；;！!？?]/u;
/** How many name lines may stand above the date. */
const MAX_NAMES = 4;

export function findSignatures(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  const max = grammar.signatureMaxLength;
  const nameLine = (k: number): boolean => {
    const leaf = leaves[k] as BlockLeaf;
    return claims.free(k) && !leaf.furniture && !leaf.marker && leaf.text.length <= max && !PUNCTUATION.test(leaf.text);
  };
  let body = false;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || !claims.free(i)) continue;
    const dated = leaf.text.length <= max + 12 && leaf.raw.length <= 2 * max && !PUNCTUATION.test(leaf.text) && grammar.signatureDate.test(leaf.raw);
    if (!dated || !body) {
      if (leaf.marker || SENTENCE_END.test(leaf.text)) body = true;
      continue;
    }
    let from = i;
    while (from > 0 && i - from < MAX_NAMES && nameLine(from - 1)) from--;
    let to = i + 1;
    while (to < leaves.length && claims.free(to) && grammar.signatureNote.test((leaves[to] as BlockLeaf).text)) to++;
    claims.claim(from, to, 'signature');
    i = to - 1;
  }
}
