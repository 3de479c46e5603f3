// What a table detector needs to know about one cell or one line: the cells of a delimited row
// (tabs, markdown pipes, runs of spaces), and what kind of text a flattened cell holds. Every test
// is bounded: a cell longer than MAX_CELL is never sliced, so a one-line document stays linear.
import type { TableGrammar } from '../grammar/tables.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { JOINER } from '../text/reading.js';
import { han } from '../text/han.js';
import type { TableCell } from './types.js';

/** Longest text (without spaces) a cell of a flattened table can have; longer is body text. */
export const MAX_CELL = 60;
/** Longest header cell (基准值（2020年）, 指标名称, 2025年目标值 …). */
const MAX_HEADER_CELL = 16;

export type CellType = 'value' | 'empty' | 'text' | 'year' | 'stop';

/** White space, also the ideographic space, no-break space, zero-width space and BOM. */
const isSpaceCode = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff;

/** Word joiners: where a page's markup stood between two words (closeTransparentGaps). */
const JOINERS = /\u2060/gu;

/** The cell [start, end) with surrounding white space trimmed off; its text without word joiners. */
export function trimmedCell(text: string, start: number, end: number): TableCell {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const cell = text.slice(start, end);
  return { start, end, text: cell.includes(JOINER) ? cell.replace(JOINERS, '') : cell };
}

/** The markers of the outline's two top levels (一、 （二）). */
const CHAPTER = '[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]';
/** A marker that opens a heading of the document's outline (一、 （二） 3.加强 第四章 一是), also after the marks that
 *  set a whole heading off (【一、…】, **一、…**: grammars/outline.yaml `leader`). */
const HEADING = new RegExp(`^(?:\\*\\*|【)?(?:${CHAPTER}|\\d{1,3}[.．、。](?![0-9０-９])\\s*\\S|[（(]\\d{1,3}[）)]\\s*\\S|第[一二三四五六七八九十百零〇\\d]+[章节条部分篇]|[一二三四五六七八九十]是)`, 'u');
export const opensHeading = (cell: string): boolean => HEADING.test(cell);
const CHAPTER_START = new RegExp(`^(?:${CHAPTER})`, 'u');
/** An outline marker with nothing after it (一、 （二） 3、 (4) 第五章): the cell a word processor's list numbering
 *  leaves before the tab it sets between the number and the heading's text. A 序号 cell has no mark after its number. */
const MARKER_ALONE = new RegExp(`^(?:${CHAPTER}|[0-9０-９]{1,3}[、．.]|[（(][0-9０-９]{1,3}[）)]|第[一二三四五六七八九十百零〇]+[章节部分篇])$`, 'u');
export const isMarkerAlone = (cell: string): boolean => MARKER_ALONE.test(cell);
/** The length of a chapter-level marker (一、 （二）) opening a cell, 0 without one. */
export const chapterMarkerLength = (cell: string): number => CHAPTER_START.exec(cell)?.[0].length ?? 0;

/** A row number of a sequence column: 1, 12, 3., １ (nothing after it). */
const SEQUENCE = /^[0-9０-９]{1,3}[.．、]?$/u;

/** The row number a cell holds, or undefined. */
export function rowNumber(cell: string): number | undefined {
  if (!SEQUENCE.test(cell)) return undefined;
  return Number.parseInt(cell.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);
}

/** A column label that is a year or a year with its role: 2020年, （2025年）, 2025年目标, 2030目标值, 2025（目标）, 2020基数, 基期值(2020), 2025. The year
 *  is written with 年, in brackets, alone or before a role word: a number of the same four digits before a unit is a value
 *  (新增计算资源2000核以上). */
const YEAR_LABEL = /^[^\d]{0,6}[（(]?(?:19|20)\d{2}(?:\s*年(?:[底末]|度)?[）)]?[^\d]{0,6}|[）)][^\d]{0,6}|\s*[（(]?(?:目标|预期|预计|规划|基期|基数|基准|基础|现状|实际|完成)[^\d]{0,4})?$/u;
export const isYearLabel = (cell: string): boolean => YEAR_LABEL.test(cell);

/** A header ending in a bracketed unit: 床位数（张）, 增长（%）. */
const UNIT_BRACKET = /[（(][^（()）\d]{1,6}[）)]$/u;

const noSpaces = (s: string): string => s.replace(/[\s\u3000]+/gu, '');

/** Whether source[start, end) is short enough for a header cell (isHeaderCell's first test), read
 *  without slicing it: most lines a table search starts at are body text, far longer. */
