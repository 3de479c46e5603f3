// The document as the meta stage reads it: its lines of text in order, each marked as web/PDF
// furniture or document text, and whether it sits inside the outline.
//
// The parser joins lines a PDF broke in the middle of a sentence into one paragraph; it may also
// join a line that is complete in itself (a notice title with no final punctuation) with the
// 主送 line under it. The meta stage therefore reads the physical lines of each leaf and joins
// them again with its own rule: a line that is a title, an organ name, a date or a 文号, or that
// ends a sentence, is never continued.
import type { MetaGrammar } from '../grammar/meta.js';
import type { PlanChild } from '../schema.js';
import { leavesOpen } from '../text/brackets.js';
import { cleanText } from '../text/clean.js';
import { eachLine, hasText } from '../text/breaks.js';
import { endsSentence } from '../text/ends.js';
import type { TextView } from '../text/view.js';
import type { PlanTree } from '../tree.js';

export interface MetaBlock {
  /** Reading text (PDF stray spaces and line breaks removed). */
  text: string;
  /** The source text, trimmed, with NBSP and ideographic spaces as plain spaces. */
  raw: string;
  /** 1-based line of the block's first character. */
  line: number;
  /** Source offset of the block's first line. */
  offset: number;
  furniture: boolean;
  /** Inside an outline section (the plan's body), not in the head or notice. */
  outlined: boolean;
}

export interface MetaDoc {
  blocks: MetaBlock[];
  /** Index of the first outlined block (blocks.length when the document has no outline). */
  bodyStart: number;
  /** The reading text of all document (non-furniture) blocks. */
  text: string;
  /** The reading text of all furniture blocks. */
  furnitureText: string;
}

/** A line's text without the emoji and symbols an editor framed it with (grammar titleDecoration): the words a title, and
 *  the organ it starts with, take. */
export function undecorated(text: string, grammar: MetaGrammar): string {
  return grammar.titleDecoration ? text.replace(grammar.titleDecoration, '') : text;
}

/** How many blocks at the top of a document without an outline count as its head. */
export const HEAD_BLOCKS = 30;

const SPACES = /[\u00a0\u3000]/gu;
/** Markdown heading and quote marks at the start of a line of a text copied from markdown
 *  (`# 某某关于印发…的通知`, `> 本文…`): markup, not words of the document. */
const MARKDOWN_MARK = /^(?:#{1,6}|>)[ \t]*/u;

/** `text` with NBSP and ideographic spaces as plain spaces (the reading text has already made
 *  zero-width spaces and BOMs plain ones). The regex runs only on the lines that hold one (a loop
 *  over the codes costs less than a replace on every line). */
function plainSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa0 || c === 0x3000) return text.replace(SPACES, ' ');
  }
  return text;
}

/** `text` without a leading MARKDOWN_MARK, which can only start with # or >. */
function withoutMarkdownMark(text: string): string {
  const c = text.charCodeAt(0);
  return c === 0x23 || c === 0x3e ? text.replace(MARKDOWN_MARK, '') : text;
}

/** Whether `value` is one line that eachPhysicalLine would not cut: no line break, shorter than a run-on line. */
function oneLine(value: string, grammar: MetaGrammar): boolean {
  return value.length < grammar.runOnLine.minLength && !value.includes('\n') && !value.includes('\r');
}

/** Longer than any title, header or organ line: only its end needs testing. */
const MAX_LINE = 80;

/** Line feed and carriage return, by code unit. */
const LINE_END = new Set([10, 13]);

/** No line starts with a pause or a closing mark (GB/T 15834: they follow what they close): a line
 *  of a leaf that does goes on the line above, which a PDF broke before it. */
const CONTINUES_LINE = /^[、，,；;：:。）)」』》〕】]/u;

/** The empty cells a spreadsheet saved as CSV pads a row of one filled cell with (a title or 附件 row over the columns:
 *  `某市2027年重点工作任务清单,,,,`): two commas or more ending the line, no part of its text (prose never ends so). */
const CELL_PADDING = /(?:[ \t]*,){2,}[ \t]*$/u;
const withoutCellPadding = (line: string): string => (line.endsWith(',') ? line.replace(CELL_PADDING, '') : line);

/** A breadcrumb's separator alone (首页 > 政务公开 > 计划总结), as a run-on line is cut at white space: the crumbs
 *  on either side of it are lines of the page's navigation, never pieces of one line (…公开内容 / 规划计划). */
const CRUMB_SEPARATOR = /^\s*[>›»＞]\s*$/u;

/** A page's <title>: the article's, its category's and the site's names parted by _ or |, the last a 网站. */
export const SITE_TITLE = /[_｜|][^_｜|]{2,30}网站$/u;

/** A line that stands on its own: never the first half of a line a PDF broke. `tail` is the
 *  text's last MAX_LINE characters, kept apart so that growing a long paragraph line by line
 *  stays linear (slicing the growing string itself would copy it every time). */
