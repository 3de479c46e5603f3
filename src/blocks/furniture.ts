// Marks the lines of a text that are web-page or PDF furniture (see grammars/furniture.yaml).
import type { FurnitureGrammar } from '../grammar/furniture.js';
import type { Line } from '../parse/lines.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { readableSlice } from '../text/reading.js';

/** What a line's lead may hold before its text, by UTF-16 code unit: white space (JavaScript's \s,
 *  NBSP and the ideographic space included) and bullets • · ▪ ● * -. */
const LEAD = Uint8Array.from(WHITE_SPACE);
for (const c of '•·▪●*-') LEAD[c.charCodeAt(0)] = 1;

/** The line's text as the furniture patterns see it: no leading bullets, no edge spaces, none of
 *  the characters the reading text made transparent (a page's inline tags: `日期:<span>2024</span>-…`
 *  reads `日期:2024-…`). The lead is skipped by a table before the one slice is taken (a regex
 *  replace per line cost a copy). */
function bare(text: string, line: Line, transparent: Uint8Array | undefined): string {
  let start = line.start;
  while (start < line.contentEnd && (LEAD[text.charCodeAt(start)] === 1 || transparent?.[start] === 1)) start++;
  // trimEnd() drops the white space of \s (NBSP and the ideographic space included).
  return readableSlice(text, start, line.contentEnd, transparent).trimEnd();
}

/**
 * A line this long is document text, whatever furniture it holds: a body printed as one line (a
 * web page saved as PDF) carries the breadcrumb and the footer inside its sentences. Furniture
 * lines (titles, panels, breadcrumbs) are short.
 */
const MAX_FURNITURE_LINE = 300;

/** Patterns whose alternation `(?:a)|(?:b)` matches exactly where one of them does: same flags, no
 *  groups that could clash or be referred to by number or name. */
