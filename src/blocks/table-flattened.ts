// Tables flattened ONE CELL PER LINE (or per blank-separated paragraph), as a web page or a Word file
// is copied: a run of short header cells (序号 / 指标名称 / 单位 / 2020年 / 2025年 / 属性 …), then rows.
// Rows are cut at the 序号 column's numbers when the table has one (cells a merged or empty cell lost do
// not shift the next row), else read by the header's layout (table-rows.ts). Of the header candidates
// (the run may hold a caption and the first row's name), the one under which most rows are complete wins.
import type { Line } from '../parse/lines.js';
import type { TableGrammar } from '../grammar/tables.js';
import {
  BRACKETED,
  cellType,
  delimitedCells,
  isHeaderCell,
  isYearLabel,
  MAX_CELL,
  opensHeading,
  rowNumber,
  shortEnoughForHeader,
  trimmedCell,
  type CellType,
} from './table-cells.js';
import { groupedHeader, joinSplitHeader, twoRowHeader } from './table-header.js';
import { joinWrappedName, plain, readRows, slots, typeOf, WRAPPED_PIECES, type Cell, type Reader, type Rows } from './table-rows.js';
import type { FoundTable, TableCell } from './types.js';

/** Most header cells a flattened table can have. */
const MAX_HEADER = 12;
/** A paragraph of more lines than this is not one cell. */
const MAX_CELL_LINES = 3;

/** Reads the cells from line `i` on: one per line, or one per blank-separated paragraph. Each cell
 *  is read once per mode (attempts at neighbouring lines read the same cells again). */
