// Finds the tables of a plan in its decoded text, in one pass over the lines:
//   delimited  rows of tab-, pipe- (markdown) or multi-space-separated cells, the first row the header;
//   flattened  a table copied from a web page or a Word file with ONE CELL PER LINE (or per
//              blank-separated paragraph): a run of short header cells (序号 / 指标名称 / 单位 /
//              2020年 / 2025年 / 属性 …), then rows. Rows are cut at the 序号 column's numbers when the
//              table has one (cells a merged or empty cell lost do not shift the next row), else by
//              the header's layout: leading text cells (a merged 类别 cell may be missing), one cell
//              per value column, then 属性; a header with no value column takes rows of n cells
//              whose columns keep one type. Of the header candidates (the run may hold a caption and
//              the first row's name), the one under which most rows are complete wins.
// A table ends before its notes (注：), a heading of the outline, a sentence, or a row that breaks
// its columns. The caption is the short line above the header (表1 …, 主要指标, 各区任务分解表).
import { splitLines, type Line } from '../parse/lines.js';
import { closeTransparentGaps } from '../text/reading.js';
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import {
  cellType,
  delimitedCells,
  isHeaderCell,
  isPipeRule,
  isYearLabel,
  MAX_CELL,
  opensHeading,
  rowNumber,
  shortEnoughForHeader,
  singleSpacedCells,
  trimmedCell,
  type CellType,
} from './table-cells.js';
import type { TableBlock, TableCell } from './types.js';

/** Most header cells a flattened table can have. */
const MAX_HEADER = 12;
/** A paragraph of more lines than this is not one cell. */
const MAX_CELL_LINES = 3;
/** A caption is a short line: 表2 “十四五”卫生健康发展主要指标. */
const MAX_CAPTION = 40;
/** A caption that numbers its table: 表2 …, 附表1 …. */
const TABLE_CAPTION = /^(?:附?表|图表)\s*[\d一二三四五六七八九十]/u;

interface Cell extends TableCell {
  /** Index of the line after the cell. */
  next: number;
  type: CellType;
  /** A cell a header can have (isHeaderCell). */
  head: boolean;
  /** As a header: its column's role ('value' for year and measure columns); set when first asked. */
  role?: string;
}

/** `lines`: the text's lines when the parser has split them already. `transparent`: the reading
 *  text's characters that were no white space as written (a page's inline tags), which part no cells. */
export function findTables(reading: string, grammar: TableGrammar, lines: readonly Line[] = splitLines(reading), transparent?: Uint8Array): TableBlock[] {
  const text = closeTransparentGaps(reading, transparent);
  const readers = { lines: cellReader(text, lines, false, grammar), paragraphs: cellReader(text, lines, true, grammar) };
  const tables: TableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.blank) {
      i++;
      continue;
    }
    const found = delimitedTable(text, lines, i, grammar) ?? flattenedTable(text, lines, i, grammar, readers);
    if (typeof found === 'number') i = Math.max(i + 1, found);
    else if (found) {
      tables.push(withCaption(text, lines, found.table, lineAt(lines, found.table.start, i)));
      i = found.next;
    } else i++;
  }
  return tables;
}

interface Found {
  table: TableBlock;
  /** Line index after the table. */
  next: number;
}

// ---------------------------------------------------------------- delimited

function delimitedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar): Found | undefined {
  const head = rowAt(text, lines[i] as Line);
  if (!head) return singleSpacedTable(text, lines, i, g);
  if (!delimitedRowOk(head.cells, head.by, g)) return undefined;
  // Pipes with no outer pipe (a | b) make a table only under a header that a delimiter row (--- | ---) follows.
  const outerless = head.by === 'pipe' && !(lines[i] as Line).blank && !text.slice((lines[i] as Line).start, (lines[i] as Line).contentEnd).trim().startsWith('|');
  if (outerless) {
    const rule = i + 1 < lines.length ? rowAt(text, lines[i + 1] as Line) : undefined;
    if (!rule || rule.by !== 'pipe' || !isPipeRule(rule.cells)) return undefined;
  }
  // Space-parted lines also come from forms and option lists: their header must name a column.
  if (head.by === 'space' && !head.cells.some((c) => isHeaderCell(c.text, g))) return undefined;
  const wrapped = i + 1 < lines.length ? wrappedHeaderLine(text, lines[i] as Line, lines[i + 1] as Line, head.cells, head.by, g) : undefined;
  const header = wrapped ?? head.cells;
  const rows: TableCell[][] = [];
  let end = (head.cells[head.cells.length - 1] as TableCell).end;
  let k = wrapped ? i + 2 : i + 1;
  let next = k;
  let rowLine: Line | undefined;
  while (k < lines.length) {
    const line = lines[k] as Line;
    // One blank line may part the rows of a copied table.
    if (line.blank) {
      if (k + 1 < lines.length && !(lines[k + 1] as Line).blank) {
        k++;
        continue;
      }
      break;
    }
    const row = rowAt(text, line);
    if (!row || row.by !== head.by || !delimitedRowOk(row.cells, row.by, g)) {
      const by = head.by;
      const lone = by === 'pipe' ? undefined : loneCell(text, line, lines[k + 1], by, g);
      if (!lone || by === 'pipe') break;
      // One cell on a line of its own between rows: a row's name the page wrapped (its cell indented under the
      // name column), or a group label (经济发展) over the rows that follow (at the line's start).
      const above = rowLine && lone.start > line.start ? cellAbove(text, rowLine, rows[rows.length - 1] as TableCell[], line, lone, by) : undefined;
      if (above) above.text += lone.text;
      else rows.push([lone]);
      end = lone.end;
      k++;
      next = k;
      continue;
    }
    if (!(row.by === 'pipe' && isPipeRule(row.cells))) rows.push(row.cells);
    end = (row.cells[row.cells.length - 1] as TableCell).end;
    rowLine = line;
    k++;
    next = k;
  }
  if (rows.length === 0) return undefined;
  return { table: { kind: 'table', start: (head.cells[0] as TableCell).start, end, caption: null, header, rows }, next };
}

