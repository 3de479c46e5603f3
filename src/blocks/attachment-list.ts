// 附件说明 (GB/T 9704 §7.3.3): after the body, 附件： names the attachments, one or a numbered list
// (附件：1. … / 2. …). The list names documents; its numbers are not the outline's.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { BlockLeaf, Claims } from './leaf.js';
import { matchMarkerAt } from '../outline/marker.js';
import { numberedRunEnd } from './run.js';

export function findAttachmentLists(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || !claims.free(i)) continue;
    // (a numbered heading 8 附件 / 九、附件: the names on the lines after it are the list, the heading stays a section)
    if (leaf.marker && grammar.attachmentChapter.test(leaf.text.slice(leaf.marker.end))) {
      const end = numberedRunEnd(claims, i, leaf.text.length, outline, isAttachmentName, WRAPPED_NAME_LINES);
      if (end > i + 1) claims.claim(i + 1, end, 'attachment-list');
      i = end - 1;
      continue;
    }
    const lead = grammar.attachmentList.exec(leaf.text);
    if (!lead || grammar.glossaryHeading.test(leaf.text)) continue;
    // GB/T 9704-2012 7.3.3: several attachments are numbered from the 附件： line on (附件：1. …); a name there with no number is
    // the one attachment, and no numbered line after it continues the list (一、 under 附件：<the plan's title> is the plan's).
    const end = singleName(leaf.text, lead[0].length, outline) ? i + 1 : numberedRunEnd(claims, i, lead[0].length, outline, isAttachmentName, WRAPPED_NAME_LINES);
    claims.claim(i, end, 'attachment-list');
    i = end - 1;
  }
}

/** GB/T 9704-2012 7.3.3: 附件名称较长需回行时 the name goes on over the next line (aligned under its first
 *  character; a text copy or a PDF's text may lose the indent): the lines an item may wrap onto. */
const WRAPPED_NAME_LINES = 2;

/** An attachment's name is a title: short, no sentence in it (附：一、… 二、… with sentences is a document). */
const SENTENCE = /[。！？!?]/u;
const MAX_NAME = 100;
const isAttachmentName = (leaf: BlockLeaf): boolean => leaf.text.length <= MAX_NAME && !SENTENCE.test(leaf.text);

/** Whether the 附件： lead at text[0, after) is followed by a name with no number of a list before it. */
function singleName(text: string, after: number, outline: OutlineGrammar): boolean {
  let pos = after;
  while (pos < text.length && /[\s\u3000]/u.test(text[pos] as string)) pos++;
  return pos < text.length && matchMarkerAt(text, pos, outline.blockSchemes) === undefined;
}