export function shortEnoughForHeader(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = start; i < end; i++) if (WHITE_SPACE[text.charCodeAt(i)] !== 1 && ++n > MAX_HEADER_CELL) return false;
  return true;
}

/** Short, no sentence punctuation, no number but a year: a cell a header can have. */
export function isHeaderCell(cell: string, g: TableGrammar): boolean {
  const t = noSpaces(cell);
  if (t.length === 0 || t.length > MAX_HEADER_CELL || /[。；;，,：:]/u.test(t) || opensHeading(t)) return false;
  if (isYearLabel(t)) return true;
  if (/\d/u.test(t.replace(/(?:19|20)\d{2}/gu, ''))) return false;
  return g.headerWords.indexIn(t) !== undefined || UNIT_BRACKET.test(t);
}

const VALUE = /^[≥≤≧≦＞＜><=＝约~～±+＋\-－（(〔[【]{0,3}\s*[0-9０-９][0-9０-９.．,]*\s*(?:[-—–~～至]\s*[0-9０-９][0-9０-９.．]*)?\s*(?:[/／]\s*(?:1|10|100)?\s*万)?[^\s0-9０-９（(〔[【）)〕\]】]{0,6}\s*[）)〕\]】]?\s*(?:[（(〔[【].*)?$/su;

/** What a cell holds after its first number, up to a bracket (the unit part of a value: ≥95% → %). */
const AFTER_NUMBER = /^[^0-9０-９]*[0-9０-９][0-9０-９.．,]*([^（(〔[【]*)/u;

/** A row's name that opens with an age or a count (12岁儿童龋患率（%）, 3岁以下儿童死亡率): short enough after the number to pass
 *  for a unit, but ending as the name of a rate, share or level does (grammar levelMeasures: 率, 比例, 浓度 …), which no unit does. */
function numberLedName(t: string, g: TableGrammar): boolean {
  const rest = AFTER_NUMBER.exec(t)?.[1]?.trim() ?? '';
  return rest !== '' && g.levelMeasures.endingAt(rest, rest.length) !== undefined;
}

/** A row's name led by its number and ending in its unit in brackets (1.学前教育毛入园率（%）,
 *  3.粮食综合生产能力（亿吨）): tables in the style of the national 纲要 write the 序号 into the 指标
 *  cell and have no 单位 column. Short, no clause mark: the name cell of a row, not an outline heading. */
const NUMBERED_NAME = /^[0-9０-９]{1,3}[.．、](?![0-9０-９])[^。；;，,：:！？!?]{2,40}[（(]([^（()）]{1,8})[）)]$/u;
/** A magnitude before a counting unit (万个, 亿元, 千吨). */
const MAGNITUDE = /^[十百千万亿]/u;

/** A task table's cell that lists its items, each led by its number, after a semicolon (1.新改建道路60公里；2.改造危桥5座):
 *  a heading never holds the next one's marker on its line. */
const CELL_LIST = /^(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[）)])[^。]*[；;]\s*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[）)])(?![0-9０-９])/u;

export function isNumberedRowName(cell: string, g: TableGrammar): boolean {
  const unit = NUMBERED_NAME.exec(cell)?.[1];
  return unit !== undefined && (g.cellUnits.has(unit) || g.cellUnits.has(unit.replace(MAGNITUDE, '')));
}

/** What may follow an attachment label in its cell: its number and a colon. */
const LABEL_NUMBER = /^[0-9０-９一二三四五六七八九十]{0,3}[:：]?$/u;

/** Reads what a flattened cell is. `stop`: it ends a table (notes, a heading, a sentence, an attachment's label). */
export function cellType(cell: string, g: TableGrammar): CellType {
  const t = noSpaces(cell);
  if (t.length > MAX_CELL || g.notes.startingAt(t, 0) !== undefined) return 'stop';
  // An attachment's label (附件2, 附表1：) opens the next attachment: the table before it has ended.
  const label = g.attachmentLabels.startingAt(t, 0);
  if (label !== undefined && LABEL_NUMBER.test(t.slice(label.length))) return 'stop';
  if (opensHeading(t)) return isNumberedRowName(t, g) || CELL_LIST.test(t) ? 'text' : 'stop';
  // A sentence: a full stop inside, or a long clause with commas.
  if (/。./u.test(t) || (t.length > 30 && /[，,；;]/u.test(t))) return 'stop';
  // No value, or a qualitative target instead of one (逐步提升): the value column is filled with no number to read.
  if (g.empty.has(t) || g.qualitativeValues.has(t)) return 'empty';
  if (isYearLabel(t)) return 'year';
  // A value is its number (a sign or a bracket may come first: ≥95%, （86.4%）), a short unit (a rate per
  // 10万 too: ≤10/10万) and perhaps a remark in brackets; a unit such as /10万 or a name such as
  // 5岁以下儿童死亡率 is text.
  if (VALUE.test(t) && !numberLedName(t, g)) return 'value';
  // A change from the year before (较上年提高2个百分点, 同比下降5%): the base, a verb, then a value.
  const base = g.changeCellBases.startingAt(t, 0);
  return base !== undefined && CHANGE_VERB_VALUE.test(t.slice(base.length)) ? 'value' : 'text';
}

/** A verb of change and the value it moves by (提高2个百分点, 增长10%以上). */
const CHANGE_VERB_VALUE = han(/^[\p{Script=Han}]{1,2}[0-9０-９][0-9０-９.．]*\s*[^\s0-9０-９]{0,6}$/u);

/** Cells of a tab- or pipe-separated line, or of one whose cells are parted by 2+ spaces. */
export function delimitedCells(text: string, start: number, end: number): { cells: TableCell[]; by: 'tab' | 'pipe' | 'space' } | undefined {
  if (!mayBeDelimited(text, start, end)) return undefined;
  const line = text.slice(start, end);
  // Tabs part every cell, empty ones too, so that columns stay aligned.
  if (line.includes('\t')) return { cells: split(text, start, end, TAB), by: 'tab' };
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.length > 2 && trimmed.indexOf('|', 1) > 0) {
    const cells = split(text, start, end, PIPE).filter((c) => c.text !== '');
    return { cells, by: 'pipe' };
  }
  // A GFM table may leave out the outer pipes (指标 | 2025年): its rows are believed under a header only where
  // the delimiter row (--- | ---) follows that header (see outerless in ./table.ts).
  if (line.includes('|') && !line.includes('\t')) {
    const cells = split(text, start, end, PIPE);
    if (cells.length >= 2 && cells.every((c) => c.text !== '')) return { cells, by: 'pipe' };
  }
  // Most lines hold no wide gap at all: they are ruled out before being cut into cells.
  if (!/[ \u3000]{2}/u.test(line)) return undefined;
  const cells = split(text, start, end, WIDE_GAP);
  return cells.length >= 2 ? { cells, by: 'space' } : undefined;
}

