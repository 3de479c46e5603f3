// Where one document ends and the next begins inside one file: a notice and the plan it prints,
// documents concatenated, an attachment that is a document of its own. Each has its own numbering.
//
// A document starts (once the current one has had body text) at
//  - an attachment label alone on its line (附件 / 附件2: GB/T 9704 puts it atop the attachment),
//    or 附：X over numbered items that have sentences (an appended 民生实事 list, not a list of attachment names),
//    or with the attachment's title after it (附件2：XX调查表), or
//  - a title line (short, no sentence punctuation, ends with a genre word such as 方案/办法/通知)
//    under which a 文号 line or the addressees (主送机关, ending with a colon) follow, or whose next
//    numbered line is a first ordinal (一、 第一章 1.) when it follows the end of another document
//    (a signature) or is the title a notice says it prints (印发《X》).
// Title lines and labels are classed 'title'; they are not headings.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { BlockLeaf, Claims } from './leaf.js';

/** A heading-like line after an attachment label: the attachment's title. */
const MAX_TITLE = 80;
const SENTENCE = /[。；;！!？?，,：:]/u;
/** A title broken over lines: at most this many lines above the last, each at most this long. */
const MAX_TITLE_LINES = 2;
const MAX_TITLE_LINE = 40;

export function findDocuments(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  const nextMarker = nextMarkerIndex(leaves);
  const named = printedTitles(leaves, grammar);
  // Body leaves since the current document started, as counted before each leaf.
  const content = new Int32Array(leaves.length + 1);
  let count = 0;
  for (let i = 0; i < leaves.length; i++) {
    content[i] = count;
    const leaf = leaves[i] as BlockLeaf;
    if (leaf.furniture || !claims.free(i)) continue;
    // 附：X over numbered items with sentences (1.教育扩容工程。新建…): an appended document, its numbering its own.
    if (grammar.appendedHeading.test(leaf.text) && !grammar.glossaryHeading.test(leaf.text) && sentenceItemFollows(leaves, i)) {
      if (count > 0) claims.addStart(i);
      count = 0;
      claims.claim(i, i + 1, 'title');
      continue;
    }
    const labelled = grammar.attachmentHeading.test(leaf.text);
    if (labelled || grammar.attachmentLabel.test(leaf.text)) {
      if (count > 0) claims.addStart(i);
      count = 0;
      claims.claim(i, i + 1, 'title');
      if (labelled) continue;
      const next = nextContent(leaves, i);
      const title = leaves[next];
      if (title && !title.marker && title.text.length <= MAX_TITLE && !SENTENCE.test(title.text) && !grammar.glossaryHeading.test(title.text)) {
        claims.claim(next, next + 1, 'title');
        i = next;
      }
      continue;
    }
    if (!leaf.marker && grammar.documentTitle.test(leaf.text)) {
      const after = leaves[nextContent(leaves, i)];
      const numbered = leaves[nextMarker[i + 1] ?? leaves.length];
      const from = titleTop(claims, i, grammar);
      // A first ordinal below a title line is a new document only at the head of the file or
      // after the end of another (its signature, or a title line of its own): a heading-like line
      // inside a body (重点任务清单 over 1. 2. …) is not a document.
      const fresh = (content[from] as number) === 0 || closes(claims, from, grammar) || named.has(squeeze(leaf.text)) || grammar.companionTitle.test(leaf.text);
      const headed = after !== undefined && (grammar.docNumberLine.test(after.text) || (grammar.addressedTitle.test(leaf.text) && grammar.addressees.test(after.text)));
      if (headed || (fresh && numbered?.marker?.ordinal === 1)) {
        if ((content[from] as number) > 0) claims.addStart(from);
        count = 0;
        claims.claim(from, i + 1, 'title');
        continue;
      }
    }
    // The red header and a 文号 line belong to the head of the document that follows them.
    if (!grammar.letterhead.test(leaf.text) && !grammar.docNumberLine.test(leaf.text)) count++;
  }
}

