// Tables whose rows are lines of delimited cells: parted by tabs, markdown pipes or runs of spaces
// (the first row the header, a second header line the page wrapped joined to it, a lone cell between
// rows a wrapped name or a group label), and tables parted by single spaces under a header of column names.
import type { Line } from '../parse/lines.js';
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import {
  BRACKETED,
  cellType,
  delimitedCells,
  isCaptionLabel,
  isColumnName,
  isMarkerAlone,
  isHeaderCell,
  isPipeRule,
  isYearLabel,
  singleSpacedCells,
  strayPiecesJoined,
  TABLE_CAPTION,
  trimmedCell,
  unitsJoined,
} from './table-cells.js';
import { groupedHeader } from './table-header.js';
import type { FoundTable, OpenHeader, TableCell } from './types.js';

/** `carried`: the header of the rows before a category row; line i is then the first row after it, not a header. */
export function delimitedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar, carried?: OpenHeader): FoundTable | undefined {
  if (carried) return carried.by === 'csv' ? undefined : rowsUnder(text, lines, i, carried.cells, carried.by, g, undefined);
  const head = rowAt(text, lines[i] as Line, g);
  if (!head) return singleSpacedTable(text, lines, i, g);
  if (!delimitedRowOk(head.cells, head.by, g)) return undefined;
  // A line that opens with a caption's label (表1⇥…, 专栏2  …) is the caption above a table, not its header, though its
  // title may hold a column's word (专栏1  “十五五”主要指标): the header is on the next line.
  if (isCaptionLabel((head.cells[0] as TableCell).text)) return undefined;
  // Pipes with no outer pipe (a | b) make a table only under a header that a delimiter row (--- | ---) follows.
  const outerless = head.by === 'pipe' && !(lines[i] as Line).blank && !text.slice((lines[i] as Line).start, (lines[i] as Line).contentEnd).trim().startsWith('|');
  if (outerless) {
    const rule = i + 1 < lines.length ? rowAt(text, lines[i + 1] as Line, g) : undefined;
    if (!rule || rule.by !== 'pipe' || !isPipeRule(rule.cells)) return undefined;
  }
  // Space-parted lines also come from forms and option lists: their header must name a column.
  if (head.by === 'space' && !head.cells.some((c) => isHeaderCell(c.text, g))) return undefined;
  const wrapped = i + 1 < lines.length ? wrappedHeaderLine(text, lines[i] as Line, lines[i + 1] as Line, head.cells, head.by, g) : undefined;
  const grouped = wrapped ? undefined : secondHeaderRow(text, lines, i, head.cells, head.by, g);
  return rowsUnder(text, lines, grouped ? grouped.next : wrapped ? i + 2 : i + 1, wrapped ?? grouped?.header ?? head.cells, head.by, g, head.cells);
}

/** The rows from line k on under `header`; `head`: the header's own cells on its line, where the table starts (none
 *  for rows that go on under a header carried over a category row: the table starts at its first row). */
function rowsUnder(text: string, lines: readonly Line[], k: number, header: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar, head: TableCell[] | undefined): FoundTable | undefined {
  const rows: TableCell[][] = [];
  let end = head ? (head[head.length - 1] as TableCell).end : 0;
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
    const row = rowAt(text, line, g);
    if (!row || row.by !== by || !delimitedRowOk(row.cells, row.by, g)) {
      const split = splitRow(text, line, lines[k + 1], header, by, g);
      if (split) {
        rows.push(split);
        end = (split[split.length - 1] as TableCell).end;
        rowLine = undefined;
        k += 2;
        next = k;
        continue;
      }
      const lone = by === 'pipe' ? undefined : loneCell(text, line, lines[k + 1], lines[k + 2], header, by, g);
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
    // A row of column names only, wider than the header (一级指标⇥二级指标⇥三级指标⇥指标值 under a 绩效目标表's head of
    // label⇥value pairs, 项目名称⇥… / 年度资金总额（万元）⇥…), is the header of the table that follows: this one ends above it.
    if (rows.length > 0 && row.cells.length > header.length && row.cells.every((c) => isHeaderCell(c.text, g))) break;
    if (!(row.by === 'pipe' && isPipeRule(row.cells))) rows.push(row.cells);
    end = (row.cells[row.cells.length - 1] as TableCell).end;
    rowLine = line;
    k++;
    next = k;
  }
  if (rows.length === 0) return undefined;
  const start = ((head ?? rows[0]) as TableCell[])[0] as TableCell;
  return { table: { kind: 'table', start: start.start, end, caption: null, header, rows }, next, ...(by === 'pipe' ? {} : { open: { cells: header, by } }) };
}

