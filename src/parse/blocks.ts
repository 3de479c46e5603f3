// Groups physical lines into blocks: paragraphs (one line each, or several where PDF extraction
// broke a sentence across lines) and furniture lines. Blocks tile the text: each runs from the
// start of its first line to the start of the next block, so trailing blank lines belong to it.
import type { LineFurniture } from '../blocks/furniture.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import { isDigit } from '../numbers/index.js';
import { matchLeadingMarker } from '../outline/marker.js';
import { cleanSlice, cleanText, type CleanText } from '../text/clean.js';
import { endsSentence } from '../text/ends.js';
import { isContentsEntry, isTableRowLine, lineWidth, type Wrap } from './pdf.js';
import type { Line } from './lines.js';
import { HAN_RANGES, han } from '../text/han.js';

export interface Block {
  kind: 'paragraph' | 'boilerplate';
  start: number;
  /** End of the last content line (before trailing line breaks and blank lines). */
  contentEnd: number;
  end: number;
  /** The block's reading text, when it is one line that was cleaned while grouping (see groupBlocks' `view`). */
  clean?: CleanText;
  /** Page numbers inside the block ([start, end) each): a page broke the paragraph there, and the
   *  number is no text of it (TextView.hide). */
  hidden?: Array<[number, number]>;
}

/** A line that ends with a full date (a signature's 成文日期, GB/T 9704 §7.3.5). */
const DATE_END = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$/u;
/** More reading text than a DATE_END match can span (at most 12 characters without spaces). */
const DATE_TAIL = 40;
/** A PDF-broken paragraph is long; a short unpunctuated line is a heading or a caption. */
const MIN_BROKEN_LENGTH = 20;

/** The block being grown: its reading length so far, and the reading text of its last line and
 *  whether that line is its only one (each line is cleaned once, when it is added). */
interface Growing {
  length: number;
  lastLine: string;
  oneLine: boolean;
}

/** How many ems short of the wrap width a line may stop and still be full: a line ends short before
 *  a number or word that does not fit, and a paragraph's first line is indented two ems. */
const WRAP_SLACK = 3;

/** Characters a line of a 公文 page holds (GB/T 9704-2012 §7.2). */
const PAGE_LINE = 28;

/** A plan or notice title is at most this long (see planTitle); longer text need not be tested. */
const MAX_TITLE_LENGTH = 80;

/** Whether `next` continues the paragraph `prev`. Linear: only the new line is cleaned. */
function continues(text: string, prev: Block, growing: Growing, next: Line, grammar: OutlineGrammar, wrap: Wrap | null, after?: Line): boolean {
  // An entry of a table of contents (四、保障措施……6) is whole: its page number ends it.
  if (growing.oneLine && isContentsEntry(growing.lastLine, grammar)) return false;
  // A row of a tab- or pipe-parted table is whole: a PDF's text keeps a table's cells on one line, parted by tabs, and its rows
  // end in no stop. No paragraph runs into a row, nor a row into the next line.
  if (isTableRowLine(text, next.start, next.contentEnd) || isTableRowLine(text, text.lastIndexOf('\n', prev.contentEnd - 1) + 1, prev.contentEnd)) return false;
  // Nor is a row of a list set one task a line with its cells parted by spaces (序号 任务 目标 科室 时限: `3 艾滋病 防治 …
  // 12月底`): the next row opens with the next 序号 and a space, and no sentence a PDF broke goes on with that.
  if (nextRowNumber(text, prev.start, next.start)) return false;
  // GB/T 9704 §7.3.5: the signature, the organ's name alone on its line and the date alone on the line under it, stands apart
  // from the body: no paragraph runs into it (a last line that ends no sentence, 联系电话：…, and a blank line before it).
  if (signatureLine(text, next, after)) return false;
  if (growing.oneLine && wrappedHeading(text, growing.lastLine, next, grammar, after)) return true;
  if (growing.length < MIN_BROKEN_LENGTH) return false;
  const lastLine = growing.lastLine;
  // In text wrapped at a fixed width only a paragraph's last line, or a heading, stops short of it.
  // …unless it stops inside a clause (达到 | 86.3%, 0.6万 | 亩): a word or number that did not fit went on to the next line.
  // …or unless the next line opens inside one (以上；…: the bound of the number that ended the short line; a page broke there).
  if (wrap !== null && lineWidth(lastLine, 0, lastLine.length, wrap.ascii) <= wrap.width - WRAP_SLACK && !(grammar.openLineEnd?.test(lastLine) ?? false) && !opensInside(text, next, grammar, lastLine)) return false;
  // With no wrap width to go by, a heading line (第二节 “十五五”时期主要目标) that stops short of a 公文
  // line is whole: only a heading that fills the line goes on into the next.
  if (wrap === null && growing.oneLine && lineWidth(lastLine) <= PAGE_LINE - WRAP_SLACK && matchLeadingMarker(lastLine, grammar)?.scheme.headingLine === true) return false;
  // A paragraph that ends a sentence is complete; in wrapped text a full line that ends one goes on
  // into a next line that is not indented (a paragraph has more sentences than it has ends).
  if (endsSentence(lastLine) && (wrap === null || indented(text, next))) return false;
  // A block of one line reads as that line (blank lines before the first block hold nothing).
  if (growing.length <= MAX_TITLE_LENGTH && grammar.planTitle.test(growing.oneLine ? lastLine : cleanText(text, prev.start, prev.contentEnd))) return false;
  // A signature (organ and date) followed by a title: one document ends and the next begins.
  // A date is the line's last few characters (reading text keeps no space beside 年, 月 or 日): the
  // regex, anchored at the end only, would otherwise be tried at every position of a long line.
  if (DATE_END.test(lastLine.length > DATE_TAIL ? lastLine.slice(-DATE_TAIL) : lastLine)) {
    const nextText = cleanText(text, next.start, next.contentEnd);
    if (nextText.length <= MAX_TITLE_LENGTH && grammar.planTitle.test(nextText)) return false;
  }
  return matchLeadingMarker(text.slice(next.start, next.contentEnd), grammar) === undefined;
}