/** The one short text cell of a line between a table's rows (the next line is a row of the same kind that no
 *  header could be: a second table's header ends this one), or undefined. */
function loneCell(text: string, line: Line, nextLine: Line | undefined, by: 'tab' | 'space', g: TableGrammar): TableCell | undefined {
  const cell = trimmedCell(text, line.start, line.contentEnd);
  const cells = delimitedCells(text, line.start, line.contentEnd)?.cells;
  if (cells && cells.length > 1) return undefined;
  if (cell.text.length > MAX_DELIMITED_CELL || cellType(cell.text, g) !== 'text' || FORM_OPTION.test(cell.text) || TABLE_CAPTION.test(cell.text)) return undefined;
  const after = nextLine && !nextLine.blank ? rowAt(text, nextLine) : undefined;
  if (!after || after.by !== by || !delimitedRowOk(after.cells, by, g)) return undefined;
  // A header under it (序号 …, or column names only) opens another table.
  if (after.cells.every((c) => isHeaderCell(c.text, g)) || g.columns[0]?.words.indexIn(after.cells[0]?.text ?? '') !== undefined) return undefined;
  return cells?.[0] ?? cell;
}

/** The cell of the row above (on `rowLine`) that a wrapped piece on `line` continues: the same tab column, or
 *  the cell whose monospace columns it overlaps. */
function cellAbove(text: string, rowLine: Line, row: TableCell[], line: Line, piece: TableCell, by: 'tab' | 'space'): TableCell | undefined {
  if (by === 'tab') {
    const at = tabsBefore(text, line.start, piece.start)[0];
    return row.find((c) => tabsBefore(text, rowLine.start, c.start)[0] === at);
  }
  const a = columnOf(text, line.start, piece.start);
  const b = columnOf(text, line.start, piece.end);
  return row.find((c) => Math.min(b, columnOf(text, rowLine.start, c.end)) - Math.max(a, columnOf(text, rowLine.start, c.start)) > 0);
}

/**
 * The header with its second line joined in, when the page wrapped header cells (2020年 / （基期）, 年均增长 /
 * （%）, 指标 / 属性): the line under the header holds fewer cells, parted the same way, each one a header cell
 * and none a value: a bracket, a year, or the rest of a column's name. Each is joined to the header cell above it: the one
 * after as many tabs, or the one whose columns it overlaps most when spaces align them. Undefined otherwise.
 */
function wrappedHeaderLine(text: string, headLine: Line, line: Line, head: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): TableCell[] | undefined {
  if (by === 'pipe' || line.blank) return undefined;
  const row = delimitedCells(text, line.start, line.contentEnd);
  const cells = row && row.by === by ? row.cells : [trimmedCell(text, line.start, line.contentEnd)];
  if (cells.length >= head.length || !cells.every((c) => c.text !== '' && isHeaderCell(c.text, g) && cellType(c.text, g) !== 'value')) return undefined;
  const place = (c: TableCell, from: number): [number, number] => (by === 'tab' ? tabsBefore(text, from, c.start) : [columnOf(text, from, c.start), columnOf(text, from, c.end)]) as [number, number];
  const heads = head.map((h) => place(h, headLine.start));
  const joined = head.map((h) => ({ ...h }));
  for (const c of cells) {
    const [a, b] = place(c, line.start);
    let best = -1;
    let score = -Infinity;
    heads.forEach(([s, e], j) => {
      // Tabs: the same column. Spaces: the widest overlap, else the nearest start.
      const fit = by === 'tab' ? (s === a ? 0 : -Infinity) : Math.min(b, e) - Math.max(a, s) > 0 ? Math.min(b, e) - Math.max(a, s) : -Math.abs(a - s) - 1000;
      if (fit > score) [best, score] = [j, fit];
    });
    if (best < 0 || score === -Infinity) return undefined;
    const h = joined[best] as TableCell;
    // A bracket or a year under a header cell, or the rest of a column's name (指标 / 属性); a group label
    // such as 经济增长 under the header is the first row's.
    if (!BRACKETED.test(c.text) && !isYearLabel(c.text) && !isColumnName(h.text + c.text, g)) return undefined;
    h.text += c.text;
  }
  return joined;
}

