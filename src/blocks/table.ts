// Finds the tables of a plan in its decoded text, in one pass over the lines:
//   delimited  rows of tab-, pipe- (markdown) or multi-space-separated cells, the first row the header;
//   flattened  a table copied from a web page or a Word file with ONE CELL PER LINE (or per
//              blank-separated paragraph): a run of short header cells (序号 / 指标名称 / 单位 /
//              2020年 / 2025年 / 属性 …), then rows. Rows are cut at the 序号 column's numbers when the
//              table has one (cells a merged or empty cell lost do not shift the next row), else every
//              n cells, n being the header length for which the columns keep one type (text or value)
//              from row to row.
// A table ends before its notes (注：), a heading of the outline, a sentence, or a row that breaks
// its columns. The caption is the short line above the header (表1 …, 主要指标, 各区任务分解表).
import { splitLines, type Line } from '../parse/lines.js';
import { defaultTableGrammar, type TableGrammar } from '../grammar/tables.js';
import {
  cellType,
  delimitedCells,
  isHeaderCell,
  isPipeRule,
  MAX_CELL,
  opensHeading,
  SEQUENCE,
  trimmedCell,
  type CellType,
} from './table-cells.js';
import type { TableBlock, TableCell } from './types.js';

/** Most header cells a flattened table can have. */
const MAX_HEADER = 14;
/** A paragraph of more lines than this is not one cell. */
const MAX_CELL_LINES = 3;
/** A caption is a short line: 表2 “十四五”卫生健康发展主要指标. */
const MAX_CAPTION = 40;

interface Cell extends TableCell {
  /** Index of the line after the cell. */
  next: number;
}

export function findTables(text: string, grammar: TableGrammar = defaultTableGrammar()): TableBlock[] {
  const lines = splitLines(text);
  const tables: TableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.blank) {
      i++;
      continue;
    }
    const found = delimitedTable(text, lines, i, grammar) ?? flattenedTable(text, lines, i, grammar);
    if (found) {
      tables.push(withCaption(text, lines, found.table, lineAt(lines, found.table.start, i)));
      i = found.next;
    } else i++;
  }
  return tables;
}

interface Found {
  table: TableBlock;
  /** Line index of the header's first line. */
  first: number;
  /** Line index after the table. */
  next: number;
}

// ---------------------------------------------------------------- delimited

function delimitedTable(text: string, lines: Line[], i: number, g: TableGrammar): Found | undefined {
  const head = rowAt(text, lines[i] as Line);
  if (!head || !delimitedRowOk(head.cells, head.by, g)) return undefined;
  const rows: TableCell[][] = [];
  let end = (head.cells[head.cells.length - 1] as TableCell).end;
  let k = i + 1;
  let next = i + 1;
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
    if (!row || row.by !== head.by || !delimitedRowOk(row.cells, row.by, g)) break;
    if (!(row.by === 'pipe' && isPipeRule(row.cells))) rows.push(row.cells);
    end = (row.cells[row.cells.length - 1] as TableCell).end;
    k++;
    next = k;
  }
  if (rows.length === 0) return undefined;
  return { table: { kind: 'table', start: (head.cells[0] as TableCell).start, end, caption: null, header: head.cells, rows }, first: i, next };
}

function rowAt(text: string, line: Line) {
  // A very long line is body text, whatever spaces it holds.
  if (line.contentEnd - line.start > 4000) return undefined;
  const row = delimitedCells(text, line.start, line.contentEnd);
  return row && row.cells.length >= 2 ? row : undefined;
}

/** Space-parted cells are believed only when short: a PDF line keeps wide gaps inside sentences too. */
function delimitedRowOk(cells: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): boolean {
  if (by !== 'space') return true;
  // A single character between wide gaps is a letter-spaced word of a form (姓  名, 单  位), not a cell.
  return cells.every((c) => c.text.replace(/^[•·*\-]\s*|\*$/gu, '').length >= 2 && c.text.length <= 20 && cellType(c.text, g) !== 'stop');
}

// ---------------------------------------------------------------- flattened

/** Reads the cells from line `i` on: one per line, or one per blank-separated paragraph. */
function cellReader(text: string, lines: Line[], paragraphs: boolean) {
  return (i: number): Cell | undefined => {
    while (i < lines.length && (lines[i] as Line).blank) i++;
    if (i >= lines.length) return undefined;
    const first = lines[i] as Line;
    let k = i + 1;
    if (paragraphs) while (k < lines.length && !(lines[k] as Line).blank && k - i <= MAX_CELL_LINES) k++;
    if (k - i > MAX_CELL_LINES) return undefined;
    const last = lines[k - 1] as Line;
    // Never slice a long line: it cannot be a cell.
    if (last.contentEnd - first.start > MAX_CELL * 3) return { start: first.start, end: last.contentEnd, text: '', next: k };
    return { ...trimmedCell(text, first.start, last.contentEnd), next: k };
  };
}