/** A row's 序号 parted from the row's first cell by a space (`12 学生 常见病 防控 …`). */
const SPACED_ROW_NUMBER = han(/^[ \t\u3000]*(\d{1,3})[ \t\u3000]+\p{Script=Han}/u);

/** Whether the lines at `first` (a block's first line) and `next` open with consecutive row numbers (n, n + 1) each parted
 *  from its row's text by a space. */
function nextRowNumber(text: string, first: number, next: number): boolean {
  const a = SPACED_ROW_NUMBER.exec(text.slice(first, first + 8));
  const b = a && SPACED_ROW_NUMBER.exec(text.slice(next, next + 8));
  return b !== null && b !== undefined && Number(b[1]) === Number((a as RegExpExecArray)[1]) + 1;
}

/** Most characters of an organ's name on a signature line (一个县卫生健康委员会, 某某市人民政府办公室). */
const MAX_ORGAN_LINE = 30;
/** A date alone on its line (2027年3月10日), as a signature's 成文日期 is set. */
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

/** Whether `line` is a signature's organ line: short, no punctuation, the line after it a date alone. */
function signatureLine(text: string, line: Line, after?: Line): boolean {
  if (after === undefined || after.blank || line.contentEnd - line.start > MAX_ORGAN_LINE || after.contentEnd - after.start > MAX_ORGAN_LINE) return false;
  const organ = cleanText(text, line.start, line.contentEnd);
  return organ.length > 0 && !/[\p{P}\d]/u.test(organ) && DATE_LINE.test(cleanText(text, after.start, after.contentEnd));
}

/** Characters of a line's start enough to hold a note's lead (资料来源：, 注1：). */
const NOTE_REACH = 8;

/** A line's first few characters after its indent (spaces, tabs, ideographic spaces). */
function leadOf(text: string, line: Line): string {
  let k = line.start;
  while (k < line.contentEnd && /[\s\u3000]/u.test(text[k] as string)) k++;
  return text.slice(k, Math.min(line.contentEnd, k + NOTE_REACH));
}

/** Fewest characters of a heading line that a PDF wrapped: a heading set in a larger type than the body wraps
 *  short of the body's width, but only a long one wraps at all; one cut inside a word (医疗卫生服 | 务网底。) may be shorter. */
const MIN_WRAPPED_HEADING = 12;
const MIN_CUT_HEADING = 8;
/** Most characters of a wrapped heading's tail on the next line (生态环境质量), and of a word's end before a stop (务网底。). */
const MAX_HEADING_TAIL = 12;
const MAX_WORD_END = 3;
const HEADING_TAIL = new RegExp(`^[${HAN_RANGES}]{1,${MAX_HEADING_TAIL}}$`, 'u');
const WORD_END = new RegExp(`^[${HAN_RANGES}]{1,${MAX_WORD_END}}[。；;：:]`, 'u');

/**
 * Whether `next` holds the rest of a heading a PDF wrapped (第三章 坚持精准科学依法治污，持续改善 | 生态环境质量; 2. 夯实基层
 * 医疗卫生服 | 务网底。力争…): the heading line is long, opens with a marker and ends in no stop, and the next line, no heading
 * of its own, is a phrase of Han characters alone before the next heading (`after`: a subheading or a table's cell, 重点任务,
 * 区住建局, is followed by its body or its row), or a word of one or two characters before the body, or opens with a word's end
 * before a stop, which no sentence is.
 */