/** How many tabs stand in text[from, at): the column a tab-parted cell starts in (a pair, as columnOf's). */
function tabsBefore(text: string, from: number, at: number): [number, number] {
  let n = 0;
  for (let k = from; k < at; k++) if (text.charCodeAt(k) === 9) n++;
  return [n, n + 1];
}

/** The monospace column of text[at] on a line starting at `from`: a Chinese character takes two, ASCII one. */
function columnOf(text: string, from: number, at: number): number {
  let col = 0;
  for (let k = from; k < at; k++) col += text.charCodeAt(k) < 0x80 ? 1 : 2;
  return col;
}

/**
 * A table whose cells are parted by single spaces: a header whose every cell is one (指标名称 单位
 * 2024年 2027年 属性), then rows of as many cells (one fewer where a merged 类别 cell is written in its
 * group's first row only), each with a value in it. Sentences with stray spaces have neither such a
 * header nor such rows.
 */
function singleSpacedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar): Found | undefined {
  const line = lines[i] as Line;
  const header = singleSpacedCells(text, line.start, line.contentEnd);
  if (!header || !header.every((c) => isHeaderCell(c.text, g))) return undefined;
  const rows: TableCell[][] = [];
  // A 类别 column is a merged cell, written in the first row of its group only: the group's other rows lack it.
  const shortest = header.some((c) => columnRole(c.text, g) === 'group') ? header.length - 1 : header.length;
  let next = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k] as Line;
    // One blank line may part the rows of a copied table, as in a delimited one.
    if (line.blank && k + 1 < lines.length && !(lines[k + 1] as Line).blank) continue;
    const row = line.blank ? undefined : singleSpacedCells(text, line.start, line.contentEnd);
    if (!row || row.length > header.length || row.length < shortest || !singleSpacedRowOk(row, g)) break;
    rows.push(row);
    next = k + 1;
  }
  if (rows.length === 0) return undefined;
  const last = rows[rows.length - 1] as TableCell[];
  return { table: { kind: 'table', start: (header[0] as TableCell).start, end: (last[last.length - 1] as TableCell).end, caption: null, header, rows }, next };
}

/** A row of a single-spaced table: short cells (a unit may be one character: 个, %), no sentence or
 *  answer option among them, and a value in at least one. */
function singleSpacedRowOk(cells: TableCell[], g: TableGrammar): boolean {
  let values = 0;
  for (const c of cells) {
    const type = cellType(c.text, g);
    if (c.text.length > MAX_DELIMITED_CELL || type === 'stop' || FORM_OPTION.test(c.text)) return false;
    if (type === 'value') values++;
  }
  return values > 0;
}

function rowAt(text: string, line: Line) {
  // A very long line is body text, whatever spaces it holds.
  if (line.contentEnd - line.start > 4000) return undefined;
  const row = delimitedCells(text, line.start, line.contentEnd);
  return row && row.cells.length >= 2 ? row : undefined;
}

/** Space-parted cells are believed only when short: a PDF line keeps wide gaps inside sentences too. */
const MAX_DELIMITED_CELL = 20;
const FORM_OPTION = /^[\u2460-\u2473\u2776-\u277f□■○●☐☑◯]|^[A-DＡ-Ｄ][.．、]/u;

function delimitedRowOk(cells: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): boolean {
  if (by !== 'space') return true;
  // ①男  ②女 and □是  □否 are answer options.
  if (!cells.every((c) => c.text.length <= MAX_DELIMITED_CELL && !FORM_OPTION.test(c.text) && cellType(c.text, g) !== 'stop')) return false;
  // Two letters side by side between wide gaps are a letter-spaced word of a form (姓  名, 单  位), not
  // two cells; a row number, a value or a unit of one character (1, 6, %, 个) is a cell of a row
  // that has words in two other cells at least.
  const bare = cells.map((c) => c.text.replace(/^[•·*\-]\s*|\*$/gu, ''));
  if (bare.some((t, i) => t.length < 2 && (t === '' || isLetter(t) && isLetter(bare[i + 1] ?? '')))) return false;
  return bare.every((t) => t.length >= 2) || bare.filter((t) => t.length >= 2).length >= 2;
}

