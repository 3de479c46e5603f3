// The document the metadata describes, when a file holds several (three notices run together in
// one PDF extraction, a report followed by an appendix that is a document of its own): from the
// top of the file to where the next document starts after the plan's title. Facts that are read
// from the running text (target years) are read in this range only.
//
// The next document starts at the first of these after the title: a start the block layer found
// (file.data.layout.documentStarts: a title over a 文号 or a first ordinal, an attachment label),
// the end of a signature block that follows some body text (organ and date right under the title
// are a cover line, not the end), an attachment label (`附件2`), or the title of another notice.
import type { MetaGrammar } from '../grammar/meta.js';
import type { MetaDoc } from './doc.js';
import { signatureAt } from './signature.js';

const SENTENCE = /[。；;！!？?]/u;

/** Index (in MetaDoc.blocks) just past the document whose title ends at block `titleAt`;
 *  `starts` are the source offsets where the block layer saw documents start. */
export function documentEnd(doc: MetaDoc, titleAt: number, grammar: MetaGrammar, starts: readonly number[] = []): number {
  const blocks = doc.blocks;
  const from = Math.max(0, titleAt + 1);
  const next = starts.find((s) => s >= (blocks[from]?.offset ?? Infinity));
  let body = false;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (next !== undefined && block.offset >= next) return i;
    if (block.furniture) continue;
    if (grammar.attachmentLabel.test(block.text)) return i;
    if (block.text.length <= grammar.maxTitle && grammar.noticeEnd.test(block.text)) return i;
    const signature = body ? signatureAt(blocks, i, grammar) : null;
    if (signature) return signature.last + 1;
    if (SENTENCE.test(block.text)) body = true;
  }
  return blocks.length;
}

/** The reading text of blocks [0, end), without furniture. */
export function textUpTo(doc: MetaDoc, end: number): string {
  return doc.blocks
    .slice(0, end)
    .filter((b) => !b.furniture)
    .map((b) => b.text)
    .join('\n');
}
