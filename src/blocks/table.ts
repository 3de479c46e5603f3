// Finds the tables of a plan in its decoded text, in one pass over the lines. At each line it tries
//   delimited  rows of tab-, pipe- (markdown) or space-separated cells (table-delimited.ts), then
//   csv        rows of comma-separated cells saved from a spreadsheet (table-csv.ts), then
//   flattened  a table copied ONE CELL PER LINE or per blank-separated paragraph (table-flattened.ts,
//              its rows read by the header's layout in table-rows.ts),
// and takes the short line above the header as the caption (表1 …, 主要指标, 各区任务分解表). A table
// ends before its notes (注：), a heading of the outline, a sentence, or a row that breaks its columns; after a
// category row of a task list (一、…, a merged cell on a line of its own) its rows go on under the same header
// (table-category.ts).
import { splitLines, type Line } from '../parse/lines.js';
import { closeTransparentGaps } from '../text/reading.js';
import type { TableGrammar } from '../grammar/tables.js';
import { delimitedCells, opensHeading, TABLE_CAPTION, trimmedCell } from './table-cells.js';
import { csvTable } from './table-csv.js';
import { rowsAfterCategory, headerWithoutRows } from './table-category.js';
import { delimitedTable } from './table-delimited.js';
import { cellReader, flattenedTable } from './table-flattened.js';
import { runOnTableLines } from './table-runon.js';
import type { OpenHeader, TableBlock } from './types.js';

/** A caption is a short line: 表2 “十四五”卫生健康发展主要指标. */
const MAX_CAPTION = 40;

/** `lines`: the text's lines when the parser has split them already. `transparent`: the reading
 *  text's characters that were no white space as written (a page's inline tags), which part no cells. */
export function findTables(reading: string, grammar: TableGrammar, lines: readonly Line[] = splitLines(reading), transparent?: Uint8Array): TableBlock[] {
  const text = closeTransparentGaps(reading, transparent);
  // A body run together on one line keeps its tables' rows in it: read as the lines they were.
  lines = runOnTableLines(text, lines, grammar);
  const readers = { lines: cellReader(text, lines, false, grammar), paragraphs: cellReader(text, lines, true, grammar) };
  const tables: TableBlock[] = [];
  // The header that rows after a category row on line `at` go on under (one blank line may come before it): of the
  // table that ended there, or of a header line with no row under it.
  let open: { header: OpenHeader; at: number } | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.blank) {
      i++;
      continue;
    }
    const goesOn = open && (open.at === i || (open.at === i - 1 && (lines[open.at] as Line).blank)) ? rowsAfterCategory(text, lines, i, open.header, grammar) : undefined;
    if (goesOn && open) {
      tables.push(goesOn.table);
      open = { header: open.header, at: goesOn.next };
      i = goesOn.next;
      continue;
    }
    const found = delimitedTable(text, lines, i, grammar) ?? csvTable(text, lines, i, grammar) ?? flattenedTable(text, lines, i, grammar, readers);
    open = undefined;
    if (typeof found === 'number') i = Math.max(i + 1, skipTo(text, lines, i, found));
    else if (found) {
      tables.push(withCaption(text, lines, found.table, lineAt(lines, found.table.start, i)));
      if (found.open) open = { header: found.open, at: found.next };
      i = found.next;
    } else {
      const header = headerWithoutRows(text, line, grammar);
      if (header) open = { header, at: i + 1 };
      i++;
    }
  }
  return tables;
}

/** Where the search goes on after the flattened reader answered the lines before `to` (its cells one a line): at a line of
 *  delimited cells before it, which a delimited table may start at (a caption with a header word, 各区县…目标, above the
 *  space-aligned header 区县    PM2.5浓度（…）    …, reads as the first cell of a flattened run). */
function skipTo(text: string, lines: readonly Line[], i: number, to: number): number {
  for (let k = i + 1; k < to && k < lines.length; k++) {
    const line = lines[k] as Line;
    if (!line.blank && (delimitedCells(text, line.start, line.contentEnd)?.cells.length ?? 0) >= 2) return k;
  }
  return to;
}

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