function wrappedHeading(text: string, lastLine: string, next: Line, grammar: OutlineGrammar, after?: Line): boolean {
  if (lastLine.length < MIN_CUT_HEADING || /[。；;：:！!？?]$/u.test(lastLine) || matchLeadingMarker(lastLine, grammar) === undefined) return false;
  const start = cleanText(text, next.start, Math.min(next.contentEnd, next.start + MAX_HEADING_TAIL + 1));
  if (matchLeadingMarker(start, grammar) !== undefined) return false;
  if (WORD_END.test(start)) return true;
  // A heading that stops on a word joining it to more (…追踪随访和 | 规范诊治。) goes on, whatever the next line holds.
  if (grammar.openHeadingEnd?.test(lastLine)) return true;
  const headingAfter = after === undefined || after.blank || matchLeadingMarker(cleanText(text, after.start, Math.min(after.contentEnd, after.start + MAX_HEADING_TAIL)), grammar) !== undefined;
  if (next.contentEnd - next.start > MAX_HEADING_TAIL * 2) return false;
  const tail = cleanText(text, next.start, next.contentEnd);
  if (headingAfter && lastLine.length >= MIN_WRAPPED_HEADING && HEADING_TAIL.test(tail)) return true;
  // A word of one or two characters alone before a body paragraph is no subheading, which names its topic in more (重点任务,
  // 指导思想), nor a table's cell, which another cell follows: it is the heading's last word (壮大绿色富民 | 产业).
  return WORD_TAIL.test(tail) && after !== undefined && !after.blank && cleanText(text, after.start, after.contentEnd).length >= MIN_BROKEN_LENGTH;
}

/** The last word of a heading alone on its line (产业, 体系). */
const WORD_TAIL = han(/^\p{Script=Han}{1,2}$/u);

/** Whether `line` opens inside a clause (grammar openLineStart), with a quantity or word's end parted from a line before it,
 *  `lastLine`, that ends no sentence (partedLineStart), or with the unit of the bare number `lastLine` ends with
 *  (unitLineStart): only its first few characters are cleaned. */
function opensInside(text: string, line: Line, grammar: OutlineGrammar, lastLine: string): boolean {
  if (!grammar.openLineStart && !grammar.partedLineStart && !grammar.unitLineStart) return false;
  const start = cleanText(text, line.start, Math.min(line.contentEnd, line.start + OPEN_START_REACH));
  if (grammar.openLineStart?.test(start)) return true;
  // After a stop a paragraph may open with a count or a word of one character (5个，分别是…; 另，请…).
  if (grammar.partedLineStart?.test(start) && !endsSentence(lastLine)) return true;
  return grammar.unitLineStart !== undefined && isDigit(lastLine.charAt(lastLine.length - 1)) && grammar.unitLineStart.test(start);
}

/** Characters of a line's source enough to hold a clause mark or a bound word and the mark after it. */
const OPEN_START_REACH = 8;

/** A line's end that can hold a target verb or bound word (控制在, 不少于, 较上年) with what precedes it. */
const VERB_END_REACH = 8;
/** A quantity opening a line: a number and its percent sign or unit (35.6%以上, 2.5万人次, 1200人次). */
const QUANTITY_START = han(/^[0-9０-９][0-9０-９.．]*[ \t]*(?:[%％‰]|\p{Script=Han})/u);

/**
 * Whether `line` holds the quantity that the block `prev` left its clause open for, in text that shows no other mark of a PDF
 * (no paragraph is joined there): `prev` stops on a target verb or bound word (达到, 控制在, 不低于 …: grammar openLineEnd's
 * words) and `line` opens with a number and its unit (达到 | 35.6%以上, also past blank lines). No sentence ends on such a
 * verb, and no heading or sentence opens with a bare quantity, so the two are one sentence a copy broke.
 */
function strandedQuantity(text: string, prev: Block, line: Line, grammar: OutlineGrammar): boolean {
  if (!grammar.openLineEnd) return false;
  const tail = cleanText(text, Math.max(prev.start, prev.contentEnd - VERB_END_REACH), prev.contentEnd);
  if (!VERB_END.test(tail) || !grammar.openLineEnd.test(tail)) return false;
  const start = cleanText(text, line.start, Math.min(line.contentEnd, line.start + OPEN_START_REACH));
  return QUANTITY_START.test(start) && matchLeadingMarker(start, grammar) === undefined;
}

/** A line that ends on a word (openLineEnd's verbs), not on a mark or a digit. */
const VERB_END = han(/\p{Script=Han}$/u);

/** Whether a line starts with the indent of a paragraph's first line (two ems: two ideographic
 *  spaces, or two or more spaces or a tab). */