/** The one short text cell of a line between a table's rows (the next line is a row of the same kind that no
 *  header could be: a second table's header ends this one), or undefined. */
function loneCell(text: string, line: Line, nextLine: Line | undefined, afterNext: Line | undefined, header: TableCell[], by: 'tab' | 'space', g: TableGrammar): TableCell | undefined {
  const cell = trimmedCell(text, line.start, line.contentEnd);
  const cells = delimitedCells(text, line.start, line.contentEnd)?.cells;
  if (cells && cells.length > 1) return undefined;
  if (cell.text.length > MAX_DELIMITED_CELL || cellType(cell.text, g) !== 'text' || FORM_OPTION.test(cell.text) || TABLE_CAPTION.test(cell.text)) return undefined;
  const after = nextLine && !nextLine.blank ? rowAt(text, nextLine, g) : undefined;
  if (!after || after.by !== by || (!delimitedRowOk(after.cells, by, g) && !splitRow(text, nextLine as Line, afterNext, header, by, g))) return undefined;
  // A header under it (序号 …, or column names only) opens another table.
  if (after.cells.every((c) => isHeaderCell(c.text, g)) || g.columns[0]?.words.indexIn(after.cells[0]?.text ?? '') !== undefined) return undefined;
  return cells?.[0] ?? cell;
}

/**
 * A row of PDF layout text whose name the page wrapped onto two lines with the row's other cells set beside the SECOND
 * line (a two-line row's cells centred or set at its foot): the first line holds the row number and the name's start
 * only, the second the name's rest under the name column, then the values. Read as one row, the name joined. Undefined
 * unless the first line holds no value but its number, the second piece lies under the first line's last cell, and the
 * two together fit the header with a value among them. Tab-parted rows come from a word processor, which keeps a wrapped
 * name in its one cell: spaces only.
 */
function splitRow(text: string, line: Line, nextLine: Line | undefined, header: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): TableCell[] | undefined {
  if (by !== 'space' || !nextLine || nextLine.blank) return undefined;
  const first = rowAt(text, line, g);
  const second = rowAt(text, nextLine, g);
  if (!first || !second || first.by !== by || second.by !== by || first.cells.length >= header.length) return undefined;
  if (!first.cells.slice(1).every((c) => cellType(c.text, g) === 'text')) return undefined;
  const [piece, ...values] = second.cells as [TableCell, ...TableCell[]];
  if (first.cells.length + values.length > header.length || cellType(piece.text, g) !== 'text') return undefined;
  if (cellAbove(text, line, first.cells, nextLine, piece, by) !== first.cells[first.cells.length - 1]) return undefined;
  const name = first.cells[first.cells.length - 1] as TableCell;
  const cells = [...first.cells.slice(0, -1), { ...name, text: name.text + piece.text }, ...values];
  return delimitedRowOk(cells, by, g) && values.some((c) => cellType(c.text, g) === 'value') ? cells : undefined;
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
 * group's first row only), each with a value in it and values under the header's years. PDF text's stray spaces
 * cutting a cell in two (2025 年, ≥ 85) are read through (singleSpacedRow). Sentences with stray spaces have neither
 * such a header nor such rows.
 */
function singleSpacedTable(text: string, lines: readonly Line[], i: number, g: TableGrammar): FoundTable | undefined {
  const line = lines[i] as Line;
  const pieces = singleSpacedCells(text, line.start, line.contentEnd);
  const header = pieces && strayPiecesJoined(text, pieces);
  if (!header || header.length < 3 || !header.every((c) => isHeaderCell(c.text, g))) return undefined;
  const rows: TableCell[][] = [];
  // A 类别 column is a merged cell, written in the first row of its group only: the group's other rows lack it.
  const shortest = header.some((c) => columnRole(c.text, g) === 'group') ? header.length - 1 : header.length;
  let next = i + 1;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k] as Line;
    // One blank line may part the rows of a copied table, as in a delimited one.
    if (line.blank && k + 1 < lines.length && !(lines[k + 1] as Line).blank) continue;
    const row = line.blank ? undefined : singleSpacedRow(text, line, header.length, g);
    if (!row || row.length > header.length || row.length < shortest || !singleSpacedRowOk(row, g) || !valuesUnderYears(row, header, g)) break;
    rows.push(row);
    next = k + 1;
  }
  if (rows.length === 0) return undefined;
  const last = rows[rows.length - 1] as TableCell[];
  return { table: { kind: 'table', start: (header[0] as TableCell).start, end: (last[last.length - 1] as TableCell).end, caption: null, header, rows }, next };
}