function whole(text: string, tail: string, grammar: MetaGrammar): boolean {
  // A line that opened a 《 or a （ it did not close, or that ends on the particle 的, is the first
  // part of a title or a name a PDF broke (…关于印发《某实施方案 / （2025—2027年）》的通知).
  if (text.length <= MAX_LINE && (leavesOpen(text) || /[^目]的$/u.test(text))) return false;
  if (
    endsSentence(tail) ||
    grammar.noticeEnd.test(tail) ||
    grammar.organEnd.test(tail) ||
    /(?:日|\d{4}[-/.－．]\d{1,2}[-/.－．]\d{1,2})[)）]?$/u.test(tail) ||
    /[〔[［【(（]\d{4}[〕\]］】)）]第?\d{1,4}号[)）]?$/u.test(tail)
  ) {
    return true;
  }
  // A web page's <title>, which ends with the site's name (…工作要点_规划计划_某区人民政府门户网站), and the title of a
  // notice that asks for comments on a draft (关于公开征求《…（征求意见稿）》意见的公告), which ends as no other line does.
  if (text.length <= MAX_LINE && (SITE_TITLE.test(text) || grammar.noticeConsultation.some((re) => re.test(text)))) return true;
  // A report's subtitle (——2025年1月9日在…会议上) and its speaker line (某区人民政府区长　某某) are lines of their own.
  if (text.length <= MAX_LINE && (grammar.subtitleLine.test(text) || grammar.speakerLine.test(text))) return true;
  return (
    text.length <= MAX_LINE &&
    (text.length < 8 || grammar.planTitle.test(text) || grammar.redHeader.test(text) || grammar.asideLine.test(text) || grammar.attachmentLabel.test(text))
  );
}

/** A full date at the end of a line, after white space: Arabic or Chinese numerals. */
const DATE_AT_END = /\s(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零Oo0一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)$/u;
/** Never in an organ's name. */
const NOT_ORGAN = /[\d。，,；;：:！!？?“”"《》]/u;

/** A signature set on one line, the organ(s) and the date parted by white space (`某市卫生健康委员会　某市财政局
 *  2025年2月20日`): GB/T 9704 sets the 署名 and 成文日期 apart from the text, so such a line never goes on
 *  the line above it (an attachment note that ends without a stop). `raw`: the line with plain spaces. */
function signatureLine(raw: string, grammar: MetaGrammar): boolean {
  if (raw.length > MAX_LINE) return false;
  const date = DATE_AT_END.exec(raw);
  if (!date) return false;
  const organ = raw.slice(0, date.index).replace(/\s+/gu, '');
  return organ.length >= 2 && !NOT_ORGAN.test(organ) && grammar.organEnd.test(organ);
}

/** Visits a leaf's lines [start, end) in order, with the (0-based) line of the leaf each is on. A
 *  run-on line (a whole document on one line) is cut where its lines surely ended (grammar
 *  `runOnLine`); its pieces keep its line number. */
function eachPhysicalLine(value: string, grammar: MetaGrammar, runOn: boolean, visit: (start: number, end: number, lineNumber: number) => void): void {
  eachLine(value, (start, end, index) => {
    if (runOn || end - start >= grammar.runOnLine.minLength) {
      let piece = start;
      for (const cut of value.slice(start, end).matchAll(grammar.runOnLine.breaks)) {
        visit(piece, start + cut.index, index);
        piece = start + cut.index + cut[0].length;
      }
      visit(piece, end, index);
    } else visit(start, end, index);
  });
}

/** A page break with text before it on the line (a PDF extraction puts one at the start of a
 *  page's first line; a page printed as one line has them inside). */
const PAGE_BREAK_INSIDE = /\S[^\S\f]*\f/u;

/** Source ranges [start, end) of the run-on lines of `source`, in order: lines longer than any
 *  paragraph (grammar `runOnLine.minLength`), long lines that hold most of the text (`shareLength`,
 *  `share`: a scraped page whose paragraphs ended in nothing, under a page title of its own), lines
 *  with a page break inside, and the text of a file that is all one line. */
function runOnLines(source: string, { minLength, shareLength, share }: MetaGrammar['runOnLine']): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lines = 0;
  let last: [number, number] = [0, 0];
  // The next page break at or after the line: lines without one are spared the regex run.
  let pageBreak = source.indexOf('\f');
  eachLine(source, (start, end) => {
    if (hasText(source, start, end)) {
      lines++;
      last = [start, end];
    }
    if (pageBreak >= 0 && pageBreak < start) pageBreak = source.indexOf('\f', start);
    const breakInside = pageBreak >= 0 && pageBreak < end && PAGE_BREAK_INSIDE.test(source.slice(start, end));
    const length = end - start;
    if (length >= minLength || breakInside || (length >= shareLength && length >= source.length * share)) out.push([start, end]);
  });
  if (lines === 1 && out.length === 0) out.push(last);
  return out;
}

