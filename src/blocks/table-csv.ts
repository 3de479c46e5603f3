// Tables saved from a spreadsheet as comma-separated values (CSV): one row a line, cells parted by ASCII
// commas, a cell holding a comma set in double quotes ("1,200"). A spreadsheet's export writes the header of
// column names first (序号,指标,2025年,2030年,属性), then rows of as many cells. Chinese prose parts its clauses
// with the full-width ，, so a line whose every comma is ASCII and whose every piece is a column name is a header,
// and the lines under it that split into as many short cells, one a value at least, are its rows.
import type { Line } from '../parse/lines.js';
import type { TableGrammar } from '../grammar/tables.js';
import { cellType, isHeaderCell, MAX_CELL, trimmedCell } from './table-cells.js';
import type { FoundTable, TableCell } from './types.js';

/** Longest line read as a CSV row: a row of an indicator table is short; a long line is prose. */
const MAX_ROW = 240;

/** The table whose header is line i, or undefined. */
export function csvTable(text: string, lines: readonly Line[], i: number, g: TableGrammar): FoundTable | undefined {
  const headLine = lines[i] as Line;
  const header = csvCells(text, headLine.start, headLine.contentEnd);
  if (!header || header.length < 3 || !header.every((c) => isHeaderCell(c.text, g))) return undefined;
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
  const cells: TableCell[] = [];
  let k = start;
  while (k <= end) {
    let from = k;
    while (from < end && text.charCodeAt(from) === 0x20) from++;
    if (text.charCodeAt(from) === 0x22) {
      // "…": a quoted cell runs to the closing quote, commas inside it included.
      const close = text.indexOf('"', from + 1);
      if (close < 0 || close >= end) return undefined;
      cells.push(trimmedCell(text, from + 1, close));
      k = close + 1;
      while (k < end && text.charCodeAt(k) === 0x20) k++;
      if (k < end && text.charCodeAt(k) !== 0x2c) return undefined;
      k++;
      continue;
    }
    let to = from;
    while (to < end && text.charCodeAt(to) !== 0x2c) to++;
    const cell = trimmedCell(text, from, to);
    if (cell.text.length > MAX_CELL) return undefined;
    cells.push(cell);
    k = to + 1;
  }
  return cells;
}