function indented(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.start);
  if (c === 0x3000) return text.charCodeAt(line.start + 1) === 0x3000;
  return c === 9 || (c === 32 && text.charCodeAt(line.start + 1) === 32);
}

/** Whether the paragraph `last` goes on after the page number at lines[i]: the next line with text
 *  continues it. Linear: the lines looked at past i are blank. */
function goesOnAfter(
  text: string,
  lines: readonly Line[],
  i: number,
  furniture: readonly LineFurniture[],
  last: Block,
  growing: Growing,
  grammar: OutlineGrammar,
  wrap: Wrap | null,
): boolean {
  let k = i + 1;
  // Past what else the page printed there (a page number, then the next page's running head).
  while (k < lines.length && ((lines[k] as Line).blank || furniture[k] === 'page')) k++;
  return k < lines.length && !furniture[k] && continues(text, last, growing, lines[k] as Line, grammar, wrap, lines[k + 1]);
}

/**
 * `joinBroken`: join sentences broken across lines (for text extracted from a PDF). Joining reads
 * every line; with `keepClean` (plain text: no markup) a line is cleaned with its offsets, which a
 * block of that one line keeps as its reading text (the leaf does not clean it again). `wrap`: the
 * width the PDF's lines were wrapped at and how wide its digits are (pageWrap), when it shows one. `noteLead`: the lead of a note
 * under a table (blocks grammar), whose line no block before it takes in. `attachmentLead`: the lead of a 附件说明 (附件：…, blocks
 * grammar attachmentList), whose line is a block of its own.
 */
export function groupBlocks(
  text: string,
  lines: readonly Line[],
  furniture: readonly LineFurniture[],
  grammar: OutlineGrammar,
  joinBroken: boolean,
  keepClean = false,
  wrap: Wrap | null = null,
  transparent?: Uint8Array,
  noteLead?: RegExp,
  attachmentLead?: RegExp,
): Block[] {
  const blocks: Block[] = [];
  const growing: Growing = { length: 0, lastLine: '', oneLine: true };
  const cleanLine = (line: Line): { text: string; clean?: CleanText } => {
    if (!keepClean) return { text: cleanText(text, line.start, line.contentEnd) };
    const clean = cleanSlice(text, line.start, line.contentEnd, undefined, transparent);
    return { text: clean.text, clean };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const last = blocks[blocks.length - 1];
    if (line.blank) {
      if (last) last.end = line.end;
      continue;
    }
    if (joinBroken && furniture[i] === 'page' && last?.kind === 'paragraph' && goesOnAfter(text, lines, i, furniture, last, growing, grammar, wrap)) {
      last.contentEnd = line.contentEnd;
      last.end = line.end;
      last.clean = undefined;
      (last.hidden ??= []).push([line.start, line.contentEnd]);
      continue;
    }
    const kind = furniture[i] ? 'boilerplate' : 'paragraph';
    // A note under a table (注：1.…) opens a block of its own, whatever the cells before it: they end in no stop.
    const note = noteLead !== undefined && noteLead.test(text.slice(line.start, Math.min(line.contentEnd, line.start + NOTE_REACH)));
    // GB/T 9704 §7.3.3: the 附件说明 (附件：<name>, or 附件：1. … 2. …) is set apart, a blank line under the body and above the
    // signature: no sentence runs into it or out of it. A name too long for its line wraps onto the next, which the
    // attachment list reads as its own (src/blocks/attachment-list.ts), so no line joins it either.
    const attachment = attachmentLead !== undefined && (attachmentLead.test(leadOf(text, line)) || (growing.oneLine && attachmentLead.test(growing.lastLine.trimStart())));
    if (!joinBroken && last?.kind === 'paragraph' && kind === 'paragraph' && !note && !attachment && strandedQuantity(text, last, line, grammar)) {
      last.contentEnd = line.contentEnd;
      last.end = line.end;
      continue;
    }
    if (joinBroken && last && kind === 'paragraph' && last.kind === 'paragraph' && !note && !attachment && continues(text, last, growing, line, grammar, wrap, lines[i + 1])) {
      last.contentEnd = line.contentEnd;
      last.end = line.end;
      last.clean = undefined;
      growing.lastLine = cleanLine(line).text;
      growing.length += growing.lastLine.length;
      growing.oneLine = false;
      continue;
    }
    const block: Block = { kind, start: blocks.length === 0 ? 0 : line.start, contentEnd: line.contentEnd, end: line.end };
    blocks.push(block);
    if (joinBroken) {
      // Blank lines before the first line and after the last clean to nothing: the line's reading
      // text and offset map are the block's.
      const { text: lineText, clean } = cleanLine(line);
      if (clean) block.clean = clean;
      growing.lastLine = lineText;
      growing.length = growing.lastLine.length;
      growing.oneLine = true;
    }
  }
  return blocks;
}
