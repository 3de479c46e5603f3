// A task list (重点工作任务清单, 任务分工表) groups its rows under category rows: 一、交通基础设施建设 is a merged cell over the
// whole row, which a copy parted by tabs writes as a line of one cell, right under the header or between two rows. The
// category row is the list's own heading, the outline's and not the table's (./task-list.ts leaves it body text too, in
// a list copied one cell a line), and the rows after it go on under the same header: they are no new table whose
// header would be their first row.
import type { Line } from '../parse/lines.js';
import type { TableGrammar } from '../grammar/tables.js';
import { chapterMarkerLength, delimitedCells, isHeaderCell, rowNumber, trimmedCell } from './table-cells.js';
import { csvHeader, csvRecord, csvRowsUnder } from './table-csv.js';
import { delimitedTable } from './table-delimited.js';
import type { FoundTable, OpenHeader, TableCell } from './types.js';

/** The longest name of a category row after its ordinal. */
const MAX_CATEGORY = 30;
/** A category row: a chapter-level ordinal (一、 （二）) and a short name, no clause in it. */
function isCategory(cell: string): boolean {
  const marker = chapterMarkerLength(cell);
  const name = cell.slice(marker);
  return marker > 0 && name.length >= 1 && name.length <= MAX_CATEGORY && !/[。；;，,：:]/u.test(name);
}
/** The text of a line that may be a category row: one cell (a merged cell copied with the tabs of the columns it spans,
 *  一、…⇥⇥⇥, is one cell too), or its ordinal in the 序号 column and its name in the next (一、⇥交通基础设施建设). */
function categoryText(text: string, line: Line, by: OpenHeader['by']): string | undefined {
  // A merged cell saved as CSV: its text, then the commas of the empty cells it spans (一、经济发展,,,,).
  // (read as a record: a word processor's tab after its ordinal, 一、⇥经济发展,,,,, stays inside the cell)
  if (by === 'csv') {
    const cells = csvRecord(text, [line], 0)?.cells;
    return cells && cells.length > 1 && cells.slice(1).every((c) => c.text === '') ? cells[0]?.text.replace(/\t+/gu, '') : undefined;
  }
  const cells = delimitedCells(text, line.start, line.contentEnd)?.cells;
  if (!cells || cells.length === 1) return trimmedCell(text, line.start, line.contentEnd).text;
  // (the tabs of the merged cells after the name leave empty cells)
  const filled = cells.filter((c) => c.text !== '');
  const [ordinal, name] = filled as [TableCell, TableCell];
  return filled.length === 2 && ordinal === cells[0] && chapterMarkerLength(ordinal.text) === ordinal.text.length ? ordinal.text + name.text : undefined;
}

/** Fewest cells of a header that rows go on under (the number, the task, who or when). */
const MIN_HEADER = 3;

/** The rows under `open` after the category row on line i, when the next row (one blank line may come between, as
 *  between the rows of a copied table) is numbered in the 序号 column and has as many cells as the header; undefined
 *  otherwise. */
export function rowsAfterCategory(text: string, lines: readonly Line[], i: number, open: OpenHeader, g: TableGrammar): FoundTable | undefined {
  const line = lines[i];
  if (!line || line.blank) return undefined;
  const category = categoryText(text, line, open.by);
  if (category === undefined || !isCategory(category)) return undefined;
  const k = lines[i + 1]?.blank ? i + 2 : i + 1;
  if (open.by === 'csv') {
    const record = csvRecord(text, lines, k);
    if (!record || record.cells.length !== open.cells.length || rowNumber((record.cells[0] as TableCell).text) === undefined) return undefined;
    return csvRowsUnder(text, lines, k, open.cells);
  }
  const after = lines[k];
  const row = after && !after.blank ? delimitedCells(text, after.start, after.contentEnd) : undefined;
  if (!row || row.by !== open.by || row.cells.length !== open.cells.length || rowNumber((row.cells[0] as TableCell).text) === undefined) return undefined;
  return delimitedTable(text, lines, k, g, open);
}

/** A header line with no row under it (a category row comes first): its cells, when each names a column. */
export function headerWithoutRows(text: string, line: Line, g: TableGrammar): OpenHeader | undefined {
  const row = line.blank ? undefined : delimitedCells(text, line.start, line.contentEnd);
  if (!row) {
    const cells = csvHeader(text, line, g);
    return cells ? { cells, by: 'csv' } : undefined;
  }
  if (row.by === 'pipe' || row.cells.length < MIN_HEADER || !row.cells.every((c) => isHeaderCell(c.text, g))) return undefined;
  return { cells: row.cells, by: row.by };
}
