// 附件说明 (GB/T 9704 §7.3.3): after the body, 附件： names the attachments, one or a numbered list
// (附件：1. … / 2. …). The list names documents; its numbers are not the outline's.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { BlockLeaf, Claims } from './leaf.js';
import { numberedRunEnd } from './run.js';

export function findAttachmentLists(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || !claims.free(i)) continue;
    const lead = grammar.attachmentList.exec(leaf.text);
    if (!lead || grammar.glossaryHeading.test(leaf.text)) continue;
    const end = numberedRunEnd(claims, i, lead[0].length, outline, isAttachmentName, WRAPPED_NAME_LINES);
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
