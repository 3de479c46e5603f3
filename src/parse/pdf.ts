// Whether a text shows the marks of PDF extraction. Only then are paragraphs joined across line
// breaks: in clean web text a long heading without a full stop is followed by its body, and
// joining the two would run the heading into the body.
import type { OutlineGrammar } from '../grammar/outline.js';
import { matchLeadingMarker } from '../outline/marker.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { endsSentence } from '../text/ends.js';
import { PIPE_ROW } from '../text/tags.js';
import type { LineFurniture } from '../blocks/furniture.js';
import { delimitedCells } from '../blocks/table-cells.js';
import type { Line } from './lines.js';
import { han } from '../text/han.js';

const STRAY_SPACE = han(/\p{Script=Han}[ \t]+\p{Script=Han}/u);
const BULLET_MARKER = /^[ \t]*[-*•][ \t]+[(（]?[0-9０-９一二三四五六七八九十]/u;
const LONG_LINE = 20;

/** Whether text[start, end), a line, is a row of a table whose cells are parted by tabs (two or more between its text: a
 *  paragraph's first line indented by tabs is none) or pipes. Read in place, one pass: most lines hold no tab and no pipe, and
 *  no slice is made nor regex run for them. */
export function isTableRowLine(text: string, start: number, end: number): boolean {
  let tabs = 0;
  let pipe = false;
  let lastText = -1;
  let tabsBeforeLastText = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 9) {
      if (lastText >= 0) tabs++;
    } else if (WHITE_SPACE[c] !== 1) {
      lastText = k;
      tabsBeforeLastText = tabs;
      if (c === 124) pipe = true;
    }
  }
  if (tabsBeforeLastText >= 2) return true;
  return pipe && PIPE_ROW.test(text.slice(start, end));
}

export function looksLikePdfText(text: string, lines: readonly Line[], furniture: readonly LineFurniture[], grammar: OutlineGrammar): boolean {
  // Page numbers on lines of their own (`— 1 —`) are a printed page's.
  let pageNumbers = 0;
  for (const flag of furniture) if (flag === 'page') pageNumbers++;
  if (pageNumbers >= 2) return true;
  let straySpaces = 0;
  let bullets = 0;
  let long = 0;
  let unterminated = 0;
  // Widths (whole ems) of the long lines that stop mid-sentence, and how many stop at each.
  const openWidths = new Map<number, number>();
  // Stray spaces and bullets only add up: the first two of either answer, and the lines after them need not be read.
  for (let i = 0; i < lines.length && straySpaces < 2 && bullets < 2; i++) {
    const line = lines[i] as Line;
    if (line.blank || furniture[i]) continue;
    const content = text.slice(line.start, line.contentEnd);
    // A table row of tab- or pipe-parted cells is no mark of a PDF: its separators stand between words and
    // it ends in no full stop wherever it was typed. (Most lines hold no tab and no pipe: no regex runs.)
    if (isTableRowLine(text, line.start, line.contentEnd)) continue;
    const tab = content.indexOf('\t');
    // Nor is a row of a table aligned by runs of spaces (学前教育    学前三年毛入园率    %    92.6): its gaps stand between
    // cells, not inside words, and it ends in no full stop either.
    if (isSpaceAlignedRow(text, line.start, line.contentEnd)) continue;
    // A stray space needs a space or tab: most lines have none, and are spared the regex runs.
    if (tab >= 0 || content.includes(' ')) {
      // The space after a marker (第一条 为…, 第一章 总则) is how official documents set it, not damage.
      // Lines are counted, not spaces: one line with several is a web page's header or menu
      // (某区人民政府 政府信息公开 部门文件), where spaces part names; a PDF strews them over its lines.
      const body = content.slice(matchLeadingMarker(content, grammar)?.end ?? 0);
      if (STRAY_SPACE.test(body)) straySpaces++;
    }
    if (BULLET_MARKER.test(content)) bullets++;
    if (content.trim().length >= LONG_LINE && !isContentsEntry(content, grammar)) {
      long++;
      if (!endsSentence(content, true) && goesOnAsSentence(text, lines, furniture, i)) {
        unterminated++;
        const width = Math.floor(lineWidth(text, line.start, line.contentEnd));
        openWidths.set(width, (openWidths.get(width) ?? 0) + 1);
      }
    }
  }
  if (straySpaces >= 2 || bullets >= 2) return true;
  // Hard-wrapped text: most long lines stop mid-sentence, and at one width, the page's (a short
  // notice's title, 附件 and 主送 lines stop short of their ends at widths of their own).
  return unterminated >= 3 && unterminated > long * 0.4 && mostAtOneWidth(openWidths) >= 3;
}

/** Sentence punctuation, which a row of cells holds none of. */
const CLAUSE_MARK = /[。，；,;]/u;

/** Whether source[start, end) is a row of three or more cells parted by runs of spaces, with no clause in it. */
function isSpaceAlignedRow(text: string, start: number, end: number): boolean {
  const row = delimitedCells(text, start, end);
  return row?.by === 'space' && row.cells.length >= 3 && !CLAUSE_MARK.test(text.slice(start, end));
}

