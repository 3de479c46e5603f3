// Tables saved from a spreadsheet as comma-separated values (CSV): one row a line, cells parted by ASCII
// commas, a cell holding a comma set in double quotes ("1,200"). A spreadsheet's export writes the header of
// column names first (序号,指标,2025年,2030年,属性), then rows of as many cells. Chinese prose parts its clauses
// with the full-width ，, so a line whose every comma is ASCII and whose every piece is a column name is a header,
// and the lines under it that split into as many short cells, one a value at least, are its rows.
// A task list (重点工作任务清单: 序号,工作任务,目标要求,牵头单位,完成时限) saved the same way has rows of text cells: each
// row opens with its number in the 序号 column, a cell of prose (full-width ，；。 inside) is written as it is, and a cell
// holding an ASCII comma, a quote or a line break (sub-points 1.…2.… typed into one cell) is quoted (RFC 4180, as every
// spreadsheet writes it): the quoted cell runs over the line breaks to its closing quote, "" inside it standing for one
// quote. A merged row (one filled cell and the empty ones after it, 一、经济发展,,,,) is a category row, the list's own
// heading (the outline's: the rows after it go on under the same header, ./table-category.ts), or the list's note (注：…).
import type { Line } from '../parse/lines.js';
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import { cellType, isHeaderCell, MAX_CELL, rowNumber, trimmedCell } from './table-cells.js';
import type { FoundTable, TableCell } from './types.js';

/** Longest line read as a CSV row: a row of an indicator table is short; a long line is prose. */
const MAX_ROW = 240;

/** The table whose header is line i, or undefined. */
export function csvTable(text: string, lines: readonly Line[], i: number, g: TableGrammar): FoundTable | undefined {
  const headLine = lines[i] as Line;
  const header = csvCells(text, headLine.start, headLine.contentEnd);
  if (!header || header.length < 3 || !header.every((c) => isHeaderCell(c.text, g))) return undefined;
  const short = indicatorRows(text, lines, i, header, g);
  // A list numbered in its 序号 column may hold rows of text that the indicator rows' test stops at.
  const task = numbered(header, g) ? csvRowsUnder(text, lines, i + 1, header, header) : undefined;
  return task && (!short || task.next > short.next) ? task : short;
}

/** The rows of short cells under the header on line i, a value among them. */
function indicatorRows(text: string, lines: readonly Line[], i: number, header: TableCell[], g: TableGrammar): FoundTable | undefined {
  const rows: TableCell[][] = [];
  let next = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k] as Line;
    // One blank line may part the rows, as in other copied tables.
    if (line.blank && k + 1 < lines.length && !(lines[k + 1] as Line).blank) continue;
    const row = line.blank ? undefined : csvCells(text, line.start, line.contentEnd);
    if (!row || row.length !== header.length || !rowOk(row, g)) break;
    rows.push(row);
    next = k + 1;
  }
  if (rows.length === 0) return undefined;
  const last = rows[rows.length - 1] as TableCell[];
  return { table: { kind: 'table', start: (header[0] as TableCell).start, end: (last[last.length - 1] as TableCell).end, caption: null, header, rows }, next };
}

/** A row: no sentence among its cells, and a value in one at least (an empty cell — or – stays a cell). */
function rowOk(cells: readonly TableCell[], g: TableGrammar): boolean {
  let values = 0;
  for (const c of cells) {
    const type = cellType(c.text, g);
    if (type === 'stop') return false;
    if (type === 'value') values++;
  }
  return values > 0;
}

/**
 * The cells of source[start, end) parted by ASCII commas (two at least, none full-width, no sentence stop), a
 * quoted cell's quotes left out; undefined for any other line. Cells are trimmed; an empty one stays.
 */
export function csvCells(text: string, start: number, end: number): TableCell[] | undefined {
  if (end - start > MAX_ROW) return undefined;
  let commas = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c) commas++;
    // A full-width comma, a full stop, a semicolon or a tab: prose or another kind of table.
    else if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x09) return undefined;
  }
  if (commas < 2) return undefined;
  // A quoted cell closes on its line.
  return recordCells(text, start, end, end, MAX_CELL, () => end);
}

/** Lines a record of a task list may run over (its quoted cells' line breaks), and its longest text. */
const MAX_RECORD_LINES = 12;
const MAX_RECORD = 1500;
/** Longest unquoted cell of a task list's row. */
const MAX_TEXT_CELL = 400;
/** A note under the list, in its merged row (注：…, 备注：, 说明：). */
const NOTE = /^(?:注|注释|备注|说明)\s*\d?\s*[:：]/u;

/** A CSV header line (three column names at least) with no row under it (a category row comes first). */
export function csvHeader(text: string, line: Line, g: TableGrammar): TableCell[] | undefined {
  const header = line.blank ? undefined : csvCells(text, line.start, line.contentEnd);
  return header && header.length >= 3 && header.every((c) => isHeaderCell(c.text, g)) && numbered(header, g) ? header : undefined;
}