export function cellReader(text: string, lines: readonly Line[], paragraphs: boolean, g: TableGrammar): Reader {
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

/** A table, or the line the next attempt should start at (a failed attempt also tried the header
 *  starting one and two cells later), or undefined. */
export function flattenedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar, readers: { lines: Reader; paragraphs: Reader }): FoundTable | number | undefined {
  const line = lines[i] as Line;
  if (line.contentEnd - line.start > MAX_CELL * 3 || !shortEnoughForHeader(text, line.start, line.contentEnd)) return undefined;
  const firstText = text.slice(line.start, line.contentEnd).trim();
  if (!isHeaderCell(firstText, g) && !g.yearColumns.has(firstText.replace(/\s+/gu, ''))) return undefined;
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
  if (headerLike < 2 && !yearRowsHeader(run.slice(0, -1), run[run.length - 1], g)) return undefined;
  // A 序号 column is the first column: the header starts there and ends before the first row number.
  const seq = run.findIndex((c) => g.columns[0]?.words.indexIn(c.text) !== undefined);
  if (seq >= 0 && seq <= 2) {
    const afterRun = run.length > 0 ? read((run[run.length - 1] as Cell).next) : undefined;
    let header = run.slice(seq);
    if (header.length >= 2 && afterRun && rowNumber(afterRun.text) === 1) {
      // Cells the run took in after the last header cell, when row 1 is that much shorter than the
      // run, are a group label over the first rows (经济发展 / 1 / 地区生产总值增速 …).
      const labels = header.length - 1 - findLastIndex(header, (c) => c.head);
      // Row 1's width net of the pieces a PDF wrapped its name into (每千人口公立中医类医 / 院床位数): a wrapped name
      // must not hide that row 1 is one cell short of the run, the group label's place.
      const firstRow = rowLength(afterRun, read, header.length) - firstRowPieces(header, afterRun, read, g);
      const twoRows = twoRowHeader(header, g, firstRow) ?? groupedRuns(header, g).find((h) => h.length === firstRow);
      if (twoRows) return sequencedTable(text, twoRows, afterRun, read, g);
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
function sequencedTable(text: string, header: Cell[], firstNumber: Cell, read: Reader, g: TableGrammar, label?: Cell): FoundTable {
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
  const wrapped = (r: Cell[], closed = false): number => wrappedPieces(r, lead.length, g, closed);
  const width = () => row.length - wrapped(row);
  const close = () => {
    const extra = wrapped(row, true);
    if (extra > 0) row = [row[0] as Cell, ...joinWrappedName(row.slice(1, 1 + lead.length + extra), lead, g), ...row.slice(1 + lead.length + extra)];
    if (row.length > 0) rows.push(row.map(plain));
    lastGood = row[row.length - 1] ?? lastGood;
    row = [];
  };
  while (cell) {
    const t = typeOf(cell);
    if (t === 'year' || (t === 'stop' && !sentenceCompletesRow(cell, row.length, n, expected, read, g))) break;
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
        // The number after the label opens the next row: the row after it is numbered one more (a second group label
        // would otherwise meet a row whose number is not the one expected, and end the table there).
        row.push(after);
        expected++;
        cell = read(after.next);
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

/**
 * Whether a cell that reads as a sentence (创建省级旅游度假区1个，新增3A级以上景区2家；…举办4场。) is the content cell of a task table's
 * row, not the text after the table: the row holds its number and a cell before it, and the cells after it fill the row's `n`
 * columns exactly up to the next row number or the table's end. A note (注：), a heading (三、重点任务, 1.完善制度；) or a line too
 * long for a cell never is.
 */
function sentenceCompletesRow(cell: Cell, width: number, n: number, expected: number, read: Reader, g: TableGrammar): boolean {
  const t = cell.text.replace(/\s+/gu, '');
  if (t === '' || width < 2 || g.notes.startingAt(t, 0) !== undefined || opensHeading(t)) return false;
  let k = width + 1;
  let c = read(cell.next);
  for (; c && k < n; k++, c = read(c.next)) if (typeOf(c) === 'stop' || rowNumber(c.text) === expected) return false;
  return k === n && (!c || typeOf(c) === 'stop' || rowNumber(c.text) === expected);
}

/** How many cells of a numbered row `r` (its number first) are pieces of a name wrapped inside its cell, beyond the row's
 *  `lead` text columns (名称, 单位); see joinWrappedName. */
function wrappedPieces(r: Cell[], lead: number, g: TableGrammar, closed = false): number {
  if (lead === 0) return 0;
  let k = 1;
  while (k < r.length && typeOf(r[k]) === 'text' && !g.attributeValues.has((r[k] as Cell).text)) k++;
  // Pieces of a name are believed only when the row's values follow them (or, while the row is read, may yet follow:
  // a closed row of text cells alone is a task list's, 任务 / 目标要求 / 牵头单位, whose cells are not pieces of one).
  const t = typeOf(r[k]);
  if (k < r.length ? t !== 'value' && t !== 'empty' : closed) return 0;
  return Math.min(WRAPPED_PIECES, Math.max(0, k - 1 - lead));
}

/** The wrapped pieces (wrappedPieces) of row 1, read from its number `first` under `header`. */
function firstRowPieces(header: Cell[], first: Cell, read: Reader, g: TableGrammar): number {
  const layout = slots(header, g);
  if (!layout) return 0;
  const row: Cell[] = [first];
  for (let c = read(first.next); c && row.length < header.length + 3 && typeOf(c) !== 'stop' && typeOf(c) !== 'value' && typeOf(c) !== 'empty'; c = read(c.next)) row.push(c);
  const value = read((row[row.length - 1] as Cell).next);
  if (value) row.push(value);
  return wrappedPieces(row, layout.indexOf('value') - 1, g);
}

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

/** Whether `header` heads a table of years × works (年度 / 新建 / 改造提升, then 2026年 / 18 / 12): it opens with the year
 *  column's header and the run goes on with the first row's year, so its other cells need no header word. */
function yearRowsHeader(header: Cell[], firstRow: Cell | undefined, g: TableGrammar): boolean {
  const first = header[0];
  return first !== undefined && firstRow !== undefined && g.yearColumns.has(first.text.replace(/\s+/gu, '')) && isYearLabel(firstRow.text);
}

/** Rows read for each candidate header before the best is chosen. */
const TRIAL_ROWS = 6;

/** No 序号 column. Each header candidate (the run may have taken in a caption or two, and the first
 *  row's name) is tried on the first rows; the one under which the most rows are complete wins. */
function chunkedTable(run: Cell[], read: Reader, g: TableGrammar): FoundTable | undefined {
  let best: { header: Cell[]; full: number; from?: number } | undefined;
  for (let offset = 0; offset <= 2 && offset < run.length; offset++) {
    // A header of two rows read one after the other (基期值 目标值 … 2025年 2028年 2030年) ends at its last year.
    const lastYear = findLastIndex(run, (c) => c.type === 'year' || isYearLabel(c.text));
    const twoRows = lastYear > offset ? twoRowHeader(run.slice(offset, lastYear + 1), g) : undefined;
    const from = (run[lastYear] as Cell | undefined)?.next;
    const trial = twoRows && readRows(twoRows, read, g, TRIAL_ROWS, from);
    if (twoRows && trial && (!best || trial.full > best.full)) best = { header: twoRows, full: trial.full, from };
    // A header of two rows under merged group cells (区县 | measure（unit） | … then 2024年实际 | 2025年目标 | …), each
    // reading of its rows tried as the headers above: it ends at its last year, or (measures repeated under each year)
    // before the first row's name that closes the run.
    for (const last of new Set([lastYear, run.length - 2])) {
      if (last <= offset) continue;
      const after = (run[last] as Cell).next;
      for (const header of groupedRuns(run.slice(offset, last + 1), g)) {
        const trial = readRows(header, read, g, TRIAL_ROWS, after);
        if (trial && (!best || trial.full > best.full)) best = { header, full: trial.full, from: after };
      }
    }
    for (let n = run.length - offset; n >= 2; n--) {
      const header = run.slice(offset, offset + n);
      if (header.filter((c) => c.head).length < Math.max(2, n - 1) && !yearRowsHeader(header, run[offset + n], g)) continue;
      const trial = readRows(header, read, g, TRIAL_ROWS);
      // A header cell that recurs in the rows is a row's cell (the 一级指标 产出指标 written on every row of a 绩效目标表, read into
      // the run for its word 指标), not a column's name.
      if (trial && recurs(header[header.length - 1] as Cell, trial.rows)) continue;
      if (trial && (!best || trial.full > best.full)) best = { header, full: trial.full };
    }
  }
  if (!best) return undefined;
  const found = readRows(best.header, read, g, Number.POSITIVE_INFINITY, best.from) as Rows;
  const last = found.rows[found.rows.length - 1] as Cell[];
  const lastCell = last[last.length - 1] as Cell;
  const first = best.header[0] as Cell;
  return {
    table: { kind: 'table', start: first.start, end: lastCell.end, caption: null, header: best.header.map(plain), rows: found.rows.map((r) => r.map(plain)) },
    next: lastCell.next,
  };
}

/** Whether a cell's text is that of a cell of the rows. */
function recurs(cell: Cell, rows: Cell[][]): boolean {
  return rows.some((r) => r.some((c) => c.text === cell.text));
}

/** The readings of a run of header cells as the two rows of a header under merged group cells (groupedHeader): each split
 *  into a first and a second row, each count of spanning cells. */
function groupedRuns(cells: Cell[], g: TableGrammar): Cell[][] {
  const out: Cell[][] = [];
  for (let h = 2; h <= cells.length - 2; h++) {
    const first = cells.slice(0, h);
    const second = cells.slice(h);
    for (let spanning = 1; spanning < h; spanning++) {
      const header = groupedHeader(first, second, spanning + second.length, g);
      if (!header) continue;
      // Fresh cells: a header cell's role is read from its own text (and measure) when first asked. Each is made from the run's
      // cell groupedHeader took it from, found by its place: the second row's leading empty cells it drops (lead) make the
      // spanning cells more than `spanning`, so no index maps them.
      const sources = header.map((c) => cells.find((x) => x.start === c.start && x.end === c.end && x.text !== ''));
      // A header cell made from no cell of the run (none is known to be, but a miss must not throw): no such reading.
      if (sources.some((x) => x === undefined)) continue;
      out.push(header.map((c, j) => {
        const { role: _, ...cell } = sources[j] as Cell;
        return c.measure === undefined ? { ...cell, text: c.text } : { ...cell, text: c.text, measure: c.measure };
      }));
    }
  }
  return out;
}