/**
 * A notice that prints another document (关于印发…的通知): its text, up to its signature or the
 * document it prints, is notice text.
 */
export function findNotices(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    if (claims.kinds[i] !== 'title' || !grammar.wrappingNotice.test((leaves[i] as BlockLeaf).text)) continue;
    const next = claims.nextStart(i);
    if (next >= leaves.length) continue;
    let end = i + 1;
    while (end < next && claims.kinds[end] !== 'signature') end++;
    claims.claim(i + 1, end, 'notice');
    i = end - 1;
  }
}

/** Where a title broken over lines begins: short unpunctuated lines just above that it continues. */
function titleTop(claims: Claims, i: number, grammar: BlocksGrammar): number {
  let from = i;
  let text = (claims.leaves[i] as BlockLeaf).text;
  while (from > 0 && i - from < MAX_TITLE_LINES) {
    const prev = claims.leaves[from - 1] as BlockLeaf;
    if (!claims.free(from - 1) || prev.furniture || prev.marker || prev.text.length > MAX_TITLE_LINE || SENTENCE.test(prev.text)) break;
    if ([grammar.documentTitle, grammar.signatureDate, grammar.signatureNote, grammar.docNumberLine, grammar.attachmentLabel, grammar.letterhead, grammar.issuerEnd].some((re) => re.test(prev.text))) break;
    if (!grammar.documentTitle.test(prev.text + text)) break;
    text = prev.text + text;
    from--;
  }
  return from;
}

/**
 * Whether the leaf before `i` ends a document or heads one: a signature, a title, or a short line
 * with no sentence punctuation and no number (a signing body's name without a date).
 */
function closes(claims: Claims, i: number, grammar: BlocksGrammar): boolean {
  let p = i - 1;
  while (p >= 0 && (claims.leaves[p] as BlockLeaf).furniture) p--;
  if (p < 0) return false;
  const prev = claims.leaves[p] as BlockLeaf;
  if (claims.kinds[p] === 'signature' || claims.kinds[p] === 'title') return true;
  return claims.free(p) && !prev.marker && prev.text.length <= grammar.signatureMaxLength && !SENTENCE.test(prev.text);
}

/** Titles a notice says it prints: 《X》 in a leaf that says 印发/转发, and X in 关于印发X的通知. */
function printedTitles(leaves: readonly BlockLeaf[], grammar: BlocksGrammar): Set<string> {
  const named = new Set<string>();
  for (const leaf of leaves) {
    if (leaf.furniture || !grammar.printsDocument.test(leaf.text)) continue;
    for (const m of leaf.text.matchAll(BOOK_TITLE)) named.add(squeeze(m[1] as string));
    // Only a title-length line can be a notice's title (and the pattern then stays linear).
    const notice = leaf.text.length <= MAX_TITLE ? grammar.wrappingNotice.exec(leaf.text) : null;
    if (notice?.groups?.title) named.add(squeeze(notice.groups.title));
  }
  return named;
}

const BOOK_TITLE = /《([^《》]{2,80})》/gu;
const squeeze = (text: string): string => text.replace(/[\s\u3000《》]+/gu, '');

/** Whether the next content leaf after `i` is a first numbered item (1. 一、) with a sentence in it: a body, no list of names. */
function sentenceItemFollows(leaves: readonly BlockLeaf[], i: number): boolean {
  const next = leaves[nextContent(leaves, i)];
  return next?.marker?.ordinal === 1 && /[。；;]/u.test(next.text);
}

function nextContent(leaves: readonly BlockLeaf[], i: number): number {
  let k = i + 1;
  while (k < leaves.length && (leaves[k] as BlockLeaf).furniture) k++;
  return k;
}

/** For each leaf, the index of the first leaf at or after it that starts with a marker. */
function nextMarkerIndex(leaves: readonly BlockLeaf[]): Int32Array {
  const next = new Int32Array(leaves.length + 1).fill(leaves.length);
  for (let i = leaves.length - 1; i >= 0; i--) next[i] = (leaves[i] as BlockLeaf).marker ? i : (next[i + 1] as number);
  return next;
}