/** A header whose first column is the rows' number (序号, 编号): a list whose rows may be text. */
function numbered(header: readonly TableCell[], g: TableGrammar): boolean {
  return columnRole((header[0] as TableCell).text, g) === 'sequence';
}

/** The numbered rows of a CSV list from line k on under `header` (`head`: the header's own cells, where the table
 *  starts; none for rows that go on after a category row). A merged row of a note ends the list with it; a category row
 *  ends it before it, the rows after it going on under the same header. */
export function csvRowsUnder(text: string, lines: readonly Line[], k: number, header: TableCell[], head?: TableCell[]): FoundTable | undefined {
  const rows: TableCell[][] = [];
  let next = k;
  while (next < lines.length) {
    let at = next;
    // One blank line may part the rows.
    if ((lines[at] as Line).blank) at++;
    const record = csvRecord(text, lines, at);
    if (!record || record.cells.length !== header.length) break;
    const filled = record.cells.filter((c) => c.text !== '');
    if (filled.length === 1 && filled[0] === record.cells[0] && NOTE.test((filled[0] as TableCell).text)) {
      rows.push(record.cells);
      next = record.next;
      break;
    }
    if (rowNumber((record.cells[0] as TableCell).text) === undefined) break;
    rows.push(record.cells);
    next = record.next;
  }
  if (rows.length === 0) return undefined;
  const first = ((head ?? rows[0]) as TableCell[])[0] as TableCell;
  // (the row's closing quote and the commas of its empty cells are the table's too)
  const end = (lines[next - 1] as Line).contentEnd;
  return { table: { kind: 'table', start: first.start, end, caption: null, header, rows }, next, open: { cells: header, by: 'csv' } };
}

/**
 * One record of a spreadsheet's CSV from line k on (RFC 4180): cells parted by ASCII commas; a quoted cell runs to the
 * quote that closes it, across line breaks, "" inside it standing for one quote (the cell's text has one). Its cells
 * (trimmed; an empty one stays) and the line after it; undefined when line k holds no such record.
 */
export function csvRecord(text: string, lines: readonly Line[], k: number): { cells: TableCell[]; next: number } | undefined {
  const first = lines[k];
  if (!first || first.blank) return undefined;
  let line = k;
  // A quoted cell may run over the line breaks to its closing quote at q: the record then ends with that quote's line.
  const lineEndAfter = (q: number): number | undefined => {
    while (line < lines.length && (lines[line] as Line).end <= q) line++;
    return line >= lines.length || line - k >= MAX_RECORD_LINES ? undefined : (lines[line] as Line).contentEnd;
  };
  const cells = recordCells(text, first.start, first.contentEnd, Math.min(text.length, first.start + MAX_RECORD), MAX_TEXT_CELL, lineEndAfter);
  return cells && { cells, next: line + 1 };
}

/**
 * The cells of one CSV record that starts at p on a line ending at `end` (RFC 4180): cells parted by ASCII commas, trimmed, an
 * empty one kept; a quoted cell runs to the quote that closes it (before `limit`), "" inside standing for one quote, and
 * `lineEndAfter` gives the end of the line that quote is on (undefined: no record). An unquoted cell is at most `maxCell` long.
 */
function recordCells(text: string, p: number, end: number, limit: number, maxCell: number, lineEndAfter: (q: number) => number | undefined): TableCell[] | undefined {
  const cells: TableCell[] = [];
  for (;;) {
    while (p < end && text.charCodeAt(p) === 0x20) p++;
    if (p < end && text.charCodeAt(p) === 0x22) {
      let q = p + 1;
      for (;;) {
        if (q >= limit) return undefined;
        if (text.charCodeAt(q) === 0x22) {
          if (text.charCodeAt(q + 1) !== 0x22) break;
          q++;
        }
        q++;
      }
      const lineEnd = lineEndAfter(q);
      if (lineEnd === undefined) return undefined;
      end = lineEnd;
      const cell = trimmedCell(text, p + 1, q);
      cells.push(cell.text.includes('""') ? { ...cell, text: cell.text.replace(/""/gu, '"') } : cell);
      p = q + 1;
      while (p < end && text.charCodeAt(p) === 0x20) p++;
      if (p >= end) break;
      if (text.charCodeAt(p) !== 0x2c) return undefined;
      p++;
      continue;
    }
    let to = p;
    while (to < end && text.charCodeAt(to) !== 0x2c) to++;
    const cell = trimmedCell(text, p, to);
    if (cell.text.length > maxCell) return undefined;
    cells.push(cell);
    if (to >= end) break;
    p = to + 1;
  }
  return cells;
}