/** A line short enough to be a row whose cells are parted by single spaces. */
const MAX_SINGLE_SPACED_ROW = 80;
/** One space between cells: ASCII, or the ideographic space a Chinese word processor types. */
const SINGLE_SPACE = /[ \u3000]/gu;

/**
 * Cells of a line whose cells are parted by single spaces (a table pasted from a PDF or a word
 * processor that kept one space between cells: `乡村旅游综合收入 亿元 60 120 预期性`), or undefined.
 * Such a line is also a sentence with stray spaces: delimitedTable believes it only under a header
 * of such cells and with as many cells in every row.
 */
export function singleSpacedCells(text: string, start: number, end: number): TableCell[] | undefined {
  if (end - start > MAX_SINGLE_SPACED_ROW) return undefined;
  // Most lines hold no space at all: they are ruled out before being sliced.
  let spaces = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000) spaces++;
  if (spaces < 2) return undefined;
  const line = text.slice(start, end).trim();
  if (!/[ \u3000]/u.test(line) || /[ \u3000]{2}|\t/u.test(line)) return undefined;
  const cells = split(text, start, end, SINGLE_SPACE);
  return cells.length >= 3 ? cells : undefined;
}

/** A year written alone, before its 年 (2025 年 → 2025年). */
const YEAR_NUMBER = /^(?:19|20)\d{2}$/u;
/** The 年 a year's cell goes on with, perhaps with its role (年, 年目标, 年底), no clause mark: a sentence's 年，… is not one. */
const YEAR_PIECE = /^年[^\s，,。；;：:、]{0,4}$/u;
/** A bound sign written alone, before its number (≥ 85 → ≥85). */
const LONE_SIGN = /^[≥≤≧≦＞＜><]$/u;
/** Two neighbouring cells as one, its text the source's (the space kept): a cell's text maps onto the source by its offsets. */
const joined = (text: string, a: TableCell, b: TableCell): TableCell => ({ start: a.start, end: b.end, text: a.text + text.slice(a.end, b.start) + b.text });

/**
 * Single-spaced cells with the pieces joined that PDF text cuts out of one cell: pdftotext writes a space wherever a
 * Han character meets a digit or a sign, so a header's 2025年 comes out as `2025 年` and a row's ≥85 as `≥ 85`. A year
 * is joined to a piece that makes it a year label (年, 年目标), a lone sign to the number after it, each pair one cell
 * again (its space kept). One pass.
 */