/** One character that is no digit and no sign: a letter of a letter-spaced word. */
const isLetter = (t: string): boolean => t.length === 1 && !/[0-9%‰]/u.test(t);

// ---------------------------------------------------------------- flattened

/** Reads the cells from line `i` on: one per line, or one per blank-separated paragraph. Each cell
 *  is read once per mode (attempts at neighbouring lines read the same cells again). */
function cellReader(text: string, lines: readonly Line[], paragraphs: boolean, g: TableGrammar): Reader {
  // undefined: not read yet; null: no cell starts there.
  const cache: Array<Cell | null | undefined> = new Array<Cell | null | undefined>(lines.length);
  return (i: number): Cell | undefined => {
    while (i < lines.length && (lines[i] as Line).blank) i++;
    if (i >= lines.length) return undefined;
    const known = cache[i];
    if (known !== undefined) return known ?? undefined;
    const first = lines[i] as Line;
    let k = i + 1;
    if (paragraphs) {
      while (k < lines.length && !(lines[k] as Line).blank && k - i <= MAX_CELL_LINES) k++;
      if (k === i + 1) k = brokenCellEnd(text, lines, i, g) ?? k;
    } else if (k < lines.length && continuesCell(text, first, lines[k] as Line, g)) k++;
    let cell: Cell | null = null;
    if (k - i <= MAX_CELL_LINES) {
      const last = lines[k - 1] as Line;
      // Never slice a long line: it cannot be a cell.
      const { start, end, text: t } = last.contentEnd - first.start > MAX_CELL * 3 ? { start: first.start, end: last.contentEnd, text: '' } : trimmedCell(text, first.start, last.contentEnd);
      // A row of tab- or pipe-parted cells is no one cell: a flattened run stops there, and the delimited
      // table it opens is still found (a caption such as …分年度目标 above it reads like a header cell).
      const type: CellType = t === '' || isDelimitedRow(text, first, k - i) ? 'stop' : cellType(t, g);
      cell = { start, end, text: t, next: k, type, head: type !== 'stop' && isHeaderCell(t, g) };
    }
    cache[i] = cell;
    return cell ?? undefined;
  };
}

type Reader = (i: number) => Cell | undefined;

/** A one-line cell that holds two or more cells parted by tabs or markdown pipes. */
function isDelimitedRow(text: string, line: Line, lineCount: number): boolean {
  if (lineCount !== 1) return false;
  const row = delimitedCells(text, line.start, line.contentEnd);
  return row !== undefined && row.by !== 'space' && row.cells.length >= 2;
}

/** In a table of one cell a paragraph, the end (a line index) of a one-line cell whose page set its second
 *  line as a paragraph of its own (a web page's cell of two `<p>`s: 基准值 / （2020年）), as continuesCell
 *  tells a cell broken at a line break; undefined when the next paragraph is a cell of its own. */
function brokenCellEnd(text: string, lines: readonly Line[], i: number, g: TableGrammar): number | undefined {
  let j = i + 1;
  while (j < lines.length && (lines[j] as Line).blank) j++;
  const oneLine = j < lines.length && (j + 1 === lines.length || (lines[j + 1] as Line).blank);
  return oneLine && continuesCell(text, lines[i] as Line, lines[j] as Line, g) ? j + 1 : undefined;
}

/** Longest line that can continue the cell above it. */
const MAX_CONTINUATION = 24;
const BARE_NUMBER = /^[≥≤≧≦＞＜><约]?[（(]?[0-9０-９][0-9０-９.．,]*[）)]?$/u;
const BRACKETED = /^[（(][^（()）]{1,20}[）)]$/u;

/** One cell per line, but a cell broken where the page had a line break inside it: a number and its
 *  unit (120.14 / 平方公里), a header and its bracket (目标值 / （2025年）, 2020年 / （基期）). */
function continuesCell(text: string, line: Line, next: Line, g: TableGrammar): boolean {
  if (next.blank || line.contentEnd - line.start > MAX_CELL || next.contentEnd - next.start > MAX_CONTINUATION) return false;
  const a = text.slice(line.start, line.contentEnd).trim();
  const b = text.slice(next.start, next.contentEnd).trim();
  if (BARE_NUMBER.test(a)) return g.cellUnits.has(b);
  // A year column and its role word the page set under it without a bracket (2020年 / 基期值, 2025年 / 目标值).
  if (isYearLabel(a) && isRoleWord(b, g)) return true;
  if (!BRACKETED.test(b)) return false;
  // A year column's role under its year (2020年 / （基期）, 2025年 / （目标值））; not a bracketed value.
  if (isYearLabel(a)) return cellType(b, g) === 'text' && isHeaderCell(b, g);
  // A bracket under a name or header (（国标GB5749）, （岁）), or a year under a header (基准值 / （2020年）);
  // not a bracketed value, which is a cell of its own.
  return cellType(b, g) === 'text' || (isYearLabel(b) && isHeaderCell(a, g));
}