function typeOf(cell: Cell | undefined, g: TableGrammar): CellType {
  if (!cell || cell.text === '') return 'stop';
  return cellType(cell.text, g);
}

function flattenedTable(text: string, lines: Line[], i: number, g: TableGrammar): Found | undefined {
  const line = lines[i] as Line;
  if (line.contentEnd - line.start > MAX_CELL * 3) return undefined;
  const firstText = text.slice(line.start, line.contentEnd).trim();
  if (!isHeaderCell(firstText, g)) return undefined;
  // Cells are paragraphs when a blank line follows the first cell.
  const paragraphs = i + 1 < lines.length && (lines[i + 1] as Line).blank;
  const read = cellReader(text, lines, paragraphs);
  // The header run: short cells that are not values.
  const run: Cell[] = [];
  let at = i;
  for (let c = read(at); c && run.length < MAX_HEADER + 3; c = read(at)) {
    const t = typeOf(c, g);
    if (t === 'stop' || t === 'value' || t === 'empty' || c.text.length > 24) break;
    run.push(c);
    at = c.next;
  }
  const headerLike = run.filter((c) => isHeaderCell(c.text, g)).length;
  if (headerLike < 2) return undefined;
  // A 序号 column is the first column: the header starts there and ends before the first row number.
  const seq = run.findIndex((c) => g.columns[0]?.words.indexIn(c.text) !== undefined);
  if (seq >= 0 && seq <= 2) {
    const afterRun = run.length > 0 ? read((run[run.length - 1] as Cell).next) : undefined;
    let header = run.slice(seq);
    if (header.length >= 2 && afterRun && SEQUENCE.test(afterRun.text) && Number.parseInt(afterRun.text, 10) === 1) {
      // Cells the run took in after the last header cell, when row 1 is that much shorter than the
      // run, are a group label over the first rows (经济发展 / 1 / 地区生产总值增速 …).
      const labels = header.length - 1 - findLastIndex(header, (c) => isHeaderCell(c.text, g));
      const firstRow = rowLength(afterRun, read, header.length, g);
      let label: Cell | undefined;
      if (labels === 1 && firstRow === header.length - 1) {
        label = header[header.length - 1];
        header = header.slice(0, -1);
      }
      return sequencedTable(i, header, afterRun, read, g, label);
    }
  }
  return chunkedTable(i, run, read, g);
}

/** Rows cut at the sequence numbers 1, 2, 3 …; a full row followed by a label and the next number holds a group label. */
function sequencedTable(i: number, header: Cell[], firstNumber: Cell, read: (i: number) => Cell | undefined, g: TableGrammar, label?: Cell): Found {
  const n = header.length;
  const rows: TableCell[][] = label ? [[plain(label)]] : [];
  let row: Cell[] = [firstNumber];
  let expected = 2;
  let cell = read(firstNumber.next);
  let lastGood = firstNumber;
  const close = () => {
    if (row.length > 0) rows.push(row.map(plain));
    lastGood = row[row.length - 1] ?? lastGood;
    row = [];
  };
  while (cell) {
    const t = typeOf(cell, g);
    if (t === 'stop' || t === 'year') break;
    const isNext = SEQUENCE.test(cell.text) && Number.parseInt(cell.text, 10) === expected;
    if (isNext) {
      const after = read(cell.next);
      // A value cell equal to the next number (a count of 2 in row 1) is taken for a row number
      // only when the row is full or a name follows it.
      if (row.length >= n || (row.length >= 2 && after !== undefined && typeOf(after, g) === 'text')) {
        close();
        row.push(cell);
        expected++;
        cell = after;
        continue;
      }
    }
    if (row.length >= n) {
      // A full row followed by something that is not the next number: a group label or a totals row
      // (合计 …), believed only when the next number or the end of the table follows it.
      close();
      const label = cell;
      const after = read(label.next);
      const afterIsNext = after !== undefined && SEQUENCE.test(after.text) && Number.parseInt(after.text, 10) === expected;
      if (typeOf(label, g) === 'text' && afterIsNext) {
        rows.push([plain(label)]);
        lastGood = label;
        cell = after;
        continue;
      }
      break;
    }
    if (row.length >= n + 3) break;
    row.push(cell);
    cell = read(cell.next);
  }
  // The last row: complete enough to be a row (its number and a value at least).
  if (row.length >= 2) close();
  const first = header[0] as Cell;
  return { table: { kind: 'table', start: first.start, end: lastGood.end, caption: null, header: header.map(plain), rows }, first: i, next: lastGood.next };
}

