// A task list (重点任务分工表, 任务清单, 责任清单) copied from a page ONE CELL A LINE: a header of short column
// names with a 序号 column and a column of who carries each task out or by when (序号 / 重点任务 / 牵头单位 /
// 完成时限), then rows that each open with their number alone on a line (1, 2, 3 …). Its task cells are
// sentences, so the table detector (./table.ts), which reads rows of values, does not take it. Its lines are
// table cells, not outline: a cell may hold points of its own (1.新增社区医院3家；/ 2.…) that are no headings.
// A category row between the rows (一、深化医药卫生体制改革, a merged cell over the whole row) is the list's own
// heading and stays body text. The lines are classed 'table' for the outline only: no TableBlock is made, so the
// sentence reader still reads the task cells as text, as it does a task table's sentence cells.
import type { TableGrammar } from '../grammar/tables.js';
import type { BlockLeaf, Claims } from './leaf.js';
import { isHeaderCell, opensHeading, rowNumber } from './table-cells.js';
import { han } from '../text/han.js';

/** Most header cells a task list has (序号 / 任务 / 目标 / 措施 / 牵头单位 / 配合单位 / 时限 / 备注 …). */
const MAX_HEADER = 10;
/** Fewest header cells: the number, the task and who or when. */
const MIN_HEADER = 3;
/** A row holds its header's cells; a cell's own points may add some lines, not this many more. */
const MAX_EXTRA_LINES = 8;
/** Longest 序号 header cell (序号, 编号, 序 号 with padding). */
const MAX_SEQUENCE_CELL = 8;
/** Fewest rows that make a list. */
const MIN_ROWS = 2;

/** A column's name: a header cell of the table grammar, or a short name of hanzi alone (牵头科室, 责任领导),
 *  as a task list names who carries its tasks out in its own words. */
const SHORT_NAME = han(/^\p{Script=Han}{2,8}$/u);
const columnName = (text: string, g: TableGrammar): boolean => isHeaderCell(text, g) || SHORT_NAME.test(text.replace(/\s+/gu, ''));

export function findTaskLists(claims: Claims, g: TableGrammar): void {
  for (let i = 0; i < claims.leaves.length; i++) {
    const end = taskListAt(claims, i, g);
    if (end !== undefined) i = end - 1;
  }
}

/** Claims the task list whose header starts at leaf i; the leaf after it, or undefined when none starts there. */
function taskListAt(claims: Claims, i: number, grammar: TableGrammar): number | undefined {
  const leaves = claims.leaves;
  // A cell is a leaf of its own: a free line of text.
  const open = (k: number): BlockLeaf | undefined => {
    const leaf = leaves[k];
    return leaf && claims.free(k) && !leaf.furniture && !leaf.text.includes('\n') ? leaf : undefined;
  };
  // The header: short column names, the first of them the 序号 column.
  // (Most leaves are sentences: a length test rules them out before any word is looked up.)
  const first = open(i);
  if (!first || first.text.length > MAX_SEQUENCE_CELL || rowNumber(first.text) !== undefined || grammar.columns[0]?.words.indexIn(first.text) === undefined) return undefined;
  let k = i;
  while (k - i < MAX_HEADER && open(k) && columnName((leaves[k] as BlockLeaf).text, grammar)) k++;
  const header = leaves.slice(i, k).map((l) => l.text.replace(/\s+/gu, ''));
  if (header.length < MIN_HEADER) return undefined;
  const names = (words: TableGrammar['deadlineColumns']): boolean => header.some((h) => words.indexIn(h) !== undefined);
  if (!names(grammar.responsibilityColumns) && !names(grammar.deadlineColumns)) return undefined;
  // The rows: each from its number to the next row's (the next number, or 1 again after a category row).
  const headings: number[] = [];
  const rows: Array<[number, number]> = [];
  let expected = 1;
  let row = -1;
  for (; k < leaves.length && open(k); k++) {
    const text = (leaves[k] as BlockLeaf).text;
    const n = rowNumber(text);
    const afterHeading = headings.length > 0 && headings[headings.length - 1] === k - 1;
    if (n !== undefined && (n === expected || (n === 1 && afterHeading && rows.length > 0))) {
      if (row >= 0) rows.push([row, k]);
      row = k;
      expected = n + 1;
      continue;
    }
    // A category row: a heading right before the next row's number (1 after the header, or the next again).
    const next = open(k + 1);
    const nextNumber = next ? rowNumber(next.text) : undefined;
    if ((opensHeading(text) || (leaves[k] as BlockLeaf).marker !== undefined) && (nextNumber === expected || (nextNumber === 1 && rows.length + (row >= 0 ? 1 : 0) > 0))) {
      if (row >= 0) rows.push([row, k]);
      row = -1;
      headings.push(k);
      continue;
    }
    if (row < 0) break;
    if (k - row > header.length + MAX_EXTRA_LINES) break;
  }
  if (row >= 0) rows.push([row, Math.min(k, row + header.length)]);
  if (rows.length < MIN_ROWS || rows.some(([from, to]) => to - from < 2)) return undefined;
  claims.claim(i, i + header.length, 'table');
  for (const [from, to] of rows) claims.claim(from, to, 'table');
  return (rows[rows.length - 1] as [number, number])[1];
}
