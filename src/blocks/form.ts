// An attached form or questionnaire (调查表, 登记表, 附表, 问卷, a roster of names): an attachment
// whose title says it is a form. Everything in it (questions, answer options ①②③, 填表说明 and its
// numbered points) is form content, up to the next document or the end of the file.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { BlockLeaf, Claims } from './leaf.js';

export function findForms(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  // The body ends at the first attachment or document after it, or at the first signature block.
  let bodyEnded = false;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (claims.starts.has(i) || claims.kinds[i] === 'signature') bodyEnded = true;
    if (leaf.furniture || leaf.marker) continue;
    // The form's title: an attachment's title (classed 'title' by findDocuments), or after the
    // body a free line that names a form or only a form has (填表说明, □ boxes).
    const titled = claims.kinds[i] === 'title' && grammar.formTitle.test(leaf.text);
    const bare = bodyEnded && claims.free(i) && (grammar.formTitle.test(leaf.text) || grammar.formLine.test(leaf.text));
    if (!titled && !bare) continue;
    const end = claims.nextStart(i);
    claims.kinds[i] = 'form';
    claims.claim(i + 1, end, 'form');
    i = end - 1;
  }
}