/** A word that alone names a value column's role: 基期, 基期值, 现状值, 目标, 目标值, 预期值 (the column lists, with 值). */
function isRoleWord(cell: string, g: TableGrammar): boolean {
  const word = cell.replace(/\s+/gu, '');
  return g.columns.some((c) => (c.role === 'baseline' || c.role === 'target') && (c.words.has(word) || c.words.has(word.replace(/值$/u, ''))));
}

const typeOf = (cell: Cell | undefined): CellType => cell?.type ?? 'stop';

/** A table, or the line the next attempt should start at (a failed attempt also tried the header
 *  starting one and two cells later), or undefined. */
function flattenedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar, readers: { lines: Reader; paragraphs: Reader }): Found | number | undefined {
  const line = lines[i] as Line;
  if (line.contentEnd - line.start > MAX_CELL * 3 || !shortEnoughForHeader(text, line.start, line.contentEnd)) return undefined;
  const firstText = text.slice(line.start, line.contentEnd).trim();
  if (!isHeaderCell(firstText, g)) return undefined;
  // Cells are paragraphs when a blank line follows the first cell.
  const paragraphs = i + 1 < lines.length && (lines[i + 1] as Line).blank;
  const read = paragraphs ? readers.paragraphs : readers.lines;
  // The header run: short cells that are not values.
  const run: Cell[] = [];
  let at = i;
  for (let c = read(at); c && run.length < MAX_HEADER + 3; c = read(at)) {
    const t = typeOf(c);
    if (t === 'stop' || t === 'value' || t === 'empty') break;
    run.push(c);
    at = c.next;
  }
  // Every row holds a value: a run that no value follows (it ended at a sentence, or hit the cap) is no
  // header. The attempts one and two cells later are answered too.
  const ender = read(at);
  if (!ender || (ender.type !== 'value' && ender.type !== 'empty') || run.length > MAX_HEADER + 2) return run.length >= 3 ? (run[1] as Cell).next : undefined;
  const headerLike = run.filter((c) => c.head).length;
  if (headerLike < 2) return undefined;
  // A 序号 column is the first column: the header starts there and ends before the first row number.
  const seq = run.findIndex((c) => g.columns[0]?.words.indexIn(c.text) !== undefined);
  if (seq >= 0 && seq <= 2) {
    const afterRun = run.length > 0 ? read((run[run.length - 1] as Cell).next) : undefined;
    let header = run.slice(seq);
    if (header.length >= 2 && afterRun && rowNumber(afterRun.text) === 1) {
      // Cells the run took in after the last header cell, when row 1 is that much shorter than the
      // run, are a group label over the first rows (经济发展 / 1 / 地区生产总值增速 …).
      const labels = header.length - 1 - findLastIndex(header, (c) => c.head);
      const firstRow = rowLength(afterRun, read, header.length);
      let label: Cell | undefined;
      if (labels === 1 && firstRow === header.length - 1) {
        label = header[header.length - 1];
        header = header.slice(0, -1);
      }
      return sequencedTable(text, header, afterRun, read, g, label);
    }
  }
  // Rows numbered 1, 2 … under a header with no 序号 cell (the page left that cell empty, and the
  // flattening dropped it): the header is the run, after an empty cell for the number column.
  if (seq < 0 && run.length >= 2 && run.every((c) => c.head) && rowNumber(ender.text) === 1) {
    const first = run[0] as Cell;
    const numberColumn: Cell = { start: first.start, end: first.start, text: '', next: first.next, type: 'text', head: true };
    return sequencedTable(text, [numberColumn, ...run], ender, read, g);
  }
  return chunkedTable(run, read, g) ?? (run.length >= 3 ? (run[1] as Cell).next : undefined);
}