export function strayPiecesJoined(text: string, cells: TableCell[]): TableCell[] {
  const out: TableCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const year = prev !== undefined && YEAR_NUMBER.test(prev.text) && YEAR_PIECE.test(c.text) && isYearLabel(prev.text + c.text);
    const sign = prev !== undefined && LONE_SIGN.test(prev.text) && /^[0-9０-９]/u.test(c.text);
    if (prev && (year || sign)) out[out.length - 1] = joined(text, prev, c);
    else out.push(c);
  }
  return out;
}

/**
 * A row's cells with each lone unit (%, 岁, 张: grammars/tables.yaml cellUnits) joined to the number before it, when the
 * row holds `over` more cells than its header and exactly that many such pieces: PDF text writes `38 %` for 38%, but a
 * 单位 column's % is a cell of its own, so units are joined only where the count asks for it. Undefined otherwise.
 */
export function unitsJoined(text: string, cells: TableCell[], over: number, g: TableGrammar): TableCell[] | undefined {
  const unitAfterNumber = (c: TableCell, k: number): boolean => k > 0 && g.cellUnits.has(c.text) && NUMBER.test(noSpaces((cells[k - 1] as TableCell).text));
  if (over <= 0 || cells.filter(unitAfterNumber).length !== over) return undefined;
  const out: TableCell[] = [];
  cells.forEach((c, k) => {
    if (unitAfterNumber(c, k)) out[out.length - 1] = joined(text, out[out.length - 1] as TableCell, c);
    else out.push(c);
  });
  return out;
}

/** A number with at most a bound sign before it (85, ≥85, 6.21), read without spaces (≥ 85). */
const NUMBER = /^[≥≤≧≦＞＜><]?[0-9０-９][0-9０-９.．]*$/u;

/** Whether source[start, end) holds a tab, a pipe or two spaces in a row: most lines hold none,
 *  and are ruled out without being sliced. */
function mayBeDelimited(text: string, start: number, end: number): boolean {
  let spaces = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 124) return true;
    if (c === 32 || c === 0x3000) {
      if (++spaces === 2) return true;
    } else spaces = 0;
  }
  return false;
}

/** Cell separators (global; none matches the empty string). */
const TAB = /\t/gu;
const PIPE = /\|/gu;
const WIDE_GAP = /[ \u3000]{2,}/gu;

function split(text: string, start: number, end: number, sep: RegExp): TableCell[] {
  const line = text.slice(start, end);
  const cells: TableCell[] = [];
  let from = 0;
  // An exec loop, not matchAll: matchAll copies the regex on every call.
  sep.lastIndex = 0;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    cells.push(trimmedCell(text, start + from, start + m.index));
    from = m.index + m[0].length;
  }
  cells.push(trimmedCell(text, start + from, end));
  // Leading and trailing separators leave empty cells that are not columns.
  while (cells.length > 0 && (cells[0] as TableCell).text === '') cells.shift();
  while (cells.length > 0 && (cells[cells.length - 1] as TableCell).text === '') cells.pop();
  return cells;
}

/** A markdown separator row: |---|:---:|. */
export const isPipeRule = (cell: TableCell[]): boolean => cell.length > 0 && cell.every((c) => /^:?-{2,}:?$/u.test(c.text));

/** The word that labels a caption before its number (a box printed in the body, 专栏, often holds one table). */
const CAPTION_WORD = '(?:附?表|图表|专栏)';
/** A caption that numbers its table or box: 表2 …, 附表1 …, 专栏3 …. */
export const TABLE_CAPTION = new RegExp(`^${CAPTION_WORD}\\s*[\\d一二三四五六七八九十]`, 'u');
/** A cell that is only a caption's label: 表1, 附表2：, 专栏3. */
const CAPTION_LABEL = new RegExp(`^${CAPTION_WORD}\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*[:：、.．]?$`, 'u');
export const isCaptionLabel = (cell: string): boolean => CAPTION_LABEL.test(cell);
/** A cell that is one bracket: （2020年） under 基准值, （按国标GB5749） under a name. */
export const BRACKETED = /^[（(][^（()）]{1,20}[）)]$/u;

/** Whether two header cells joined (white space dropped) name a column: 指标 / 属性, 指标 / 名称. */
export const isColumnName = (s: string, g: TableGrammar): boolean => g.columns.some((c) => c.words.has(s.replace(/\s+/gu, '')));