/** Whether each cell of a single-spaced row under a year of the header (2025年) is a value or empty: a sentence of PDF
 *  text cut by its stray spaces into as many pieces as the header has cells (城区 新建 口袋公园 12 个) puts words there.
 *  A row one cell short (its merged 类别 cell left out) is read from the right. */
function valuesUnderYears(row: TableCell[], header: TableCell[], g: TableGrammar): boolean {
  const shift = header.length - row.length;
  return header.every((h, j) => {
    if (!isYearLabel(h.text.replace(/\s+/gu, '')) || j - shift < 0) return true;
    const type = cellType((row[j - shift] as TableCell).text, g);
    return type === 'value' || type === 'empty';
  });
}

/** The cells of a single-spaced row under a header of `width` cells, with the pieces PDF text's stray spaces cut
 *  out of its cells joined (strayPiecesJoined, unitsJoined). */
function singleSpacedRow(text: string, line: Line, width: number, g: TableGrammar): TableCell[] | undefined {
  const pieces = singleSpacedCells(text, line.start, line.contentEnd);
  const cells = pieces && strayPiecesJoined(text, pieces);
  return cells && (unitsJoined(text, cells, cells.length - width, g) ?? cells);
}

/** A row of a single-spaced table: short cells (a unit may be one character: 个, %) but for one long indicator name
 *  beside two values (longName), no sentence or answer option among them, and a value in at least one. */
function singleSpacedRowOk(cells: TableCell[], g: TableGrammar): boolean {
  let values = 0;
  for (const c of cells) {
    const type = cellType(c.text, g);
    if ((c.text.length > MAX_DELIMITED_CELL && !longName(c, cells)) || type === 'stop' || FORM_OPTION.test(c.text)) return false;
    if (type === 'value') values++;
  }
  return values > 0;
}

/**
 * A numbered paragraph whose number a word processor's list numbering set off with a tab (`三、⇥重点工作`, `（一）⇥做强特色产业`,
 * `1.⇥完善…`): two cells, an outline marker alone and a text after it. Pasted or saved as text, every numbered paragraph of a
 * Word file is such a line, and two of them one under the other (a part and its first section) looked like a header and a row.
 * No table's row is that: a header's first cell names a column (序号, 指标), a 序号 cell has no mark after its number, and a
 * row holds more than its number and one text. (A task list's category row written so, 一、⇥交通基础设施建设, is read by
 * ./table-category.ts.)
 */
function numberedParagraph(cells: readonly TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): boolean {
  if (by !== 'tab') return false;
  const filled = cells.filter((c) => c.text !== '');
  if (filled.length !== 2 || filled[0] !== cells[0] || !isMarkerAlone((filled[0] as TableCell).text)) return false;
  const type = cellType((filled[1] as TableCell).text, g);
  return type === 'text' || type === 'stop';
}

function rowAt(text: string, line: Line, g: TableGrammar) {
  // A very long line is body text, whatever spaces it holds.
  if (line.contentEnd - line.start > 4000) return undefined;
  const row = delimitedCells(text, line.start, line.contentEnd);
  return row && row.cells.length >= 2 && !numberedParagraph(row.cells, row.by, g) ? row : undefined;
}

/** Space-parted cells are believed only when short: a PDF line keeps wide gaps inside sentences too. */
const MAX_DELIMITED_CELL = 20;
const FORM_OPTION = /^[\u2460-\u2473\u2776-\u277f□■○●☐☑◯]|^[A-DＡ-Ｄ][.．、]/u;