/**
 * Whether a line is an entry of a table of contents (第一章　发展基础……………1): its dot leaders fill the line up to the
 * page number by design, so a contents page's entries stop short of a sentence's end at one width without being
 * text wrapped at the page's edge.
 */
export function isContentsEntry(content: string, grammar: OutlineGrammar): boolean {
  const { tocEntry } = grammar.embedded;
  const marker = tocEntry && matchLeadingMarker(content, grammar);
  if (!tocEntry || !marker) return false;
  tocEntry.lastIndex = marker.end;
  return tocEntry.test(content);
}

/**
 * Whether the next line of text after lines[i] can be the rest of a sentence broken at its end: a long line, or a short
 * one that ends the sentence. A cell of a table set one cell a line (完成路基工程量的80%，全年完成投资6亿元) stops mid-sentence
 * too, but the cell after it is short and ends none (建设管理科, 2026年12月底).
 */
function goesOnAsSentence(text: string, lines: readonly Line[], furniture: readonly LineFurniture[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && ((lines[k] as Line).blank || furniture[k])) k++;
  const next = lines[k];
  if (!next) return true;
  const content = text.slice(next.start, next.contentEnd).trim();
  return content.length >= LONG_LINE || endsSentence(content, true);
}

/** How many lines reach the commonest width, give or take WIDTH_SLACK ems. */
function mostAtOneWidth(counts: ReadonlyMap<number, number>): number {
  let most = 0;
  for (const width of counts.keys()) {
    let around = 0;
    for (let w = width - WIDTH_SLACK; w <= width + WIDTH_SLACK; w++) around += counts.get(w) ?? 0;
    most = Math.max(most, around);
  }
  return most;
}

/** Full lines of a page differ by this many ems at most (a stop hung in the margin, half-width digits). */
const WIDTH_SLACK = 2;

/** How wide text[start, end) is on the page, in ems: a Chinese character takes a full em, an ASCII
 *  letter or digit half of one (2025 takes two) or, where `ascii` says so, a full one; white space is
 *  not counted (an extraction adds and drops it). */
export function lineWidth(text: string, start = 0, end = text.length, ascii = 0.5): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (WHITE_SPACE[c] !== 1) width += c < 0x80 ? ascii : 1;
  }
  return width;
}

/** Lines narrower than this are not counted when the wrap width is looked for. */
const MIN_WRAPPED = 12;
/** The share of the counted lines that must be as wide as the widest common width. */
const WRAPPED_SHARE = 0.35;
/** Fewer full lines than this are no evidence of a width. */
const MIN_FULL_LINES = 5;

/**
 * The width (in ems) at which a text extracted from a PDF was wrapped, measured with ASCII characters `ascii` ems wide, and
 * how many lines reach it, or null when it shows none: the width that most lines of text reach (a 公文 page sets 28
 * characters a line, GB/T 9704-2012 7.2), give or take one em (a line may end half an em short before a number, or hang a
 * stop in the margin). Only a paragraph's last line is narrower.
 */
function commonWidth(text: string, lines: readonly Line[], furniture: readonly LineFurniture[], ascii: number): { width: number; lines: number } | null {
  const counts = new Map<number, number>();
  let counted = 0;
  lines.forEach((line, i) => {
    if (line.blank || furniture[i]) return;
    const width = Math.floor(lineWidth(text, line.start, line.contentEnd, ascii));
    if (width < MIN_WRAPPED) return;
    counted++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  });
  let best: number | null = null;
  let bestCount = 0;
  for (const [width, n] of counts) {
    const around = n + (counts.get(width - 1) ?? 0) + (counts.get(width + 1) ?? 0);
    if (around > bestCount || (around === bestCount && best !== null && width > best)) {
      best = width;
      bestCount = around;
    }
  }
  return best !== null && bestCount >= MIN_FULL_LINES && bestCount >= counted * WRAPPED_SHARE ? { width: best, lines: bestCount } : null;
}

/** The width a PDF's lines were wrapped at, and how many ems an ASCII letter or digit took on its page. */
export interface Wrap {
  width: number;
  ascii: number;
}

/**
 * The wrap of a text extracted from a PDF, or null when it shows no wrap width. An ASCII digit or letter takes half an em
 * as a Latin font sets it, or a full one where the document set its digits in the Chinese font's full-width forms or a
 * tool wrapped it by characters: the measure the text was wrapped by is the one at which more of its lines reach one width
 * (measured at half an em, a line of 30 characters with 8 digits is 26 ems, short of a 30-em page by a word it did not hold).
 */
export function pageWrap(text: string, lines: readonly Line[], furniture: readonly LineFurniture[]): Wrap | null {
  const half = commonWidth(text, lines, furniture, 0.5);
  const full = commonWidth(text, lines, furniture, 1);
  if (full !== null && (half === null || full.lines > half.lines)) return { width: full.width, ascii: 1 };
  return half === null ? null : { width: half.width, ascii: 0.5 };
}