/** Rows cut at the sequence numbers 1, 2, 3 …; a full row followed by a label and the next number holds a group label. */
function sequencedTable(text: string, header: Cell[], firstNumber: Cell, read: Reader, g: TableGrammar, label?: Cell): Found {
  const n = header.length;
  const rows: TableCell[][] = label ? [[plain(label)]] : [];
  let row: Cell[] = [firstNumber];
  let expected = 2;
  let cell = read(firstNumber.next);
  let lastGood = firstNumber;
  // The text columns between the number and the values (名称, 单位): a name wrapped inside its cell
  // gives the row more text cells than these (see joinWrappedName), and the row is that much longer.
  const layout = slots(header, g);
  const lead = layout ? header.slice(1, layout.indexOf('value')) : [];
  const wrapped = (r: Cell[]): number => {
    if (lead.length === 0) return 0;
    let k = 1;
    while (k < r.length && typeOf(r[k]) === 'text' && !g.attributeValues.has((r[k] as Cell).text)) k++;
    // Pieces of a name are believed only when the row's values follow them (or may yet follow).
    const t = typeOf(r[k]);
    if (k < r.length && t !== 'value' && t !== 'empty') return 0;
    return Math.min(WRAPPED_PIECES, Math.max(0, k - 1 - lead.length));
  };
  const width = () => row.length - wrapped(row);
  const close = () => {
    const extra = wrapped(row);
    if (extra > 0) row = [row[0] as Cell, ...joinWrappedName(row.slice(1, 1 + lead.length + extra), lead, g), ...row.slice(1 + lead.length + extra)];
    if (row.length > 0) rows.push(row.map(plain));
    lastGood = row[row.length - 1] ?? lastGood;
    row = [];
  };
  while (cell) {
    const t = typeOf(cell);
    if (t === 'stop' || t === 'year') break;
    const isNext = rowNumber(cell.text) === expected;
    if (isNext) {
      const after = read(cell.next);
      // A value cell equal to the next number (a count of 2 in row 1) is taken for a row number
      // only when the row is full or a name follows it.
      if (width() >= n || (row.length >= 2 && after !== undefined && typeOf(after) === 'text')) {
        close();
        row.push(cell);
        expected++;
        cell = after;
        continue;
      }
    }
    if (width() >= n) {
      // A full row followed by something that is not the next number: a group label or a totals row
      // (合计 …), believed only when the next number or the end of the table follows it.
      close();
      const label = cell;
      const after = read(label.next);
      const afterIsNext = after !== undefined && rowNumber(after.text) === expected;
      if (typeOf(label) === 'text' && afterIsNext) {
        rows.push([plain(label)]);
        lastGood = label;
        cell = after;
        continue;
      }
      break;
    }
    if (width() >= n + 3) break;
    row.push(cell);
    cell = read(cell.next);
  }
  // The last row: complete enough to be a row (its number and a value at least).
  if (row.length >= 2) close();
  const first = header[0] as Cell;
  return { table: { kind: 'table', start: first.start, end: lastGood.end, caption: null, header: joinSplitHeader(text, header, rows, g), rows }, next: lastGood.next };
}

/** A header cell broken over two lines (指标 / 属性) reads as two columns; when every row is shorter
 *  than the header by as many cells, adjacent header cells that join into a known column name
 *  (指标属性, 指标名称) are one cell. */
function joinSplitHeader(text: string, header: Cell[], rows: TableCell[][], g: TableGrammar): TableCell[] {
  const lengths = rows.filter((r) => r.length > 1).map((r) => r.length);
  // (A loop, not Math.max(...lengths): a flattened table may have more rows than a call has arguments.)
  const m = lengths.reduce((a, l) => Math.max(a, l), -Infinity);
  let missing = lengths.length >= 2 && lengths.every((l) => l === m) ? header.length - m : 0;
  const out: TableCell[] = [];
  for (let j = 0; j < header.length; j++) {
    const a = header[j] as Cell;
    const b = header[j + 1];
    if (missing > 0 && b && isColumnName(a.text + b.text, g)) {
      out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
      missing--;
      j++;
    } else out.push(plain(a));
  }
  return missing === 0 ? out : header.map(plain);
}

const isColumnName = (s: string, g: TableGrammar): boolean => g.columns.some((c) => c.words.has(s.replace(/\s+/gu, '')));

/** Cells from a row number to the next number (at most `limit` + 3). */
function rowLength(first: Cell, read: Reader, limit: number): number {
  const expected = (rowNumber(first.text) ?? 0) + 1;
  let n = 1;
  for (let c = read(first.next); c && n <= limit + 3; c = read(c.next)) {
    if (typeOf(c) === 'stop' || rowNumber(c.text) === expected) break;
    n++;
  }
  return n;
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k] as T)) return k;
  return -1;
}

/** Rows read for each candidate header before the best is chosen. */
const TRIAL_ROWS = 6;

/** No 序号 column. Each header candidate (the run may have taken in a caption or two, and the first
 *  row's name) is tried on the first rows; the one under which the most rows are complete wins. */