function delimitedRowOk(cells: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): boolean {
  if (by !== 'space') return true;
  // ①男  ②女 and □是  □否 are answer options.
  if (!cells.every((c) => (c.text.length <= MAX_DELIMITED_CELL || longName(c, cells)) && !FORM_OPTION.test(c.text) && cellType(c.text, g) !== 'stop')) return false;
  // Two letters side by side between wide gaps are a letter-spaced word of a form (姓  名, 单  位), not
  // two cells; a row number, a value or a unit of one character (1, 6, %, 个) is a cell of a row
  // that has words in two other cells at least.
  // A bullet before a label is dropped; a dash alone is a cell with no value (—, -), kept.
  const bare = cells.map((c) => c.text.replace(/^[•·*\-]\s*(?=\S)|\*$/gu, ''));
  if (bare.some((t, i) => t.length < 2 && (t === '' || isLetter(t) && isLetter(bare[i + 1] ?? '')))) return false;
  return bare.every((t) => t.length >= 2) || bare.filter((t) => t.length >= 2).length >= 2;
}

/** Longest name of an indicator a space-parted row may hold (二级以上公立医院电子病历系统应用水平分级评价4级以上占比: 28). */
const MAX_NAME_CELL = 40;
/** Clause marks: a cell holding one is a piece of a sentence, not a name. */
const CLAUSE_MARK = /[，,。；;：:！？]/u;
/** A value cell: a number with at most a sign, a bound or a unit mark around it (65, ≥90, 12.5%, 〔20〕), read without
 *  the stray spaces of PDF text (≥ 85). */
const VALUE_CELL = /^[≥≤<>＞＜~约〔\[（(]?[-+]?[0-9０-９][0-9０-９.．,]*[%％‰]?[〕\]）)]?$/u;

/**
 * A long cell of an indicator table's row: the row's one cell past MAX_DELIMITED_CELL, with no clause mark, beside two value
 * cells at least (…4级以上占比  %  42  55  70  ≥80  约束性). A PDF line's wide gap inside a sentence leaves pieces with clause
 * marks or no row of values; a table's long indicator name leaves neither.
 */
function longName(cell: TableCell, cells: readonly TableCell[]): boolean {
  return cell.text.length <= MAX_NAME_CELL && !CLAUSE_MARK.test(cell.text) &&
    cells.filter((c) => c.text.length > MAX_DELIMITED_CELL).length === 1 && cells.filter((c) => VALUE_CELL.test(c.text.replace(/\s+/gu, ''))).length >= 2;
}

/** One letter (a Chinese character, a Latin letter): a letter of a letter-spaced word. A digit, a sign or a dash is
 *  none: a table writes — (or -, /) in a cell that has no value (个  —  〔50〕), never inside a word. */
const isLetter = (t: string): boolean => t.length === 1 && /\p{L}/u.test(t);

/** The header read with its second row, when the page merged cells over both (区县 | PM2.5浓度（微克/立方米） | … over
 *  2024年实际 | 2025年目标 | …, see groupedHeader): the line under the header (one blank line may come between, as
 *  between rows) and the row under it are parted the same way, the row holding a value. `next`: the line after the
 *  second header row. Undefined otherwise. */
function secondHeaderRow(text: string, lines: readonly Line[], i: number, head: TableCell[], by: 'tab' | 'pipe' | 'space', g: TableGrammar): { header: TableCell[]; next: number } | undefined {
  if (by === 'pipe') return undefined;
  const after = (k: number): number => (lines[k]?.blank && lines[k + 1] && !(lines[k + 1] as Line).blank ? k + 1 : k);
  const s = after(i + 1);
  const b = after(s + 1);
  if (b >= lines.length) return undefined;
  const second = rowAt(text, lines[s] as Line, g);
  const body = rowAt(text, lines[b] as Line, g);
  if (!second || !body || second.by !== by || body.by !== by || !delimitedRowOk(body.cells, by, g)) return undefined;
  if (!body.cells.some((c) => cellType(c.text, g) === 'value')) return undefined;
  const header = groupedHeader(head, second.cells, body.cells.length, g);
  return header && { header, next: s + 1 };
}