/** Cells from a row number to the next number (at most `limit` + 3). */
function rowLength(first: Cell, read: (i: number) => Cell | undefined, limit: number, g: TableGrammar): number {
  const expected = Number.parseInt(first.text, 10) + 1;
  let n = 1;
  for (let c = read(first.next); c && n <= limit + 3; c = read(c.next)) {
    if (typeOf(c, g) === 'stop' || (SEQUENCE.test(c.text) && Number.parseInt(c.text, 10) === expected)) break;
    n++;
  }
  return n;
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k] as T)) return k;
  return -1;
}

/** No 序号 column: rows of n cells, n chosen so that each column keeps its type (text, value) from row to row. */
function chunkedTable(i: number, run: Cell[], read: (i: number) => Cell | undefined, g: TableGrammar): Found | undefined {
  // The header may follow a caption or two that the run took in (主要指标 / 指标 / 2020年 …).
  for (let offset = 0; offset <= 2 && offset < run.length; offset++) {
    for (let n = run.length - offset; n >= 2; n--) {
      const header = run.slice(offset, offset + n);
      if (header.filter((c) => isHeaderCell(c.text, g)).length < Math.max(2, n - 1)) continue;
      const found = chunkRows(header, read, g);
      if (found) return { table: found.table, first: i, next: found.next };
    }
  }
  return undefined;
}

function chunkRows(header: Cell[], read: (i: number) => Cell | undefined, g: TableGrammar): { table: TableBlock; next: number } | undefined {
  const n = header.length;
  const types: Array<CellType | undefined> = new Array<CellType | undefined>(n).fill(undefined);
  const rows: Cell[][] = [];
  let at = (header[n - 1] as Cell).next;
  for (;;) {
    const row: Cell[] = [];
    let k = at;
    for (let j = 0; j < n; j++) {
      const c = read(k);
      if (!c) break;
      const t = typeOf(c, g);
      if (t === 'stop' || t === 'year' || !fits(types[j], t)) break;
      row.push(c);
      k = c.next;
    }
    if (row.length < n) break;
    // The first column names the row; a row with no value at all is not an indicator row.
    if (!row.some((c) => typeOf(c, g) === 'value' || typeOf(c, g) === 'empty')) break;
    row.forEach((c, j) => {
      const t = typeOf(c, g);
      if (t !== 'empty') types[j] ??= t;
    });
    rows.push(row);
    at = k;
  }
  // One row is enough when every header cell is a column name, the row holds two values or more, and
  // the text after it is no cell.
  const after = read(at);
  const one = rows.length === 1 && (!after || typeOf(after, g) === 'stop') && n >= 3 && header.every((c) => isHeaderCell(c.text, g)) && (rows[0] as Cell[]).filter((c) => typeOf(c, g) === 'value').length >= 2;
  if (rows.length < 2 && !one) return undefined;
  const last = rows[rows.length - 1] as Cell[];
  const lastCell = last[last.length - 1] as Cell;
  const first = header[0] as Cell;
  return {
    table: { kind: 'table', start: first.start, end: lastCell.end, caption: null, header: header.map(plain), rows: rows.map((r) => r.map(plain)) },
    next: lastCell.next,
  };
}

/** A column that held text (or values) so far takes no cell of the other type; empty cells fit anywhere. */
function fits(column: CellType | undefined, t: CellType): boolean {
  return column === undefined || t === 'empty' || t === column;
}

const plain = (c: TableCell): TableCell => ({ start: c.start, end: c.end, text: c.text });

// ---------------------------------------------------------------- caption

/** Index of the line holding `offset`, searched from line `from` on. */
function lineAt(lines: Line[], offset: number, from: number): number {
  let k = from;
  while (k + 1 < lines.length && (lines[k] as Line).end <= offset) k++;
  return k;
}

/** The short line right above the header (a 单位：% line may stand between). A caption that opens a heading
 *  of the outline (2.主要指标) is reported but left out of the table's region: it is the outline's. */
function withCaption(text: string, lines: Line[], table: TableBlock, first: number): TableBlock {
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
  if (delimitedCells(text, line.start, line.contentEnd) && !/^(?:附?表|图表)\s*[\d一二三四五六七八九十]/u.test(t)) return { ...table, start };
  return { ...table, start: opensHeading(t) ? start : caption.start, caption };
}