function chunkedTable(run: Cell[], read: Reader, g: TableGrammar): Found | undefined {
  let best: { header: Cell[]; full: number } | undefined;
  for (let offset = 0; offset <= 2 && offset < run.length; offset++) {
    for (let n = run.length - offset; n >= 2; n--) {
      const header = run.slice(offset, offset + n);
      if (header.filter((c) => c.head).length < Math.max(2, n - 1)) continue;
      const trial = readRows(header, read, g, TRIAL_ROWS);
      if (trial && (!best || trial.full > best.full)) best = { header, full: trial.full };
    }
  }
  if (!best) return undefined;
  const found = readRows(best.header, read, g, Number.POSITIVE_INFINITY) as Rows;
  const last = found.rows[found.rows.length - 1] as Cell[];
  const lastCell = last[last.length - 1] as Cell;
  const first = best.header[0] as Cell;
  return {
    table: { kind: 'table', start: first.start, end: lastCell.end, caption: null, header: best.header.map(plain), rows: found.rows.map((r) => r.map(plain)) },
    next: lastCell.next,
  };
}

interface Rows {
  rows: Cell[][];
  /** Rows with a cell for every column (but a merged 类别 cell). */
  full: number;
}

/** Where a column stands in a row: the leading text (group, name, unit), the values, the 属性 after them. */
type Slot = 'lead' | 'value' | 'attribute' | 'tail';

function slots(header: Cell[], g: TableGrammar): Slot[] | undefined {
  const roles = header.map((c) => (c.role ??= headerRole(c.text, g)));
  // Rows are named by their first cells: value columns with no column before them are no layout.
  const firstValue = roles.indexOf('value');
  if (firstValue < 1) return undefined;
  return roles.map((r, j): Slot => {
    if (j < firstValue) return 'lead';
    if (r === 'value') return 'value';
    return r === 'attribute' ? 'attribute' : 'tail';
  });
}

function headerRole(text: string, g: TableGrammar): string {
  const role = columnRole(text, g);
  if (role === 'baseline' || role === 'target' || role === 'change') return 'value';
  if (role === undefined) return isYearLabel(text.replace(/\s+/gu, '')) || UNIT_AT_END.test(text) ? 'value' : 'other';
  return role;
}

const UNIT_AT_END = /[（(][^（()）\d]{1,6}[）)]\s*$/u;

/** Rows under a header: with value columns, each row is 1..k leading text cells (a merged group cell
 *  or unit may be missing), one cell per value column, then the 属性 and trailing columns; without,
 *  rows of n cells whose columns keep one type. At most `limit` rows. */
function readRows(header: Cell[], read: Reader, g: TableGrammar, limit: number): Rows | undefined {
  const layout = slots(header, g);
  const rows: Cell[][] = [];
  let full = 0;
  let at = (header[header.length - 1] as Cell).next;
  const types: Array<CellType | undefined> = new Array<CellType | undefined>(header.length).fill(undefined);
  // A 类别 column is a merged cell, written in the first row of its group only: a row that lacks just it is complete.
  const complete = layout && header.some((c) => c.role === 'group') ? header.length - 1 : header.length;
  while (rows.length < limit) {
    const row = layout ? slotRow(layout, header, read, at, g) : typedRow(header.length, types, read, at);
    if (!row) break;
    rows.push(row);
    if (row.length >= complete) full++;
    at = (row[row.length - 1] as Cell).next;
  }
  // One row is enough when every header cell is a column name, the row holds two values or more, and
  // the text after it is no cell.
  const after = read(at);
  const one = rows.length === 1 && (!after || typeOf(after) === 'stop') && header.length >= 3 && header.every((c) => c.head) && (rows[0] as Cell[]).filter((c) => typeOf(c) === 'value').length >= 2;
  if (rows.length < 2 && !one && rows.length < limit) return undefined;
  return rows.length > 0 ? { rows, full } : undefined;
}

function slotRow(layout: Slot[], header: Cell[], read: Reader, at: number, g: TableGrammar): Cell[] | undefined {
  const lead = layout.filter((s) => s === 'lead').length;
  let row: Cell[] = [];
  let c = read(at);
  // Leading text: at least one cell (the name), one per leading column, and up to WRAPPED_PIECES more
  // when a name was wrapped inside its cell.
  while (c && row.length < lead + WRAPPED_PIECES && typeOf(c) === 'text' && !g.attributeValues.has(c.text)) {
    row.push(c);
    c = read(c.next);
  }
  if (row.length === 0) return undefined;
  if (row.length > lead) {
    // Pieces of a name are believed only when the row's values follow them.
    const t = typeOf(c);
    if (t === 'value' || t === 'empty') row = joinWrappedName(row, header.slice(0, lead), g);
    else {
      row = row.slice(0, lead);
      c = read((row[lead - 1] as Cell).next);
    }
  }
  let values = 0;
  let attributed = false;
  for (const slot of layout.slice(lead)) {
    if (!c) return undefined;
    const t = typeOf(c);
    if (t === 'stop' || t === 'year') return undefined;
    if (slot === 'attribute') {
      if (t !== 'empty' && !g.attributeValues.has(c.text.replace(/\s+/gu, ''))) return undefined;
      attributed = true;
    }
    if (slot === 'value' && (t === 'value' || t === 'empty')) values++;
    row.push(c);
    c = read(c.next);
  }
  // A row of qualitative targets (持续提高) is a row when its 属性 cell says so.
  return values > 0 || attributed ? row : undefined;
}