/** Collects the tree's leaves in document order, as lines. Pieces of one source line (an inline
 *  item cut out of a paragraph) are joined back into one block, except on a run-on line (a whole
 *  document on one line, `source` given), whose pieces are cut where its lines surely ended. */
export function metaDoc(tree: PlanTree, grammar: MetaGrammar, view?: TextView): MetaDoc {
  const blocks: MetaBlock[] = [];
  let lastEnd = -1;
  const runOn = view === undefined ? [] : runOnLines(view.source, grammar.runOnLine);
  let r = 0;
  const onRunOnLine = (offset: number): boolean => {
    while (r < runOn.length && (runOn[r] as [number, number])[1] < offset) r++;
    const range = runOn[r];
    return range !== undefined && range[0] <= offset && offset <= range[1];
  };
  // A leaf's text as every stage reads it (src/text/reading.ts), which the view holds.
  const readingOf = (node: { value: string; position: { start: { offset: number }; end: { offset: number } } }): string =>
    view ? view.source.slice(node.position.start.offset, node.position.end.offset) : node.value;
  const walk = (nodes: readonly PlanChild[], outlined: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'section') {
        walk(node.children, true);
        continue;
      }
      const furniture = node.type === 'boilerplate';
      const cut = onRunOnLine(node.position.start.offset);
      const prev = blocks[blocks.length - 1];
      // A piece that starts in the middle of a line, right where the previous one ended.
      const start = node.position.start.offset;
      // (A line of the reading text: a page's HTML tags end lines where the source's do not.)
      const midLine = prev !== undefined && start === lastEnd && (view ? start > 0 && !LINE_END.has(view.source.charCodeAt(start - 1)) : node.position.start.column > 1);
      lastEnd = node.position.end.offset;
      if (prev && midLine && !cut && prev.furniture === furniture) {
        prev.text += node.text;
        prev.raw += plainSpaces(view ? view.readable(node.position.start.offset, node.position.end.offset) : node.value).trim();
        continue;
      }
      const value = readingOf(node);
      // A leaf on one line (most are) has at most one filled line without counting.
      let filled = 0;
      if (cut || !oneLine(value, grammar)) {
        eachPhysicalLine(value, grammar, cut, (start, end) => {
          if (hasText(value, start, end)) filled++;
        });
      }
      const single = filled <= 1;
      let open: MetaBlock | null = null;
      let tail = '';
      eachPhysicalLine(value, grammar, cut, (start, end, lineNumber) => {
        const line = value.slice(start, end);
        const at = node.position.start.offset;
        const raw = withoutCellPadding(withoutMarkdownMark(plainSpaces(view ? view.readable(at + start, at + end) : line).trim()));
        if (cut && CRUMB_SEPARATOR.test(line)) {
          open = null;
          return;
        }
        // A page number (or running head) a page printed inside a paragraph is no line of it.
        if (raw === '' || view?.hides(at + start, at + end)) return;
        // A one-line leaf keeps the parser's reading text (markdown markup already removed).
        const text = withoutCellPadding(withoutMarkdownMark(single ? node.text : cleanText(line, 0, line.length)));
        const ownLine = signatureLine(raw, grammar) || (cut && (grammar.runOnLine.panelLine.test(text) || grammar.subtitleLine.test(text)));
        if (open && !open.furniture && !ownLine && (!whole(open.text, tail, grammar) || CONTINUES_LINE.test(text))) {
          open.text += text;
          open.raw += raw;
          tail = (tail + text).slice(-MAX_LINE);
          return;
        }
        open = {
          text,
          raw,
          line: node.position.start.line + lineNumber,
          offset: at + start,
          furniture,
          outlined,
        };
        tail = text.slice(-MAX_LINE);
        blocks.push(open);
      });
    }
  };
  walk(tree.children, false);
  const first = blocks.findIndex((b) => b.outlined);
  return {
    blocks,
    bodyStart: first < 0 ? blocks.length : first,
    text: blocks.filter((b) => !b.furniture).map((b) => b.text).join('\n'),
    furnitureText: blocks.filter((b) => b.furniture).map((b) => b.text).join('\n'),
  };
}

/** The head of a document: the blocks above its outline (at most HEAD_BLOCKS when it has none). */
export function headBlocks(doc: MetaDoc): MetaBlock[] {
  return doc.blocks.slice(0, doc.bodyStart < doc.blocks.length ? doc.bodyStart : Math.min(doc.blocks.length, HEAD_BLOCKS));
}

/** Short lines of the head that are not sentences (subtitles, a speaker line, headers). */
export function headLines(doc: MetaDoc): string[] {
  return headBlocks(doc)
    .filter((b) => !b.furniture && b.text.length <= 60 && !/[。；;！!？?]/u.test(b.text))
    .map((b) => b.text);
}