function joinable(patterns: readonly RegExp[]): boolean {
  return patterns.length > 1 && patterns.every((re) => re.flags === (patterns[0] as RegExp).flags && !re.global && !re.sticky && !/\\[1-9k]|\(\?<(?![=!])/u.test(re.source));
}

const either = new WeakMap<readonly RegExp[], (text: string) => boolean>();

/**
 * Patterns per joined regex. V8 compiles a regex at its first runs (to bytecode, then to machine
 * code at the second), and an alternation of many long patterns costs more to compile than its
 * parts apart: on one short document that compilation is most of the furniture stage. Groups of
 * eight compile in about the time of the patterns one by one and test a line about as fast as one
 * alternation of them all (measured on the 34 line patterns of grammars/furniture.yaml).
 */
const JOINED_PATTERNS = 8;

/**
 * `(text) => patterns.some((re) => re.test(text))`, as a few regexes when the patterns can be
 * joined: a few runs over the line instead of one per pattern (every line of the text is tested).
 */
function eitherOf(patterns: readonly RegExp[]): (text: string) => boolean {
  let test = either.get(patterns);
  if (!test) {
    const groups: readonly RegExp[] = joinable(patterns) ? joinedGroups(patterns) : patterns;
    test = (text) => groups.some((re) => re.test(text));
    either.set(patterns, test);
  }
  return test;
}

/** The patterns joined JOINED_PATTERNS at a time, in order, with their common flags. */
function joinedGroups(patterns: readonly RegExp[]): RegExp[] {
  const groups: RegExp[] = [];
  for (let i = 0; i < patterns.length; i += JOINED_PATTERNS) {
    const group = patterns.slice(i, i + JOINED_PATTERNS);
    groups.push(new RegExp(group.map((re) => `(?:${re.source})`).join('|'), (patterns[0] as RegExp).flags));
  }
  return groups;
}

/** What a line is as furniture: none (false), furniture (true), or what a printed page adds on a
 *  line of its own — its number, a running head or foot (`'page'`, furniture too: a paragraph a
 *  page broke goes on over it; src/parse/pages.ts). */
export type LineFurniture = boolean | 'page';

/** One flag per line: truthy when the line is furniture. Blank lines and long lines are never flagged. */
/** `transparent`: the reading text's characters that were no white space as written (TextView.transparent). */
export function findFurniture(text: string, lines: readonly Line[], grammar: FurnitureGrammar, transparent?: Uint8Array): LineFurniture[] {
  const bares = lines.map((line) => (line.blank || line.contentEnd - line.start > MAX_FURNITURE_LINE ? '' : bare(text, line, transparent)));
  const anyLine = eitherOf(grammar.lines);
  // A page number is tested with its lead: `- 1 -` would lose its first dash as a bullet.
  const flags: LineFurniture[] = bares.map((b, i) => b !== '' && (isPageNumber(text, lines[i] as Line, grammar) ? 'page' : anyLine(b)));

  // Navigation at the top of a page: the last breadcrumb or menu line and everything above it is
  // furniture. The top is the first headLines lines that hold something: a page's source spends
  // blank lines on its head and between the tags of its menu.
  let lastHead = -1;
  for (let i = 0, filled = 0; i < lines.length && filled < grammar.headLines; i++) {
    if ((lines[i] as Line).blank) continue;
    filled++;
    if (bares[i] !== '' && grammar.head.some((re) => re.test(bares[i] as string))) lastHead = i;
  }
  for (let i = 0; i <= lastHead; i++) if (bares[i] !== '' && (i === lastHead || flags[i] || !grammar.headKeeps.test(bares[i] as string))) flags[i] = true;

  markAccountNames(bares, flags, grammar);
  markContentsHeadings(bares, flags, grammar);
  markFrontMatter(text, lines, flags, grammar);
  markRunningLines(text, lines, flags);

  // A metadata panel (gov.cn and most government sites): a run of label lines 索引号： 发文机关：
  // 标题： … close together. Everything from its first label to its last label's value is furniture,
  // also values standing on lines of their own and the 标题 line that repeats the title.
  markPanels(bares, flags, grammar);

  // A footer in the last third of the document: everything from its first line on.
  const tailFrom = Math.floor((lines.length * 2) / 3);
  for (let i = tailFrom; i < lines.length; i++) {
    if (bares[i] !== '' && grammar.tail.some((re) => re.test(bares[i] as string))) {
      for (let j = i; j < lines.length; j++) if (bares[j] !== '') flags[j] = true;
      break;
    }
  }
  return flags;
}

/**
 * The account's name above a WeChat post line in the head (the reader shows it over the post line: `某县女性` /
 * `原创 某县妇联 某县女性 2027-02-14 18:30 浙江`): a line whose whole text is one of the post line's words is the page's, as
 * the post line is. The article's title above the post line is never one of its words.
 */
function markAccountNames(bares: readonly string[], flags: LineFurniture[], grammar: FurnitureGrammar): void {
  for (let i = 0, filled = 0; i < bares.length && filled < grammar.headLines; i++) {
    const post = bares[i] as string;
    if (post === '') continue;
    filled++;
    if (!grammar.postLines.some((re) => re.test(post))) continue;
    const words = new Set(post.split(/\s+/u));
    for (let k = 0; k < i; k++) if (bares[k] !== '' && words.has(bares[k] as string)) flags[k] = true;
  }
}

/** A 目录 heading whose next line that holds something is furniture (a periodical's contents entry, a
 *  column head): the contents of an issue, not of the document. */
function markContentsHeadings(bares: readonly string[], flags: LineFurniture[], grammar: FurnitureGrammar): void {
  bares.forEach((b, i) => {
    if (b === '' || flags[i] || !grammar.contentsHeading.test(b)) return;
    let next = i + 1;
    while (next < bares.length && bares[next] === '') next++;
    if (flags[next] === true) flags[i] = true;
  });
}

/**
 * A front matter opening the file: the fence on the first non-blank line, only field lines (or
 * blank lines) up to the same fence within maxLines. Every line of it is furniture. A fence with
 * no closing one, or a line that is no field, leaves the lines as they are.
 */
function markFrontMatter(text: string, lines: readonly Line[], flags: LineFurniture[], grammar: FurnitureGrammar): void {
  const { fence, field, maxLines } = grammar.frontMatter;
  let first = 0;
  while (first < lines.length && (lines[first] as Line).blank) first++;
  const raw = (i: number): string => text.slice((lines[i] as Line).start, (lines[i] as Line).contentEnd);
  const open = first < lines.length ? raw(first).trim() : '';
  if (!fence.test(open)) return;
  for (let i = first + 1; i < Math.min(lines.length, first + maxLines); i++) {
    if ((lines[i] as Line).blank) continue;
    const line = raw(i);
    if (line.trim() === open) {
      for (let j = first; j <= i; j++) if (!(lines[j] as Line).blank) flags[j] = true;
      return;
    }
    if (!field.test(line)) return;
  }
}

/** A running head or foot is short: a name, not a sentence. */
const MAX_RUNNING_LINE = 40;
/** …and names the document or its issuer: longer than a table's header cell (序号, 指标名称). */
const MIN_RUNNING_LINE = 6;
/** The least length of a running head that repeats the document's title once (more than a bare 工作计划)… */
const MIN_TITLE_HEAD = 8;
/** …and the most it leaves out of the title's start: a place name (平遥县民政局… → 县民政局…), not the first part of a title that
 *  names two (某县…2025年工作总结和2026年工作计划, whose page 2 may open with the heading 2026年工作计划). */
const MAX_TITLE_CUT = 4;

/**
 * A running head or foot in text with no form feeds (an OCR'd scan, a PDF exported as plain text): a
 * short line that stands next to a page number (`— 2 —`, above or below it, past blank lines and
 * other page lines) at two page breaks or more, the same each time but for its digits
 * (`某县人民政府公报　2026年第2期`), or once when it repeats the document's title. It is a line of the page,
 * and a paragraph the page broke goes on over it (src/parse/pages.ts finds the same at form feeds).
 */
function markRunningLines(text: string, lines: readonly Line[], flags: LineFurniture[]): void {
  const at = new Map<string, number[]>();
  // Once is enough for a head that repeats the document's title, whole or with its first words left out (平遥县民政局2026年工作计划
  // → 县民政局2026年工作计划 at the head of page 2), as PDF page heads do: a short document has one page break.
  const opening = lines.findIndex((line, i) => !line.blank && !flags[i]);
  const title = opening < 0 ? '' : text.slice((lines[opening] as Line).start, (lines[opening] as Line).contentEnd).replace(/\s+/gu, '');
  const titleHeads: number[] = [];
  const near = (i: number, step: 1 | -1): number => {
    let k = i + step;
    while (k >= 0 && k < lines.length && ((lines[k] as Line).blank || flags[k] === 'page')) k += step;
    return k;
  };
  flags.forEach((flag, i) => {
    if (flag !== 'page') return;
    for (const k of new Set([near(i, -1), near(i, 1)])) {
      const line = lines[k];
      if (!line || flags[k] || line.contentEnd - line.start > MAX_RUNNING_LINE) continue;
      const raw = text.slice(line.start, line.contentEnd);
      // (A table's header row that a PDF repeats on each page is a row of cells, not a running line.)
      if (raw.includes('\t')) continue;
      const plain = raw.replace(/\s+/gu, '');
      const key = plain.replace(/\d+/gu, '#');
      if (key.length < MIN_RUNNING_LINE || /[。；;：:，,]$/u.test(key)) continue;
      if (k > opening && plain.length >= MIN_TITLE_HEAD && title.length - plain.length <= MAX_TITLE_CUT && title.endsWith(plain)) titleHeads.push(k);
      const list = at.get(key);
      if (list) list.push(k);
      else at.set(key, [k]);
    }
  });
  for (const list of at.values()) if (new Set(list).size >= 2) for (const k of list) flags[k] = 'page';
  for (const k of titleHeads) flags[k] = 'page';
}


/** A page number alone on its line, a scanning app's page mark or a periodical's running head (all
 *  are short: no longer line is tested). */
function isPageNumber(text: string, line: Line, grammar: FurnitureGrammar): boolean {
  if (line.contentEnd - line.start > MAX_PAGE_NUMBER_LINE) return false;
  const content = text.slice(line.start, line.contentEnd).trim();
  return grammar.pageNumber.test(content) || grammar.pageMarks.some((re) => re.test(content)) || grammar.runningHeads.some((re) => re.test(content));
}

/** The longest line tested for a page number (`第 12 页 共 30 页` with padding). */
const MAX_PAGE_NUMBER_LINE = 40;

/** Label lines of one panel are at most this many non-blank lines apart (a value between them). */
const PANEL_GAP = 2;

function markPanels(bares: readonly string[], flags: LineFurniture[], grammar: FurnitureGrammar): void {
  const labels: number[] = [];
  bares.forEach((b, i) => {
    if (b !== '' && grammar.panel.test(b)) labels.push(i);
  });
  let from = 0;
  for (let k = 1; k <= labels.length; k++) {
    const prev = labels[k - 1] as number;
    const next = labels[k];
    if (next !== undefined && nonBlankBetween(bares, prev, next) <= PANEL_GAP) continue;
    // labels[from..k-1] is one run.
    if (k - from >= grammar.panelMin) {
      const first = labels[from] as number;
      // The last label's value may stand on the next line, where the panel puts its values under
      // their labels: in a panel whose values stand beside their labels, a label with nothing after
      // it (gov.cn's empty 主题词：) has no value, and the line below it is the document's.
      let last = prev;
      const under = labels.slice(from, k).filter((i) => valueOnNextLine(bares[i] as string, grammar)).length;
      if (valueOnNextLine(bares[prev] as string, grammar) && 2 * under > k - from) {
        do last++;
        while (last < bares.length - 1 && bares[last] === '');
      }
      for (let i = first; i <= last; i++) if (bares[i] !== '') flags[i] = true;
    }
    from = k;
  }
}

/** A label line with nothing after its colon: the value is on the next line. */
const PANEL_VALUE_NEXT = /[:：]$/u;

/** Whether a panel label line holds no value (`发布日期：`, or the label alone: a table copied one
 *  cell a line): the value is on the next line. */
function valueOnNextLine(bare: string, grammar: FurnitureGrammar): boolean {
  return PANEL_VALUE_NEXT.test(bare) || grammar.panel.exec(bare)?.[0].length === bare.length;
}

function nonBlankBetween(bares: readonly string[], a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (bares[i] !== '') n++;
  return n;
}