/** Lines a name cell may have been wrapped into beyond its first, in a table extracted from a PDF. */
const WRAPPED_PIECES = 2;

/**
 * A row with more leading text cells than the header has leading columns: a PDF sets a long name
 * (每千人口执业（助理）医师数) on two or three lines of its narrow cell, and the extraction gives each
 * line as a cell. The pieces are joined into the name column's cell; a group cell before it and a
 * unit after it (one the unit column can hold) stay cells of their own.
 */
function joinWrappedName(row: Cell[], lead: Cell[], g: TableGrammar): Cell[] {
  const roles = lead.map((c) => (c.role ??= headerRole(c.text, g)));
  const last = row[row.length - 1] as Cell;
  const unitAfter = roles[roles.length - 1] === 'unit' && g.cellUnits.has(last.text) ? 1 : 0;
  const groupBefore = roles[0] === 'group' && roles.length - unitAfter >= 2 ? 1 : 0;
  const pieces = row.slice(groupBefore, row.length - unitAfter);
  const first = pieces[0] as Cell;
  const end = pieces[pieces.length - 1] as Cell;
  const name: Cell = { ...end, start: first.start, text: pieces.map((p) => p.text).join('') };
  return [...row.slice(0, groupBefore), name, ...row.slice(row.length - unitAfter)];
}

/** A row of n cells whose types fit the column types seen so far (a table with no value column). */
function typedRow(n: number, types: Array<CellType | undefined>, read: Reader, at: number): Cell[] | undefined {
  const row: Cell[] = [];
  let k = at;
  for (let j = 0; j < n; j++) {
    const c = read(k);
    if (!c) return undefined;
    const t = typeOf(c);
    if (t === 'stop' || t === 'year' || !fits(types[j], t)) return undefined;
    row.push(c);
    k = c.next;
  }
  // The first column names the row; a row with no value at all is not an indicator row.
  if (!row.some((c) => typeOf(c) === 'value' || typeOf(c) === 'empty')) return undefined;
  row.forEach((c, j) => {
    const t = typeOf(c);
    if (t !== 'empty') types[j] ??= t;
  });
  return row;
}

/** A column that held text (or values) so far takes no cell of the other type; empty cells fit anywhere. */
function fits(column: CellType | undefined, t: CellType): boolean {
  return column === undefined || t === 'empty' || t === column;
}

const plain = (c: TableCell): TableCell => ({ start: c.start, end: c.end, text: c.text });

// ---------------------------------------------------------------- caption

/** Index of the line holding `offset`, searched from line `from` on. */
function lineAt(lines: readonly Line[], offset: number, from: number): number {
  let k = from;
  while (k + 1 < lines.length && (lines[k] as Line).end <= offset) k++;
  return k;
}

/** The short line right above the header (a 单位：% line may stand between). A caption that opens a heading
 *  of the outline (2.主要指标) is reported but left out of the table's region: it is the outline's. */
function withCaption(text: string, lines: readonly Line[], table: TableBlock, first: number): TableBlock {
  let k = first - 1;
  let start = table.start;
  const above = (): number => {
    while (k >= 0 && (lines[k] as Line).blank && first - k <= 3) k--;
    return k >= 0 && !(lines[k] as Line).blank ? k : -1;
  };
  let c = above();
  if (c < 0) return table;
  let line = lines[c] as Line;
  let caption = trimmedCell(text, line.start, line.contentEnd);
  if (/^[（(]?单\s*位\s*[:：]/u.test(caption.text) && caption.text.length <= 20) {
    start = caption.start;
    k = c - 1;
    c = above();
    if (c < 0) return { ...table, start };
    line = lines[c] as Line;
    caption = trimmedCell(text, line.start, line.contentEnd);
  }
  const t = caption.text;
  if (t.length === 0 || t.length > MAX_CAPTION || /[。；;，,：:]$/u.test(t) || /。/u.test(t)) return { ...table, start };
  if (delimitedCells(text, line.start, line.contentEnd) && !TABLE_CAPTION.test(t)) return { ...table, start };
  return { ...table, start: opensHeading(t) ? start : caption.start, caption };
}
