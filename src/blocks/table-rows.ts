// Reading a flattened table's rows under a header: the header's layout (leading text columns, value
// columns, 属性) placed on the cells that follow, a name a PDF wrapped inside its cell joined again, or
// rows of n cells whose columns keep one type when the header has no value column.
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import { isYearLabel, type CellType } from './table-cells.js';
import type { TableCell } from './types.js';

export interface Cell extends TableCell {
  /** Index of the line after the cell. */
  next: number;
  type: CellType;
  /** A cell a header can have (isHeaderCell). */
  head: boolean;
  /** As a header: its column's role ('value' for year and measure columns); set when first asked. */
  role?: string;
}

/** The cell starting at line i or after the blank lines there, undefined at the end of the text. */
export type Reader = (i: number) => Cell | undefined;

export const typeOf = (cell: Cell | undefined): CellType => cell?.type ?? 'stop';

/** The cell's place and text (and a two-row header cell's measure), without what reading it added. */
export const plain = (c: TableCell): TableCell => (c.measure === undefined ? { start: c.start, end: c.end, text: c.text } : { start: c.start, end: c.end, text: c.text, measure: c.measure });

export interface Rows {
  rows: Cell[][];
  /** Rows with a cell for every column (but a merged 类别 cell). */
  full: number;
}

/** Where a column stands in a row: the leading text (group, name, unit), the values, the 属性 after them. */
type Slot = 'lead' | 'value' | 'attribute' | 'tail';

export function slots(header: Cell[], g: TableGrammar): Slot[] | undefined {
  // A sub-column of a two-row header is a value column by its year or role, whatever measure its group names.
  const roles = header.map((c) => (c.role ??= headerRole(c.measure === undefined ? c.text : c.text.replace(c.measure, ''), g)));
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
 *  rows of n cells whose columns keep one type. At most `limit` rows, from the line `from` (by default the line after the header). */
export function readRows(header: Cell[], read: Reader, g: TableGrammar, limit: number, from = (header[header.length - 1] as Cell).next): Rows | undefined {
  const layout = slots(header, g);
  // Rows named by their year under a year column (年度 / 新建 / 改造提升: 2026年 / 18 / 12), and by the sum of the years (合计).
  const yearNames = g.yearColumns.has((header[0] as Cell).text.replace(/\s+/gu, ''));
  const rows: Cell[][] = [];
  let full = 0;
  let at = from;
  const types: Array<CellType | undefined> = new Array<CellType | undefined>(header.length).fill(undefined);
  // A 类别 column is a merged cell, written in the first row of its group only: a row that lacks just it is complete.
  const complete = layout && header.some((c) => c.role === 'group') ? header.length - 1 : header.length;
  while (rows.length < limit) {
    const row = layout ? (slotRow(layout, header, read, at, g, yearNames) ?? slotRow(layout, header, read, at, g, yearNames, true)) : typedRow(header.length, types, read, at, yearNames ? g.placeRows.sums : undefined);
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

/** `emptyUnit`: the row's 单位 cell may say "no unit" (—, /): a dimensionless measure (医护比 1:1.2, 基尼系数, 指数) has none, and
 *  a 主要指标 table writes a dash there; tried only when the row does not read otherwise, where such a dash is an empty value. */
function slotRow(layout: Slot[], header: Cell[], read: Reader, at: number, g: TableGrammar, yearNames = false, emptyUnit = false): Cell[] | undefined {
  const lead = layout.filter((s) => s === 'lead').length;
  const unitAt = emptyUnit ? header.slice(0, lead).findIndex((h) => (h.role ??= headerRole(h.text, g)) === 'unit') : -1;
  if (emptyUnit && unitAt < 1) return undefined;
  let row: Cell[] = [];
  let c = read(at);
  // Under a year column (年度 / 新建（处） / 新增学位（个）) a row is named by its year (2026年), a label the cell reader types as a year.
  if (yearNames && c && typeOf(c) === 'year') {
    row.push(c);
    c = read(c.next);
  }
  // Leading text: at least one cell (the name), one per leading column, and up to WRAPPED_PIECES more
  // when a name was wrapped inside its cell.
  while (c && row.length < lead + WRAPPED_PIECES && typeOf(c) === 'text' && !g.attributeValues.has(c.text)) {
    row.push(c);
    c = read(c.next);
  }
  if (emptyUnit) {
    if (row.length !== unitAt || typeOf(c) !== 'empty') return undefined;
    row.push(c as Cell);
    c = read((c as Cell).next);
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
    // A bare number in a value column that reads like a year (2000 万千瓦, 1985 公里) is the row's value: a year
    // label of a header carries 年 or a role word (2025年, 基期（2020）), and a row's cells come after its name.
    const t = slot === 'value' && BARE_YEAR_NUMBER.test(c.text) ? 'value' : typeOf(c);
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

/** Four digits and nothing else (2000, ２０３０): a year label's shape, a value's too. */
const BARE_YEAR_NUMBER = /^\s*(?:19|20|１９|２０)[0-9０-９]{2}\s*$/u;

/** Lines a name cell may have been wrapped into beyond its first, in a table extracted from a PDF. */
export const WRAPPED_PIECES = 2;

/**
 * A row with more leading text cells than the header has leading columns: a PDF sets a long name
 * (每千人口执业（助理）医师数) on two or three lines of its narrow cell, and the extraction gives each
 * line as a cell. The pieces are joined into the name column's cell; a group cell before it and a
 * unit after it (one the unit column can hold) stay cells of their own.
 */
export function joinWrappedName(row: Cell[], lead: Cell[], g: TableGrammar): Cell[] {
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

/** A row of n cells whose types fit the column types seen so far (a table with no value column). `sums`: given when the rows are
 *  named by years, the words of a row that sums them; the first cell is then a year or one of these. */
function typedRow(n: number, types: Array<CellType | undefined>, read: Reader, at: number, sums?: ReadonlySet<string>): Cell[] | undefined {
  const row: Cell[] = [];
  let k = at;
  for (let j = 0; j < n; j++) {
    const c = read(k);
    if (!c) return undefined;
    const t = typeOf(c);
    if (j === 0 && sums) {
      if (t !== 'year' && !sums.has(c.text.replace(/\s+/gu, ''))) return undefined;
      row.push(c);
      k = c.next;
      continue;
    }
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
