// Repairs of a flattened table's header, whose cells the flattening put in the wrong number or order:
// a header cell the page broke over two cells (指标 / 属性), and a header of two rows (基期值 目标值 over
// 2025年 2028年 2030年) read row after row; and a delimited table's header of two rows under merged group cells.
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import { cellType, isColumnName, isHeaderCell } from './table-cells.js';
import { plain, type Cell } from './table-rows.js';
import type { TableCell } from './types.js';

/** A header cell's second line that holds only a bracketed note (年均增长 / 〔累计〕, 指标 / （单位）): a page sets a
 *  header's note under its words when the column is narrow. */
const BRACKET_ONLY = /^[〔［\[【(（][^〔〕［］\[\]【】()（）]{1,8}[〕］\]】)）]$/u;

/** A header cell broken over two lines (指标 / 属性, 年均增长 / 〔累计〕) reads as two columns; when every row is
 *  shorter than the header by as many cells, adjacent header cells that join into a known column name
 *  (指标属性, 指标名称), or whose second is only a bracketed note, are one cell. */
export function joinSplitHeader(text: string, header: Cell[], rows: TableCell[][], g: TableGrammar): TableCell[] {
  const lengths = rows.filter((r) => r.length > 1).map((r) => r.length);
  // (A loop, not Math.max(...lengths): a flattened table may have more rows than a call has arguments.)
  const m = lengths.reduce((a, l) => Math.max(a, l), -Infinity);
  let missing = lengths.length >= 2 && lengths.every((l) => l === m) ? header.length - m : 0;
  const out: TableCell[] = [];
  for (let j = 0; j < header.length; j++) {
    const a = header[j] as Cell;
    const b = header[j + 1];
    if (missing > 0 && b && (isColumnName(a.text + b.text, g) || BRACKET_ONLY.test(b.text.trim()))) {
      out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
      missing--;
      j++;
    } else out.push(plain(a));
  }
  return missing === 0 ? out : header.map(plain);
}

/** A year and nothing else: 2025年, （2030年）, 2025. */
const BARE_YEAR = /^[（(]?(?:19|20)\d{2}\s*年?(?:[底末]|度)?[）)]?$/u;

/**
 * A header of two rows flattened row after row: the first row's cells, among them value columns named
 * by their role only (基期值, 目标值) over the years of the second row (2025年 2028年 2030年), whose
 * other cells (序号, 指标, 单位, 属性) span both rows and appear once. Read so, the header has more
 * cells than a row. The header is rebuilt (when `rowWidth` is known, only if the first row has as many
 * cells as the first header row with each role cell given a year of the second): each role cell in order with
 * the next year (基期值2025年, as a tab-parted table's second header line is joined to its first), the
 * years left over as columns of their own after the last role cell (a role over several years: 目标值
 * over 2028年 and 2030年). Undefined when the header is no such pair of rows.
 */
export function twoRowHeader(header: Cell[], g: TableGrammar, rowWidth?: number): Cell[] | undefined {
  let split = header.length;
  while (split > 0 && BARE_YEAR.test((header[split - 1] as Cell).text.replace(/\s+/gu, ''))) split--;
  const first = header.slice(0, split);
  const years = header.slice(split);
  const roles = first.flatMap((c, j) => (isRoleOnly(c, g) ? [j] : []));
  if (roles.length === 0 || years.length < roles.length) return undefined;
  if (rowWidth !== undefined && rowWidth !== first.length - roles.length + years.length) return undefined;
  // A year in the first row makes it a header of one row whose year columns the role cells do not span.
  if (first.some((c) => /(?:19|20)\d{2}/u.test(c.text))) return undefined;
  const last = roles[roles.length - 1] as number;
  const out: Cell[] = [];
  first.forEach((c, j) => {
    const k = roles.indexOf(j);
    if (k < 0) {
      out.push(c);
      return;
    }
    const year = years[k] as Cell;
    out.push({ ...c, text: c.text + year.text });
    if (j === last) out.push(...years.slice(roles.length));
  });
  return out;
}

/** A value column named by its role alone (基期值, 现状, 目标值, 预期值): its year is in the row below. */
const isRoleOnly = (c: Cell, g: TableGrammar): boolean => {
  const role = columnRole(c.text, g);
  return role === 'baseline' || role === 'target';
};

/**
 * A header of two rows whose first row merged cells (a Word or WPS table copied to text): the first row's leading
 * cells span both rows (区县, 序号, 指标) and are absent from the second; each of its other cells is a group spanning
 * sub-columns of the second row (PM2.5浓度（微克/立方米） over 2024年实际 | 2025年目标; 2025年 over 目标值 | 属性).
 * The body rows have as many cells as the spanning cells and the second row together; there are two groups or more.
 * Copied compactly, each group spans as many sub-columns; where the copy kept the merged cells' places (tabs around empty cells), the second row's
 * cells under the spanning ones are empty and a group spans up to the first row's next cell. The second row's cells
 * are header cells (years, roles, column names), or the same sub-headers repeated under each group (measures under
 * each year). Each sub-column's header is its group's text and its own; the part that names a measure (no year, no
 * role) is kept as its `measure`. Undefined when the two rows are no such header.
 */
export function groupedHeader(first: readonly TableCell[], second: readonly TableCell[], width: number, g: TableGrammar): TableCell[] | undefined {
  // (A line's leading tabs may be lost with its indent: the sub-headers are matched from the right.)
  const lead = second.findIndex((c) => c.text !== '');
  const subs = lead < 0 ? [] : second.slice(lead);
  const spanning = width - subs.length;
  if (spanning < 1 || spanning >= first.length || first.length > width) return undefined;
  const groups = first.some((c) => c.text === '') ? placedGroups(first, subs, spanning) : compactGroups(first, subs, spanning);
  if (!groups) return undefined;
  const { spans } = groups;
  const named = [...groups.spanning, ...spans.map((s) => s.group), ...subs];
  // Two groups at least, each a measure or a value column's year or role (not 指标 or 单位, which span both rows), over
  // sub-columns none of which is a column only a spanning cell can be (序号, 指标, 区县).
  if (spans.length < 2 || spans.some((s) => s.subs.length < 2 || !isGroup(s.group.text, g)) || subs.some((c) => SPANNING_ROLES.has(columnRole(c.text, g) ?? '')) || !named.every((c) => c.text !== '' && c.text.length <= MAX_GROUPED_CELL && ['text', 'year'].includes(cellType(c.text, g)))) return undefined;
  const per = (spans[0] as Span).subs.map((c) => c.text).join('\t');
  const repeated = spans.every((s) => s.subs.map((c) => c.text).join('\t') === per);
  if (!repeated && !subs.every((c) => isHeaderCell(c.text, g))) return undefined;
  const out: TableCell[] = groups.spanning.map(plain);
  for (const { group, subs } of spans)
    for (const sub of subs) {
      const measures = [group.text, sub.text].filter((t) => isMeasure(t, g));
      const cell: TableCell = { start: sub.start, end: sub.end, text: group.text + sub.text };
      out.push(measures.length === 1 ? { ...cell, measure: measures[0] as string } : cell);
    }
  return out;
}

interface Span {
  group: TableCell;
  subs: TableCell[];
}

/** A compact copy: each group spans as many of the second row's cells. */
function compactGroups(first: readonly TableCell[], subs: readonly TableCell[], spanning: number): { spanning: TableCell[]; spans: Span[] } | undefined {
  const groups = first.length - spanning;
  if (subs.length % groups !== 0) return undefined;
  const per = subs.length / groups;
  const spans = first.slice(spanning).map((group, k) => ({ group, subs: subs.slice(k * per, (k + 1) * per) }));
  return { spanning: first.slice(0, spanning), spans };
}

/** A copy that kept the cells' places: each group spans its own column and the empty ones after it in the first row. */
function placedGroups(first: readonly TableCell[], subs: readonly TableCell[], spanning: number): { spanning: TableCell[]; spans: Span[] } | undefined {
  if (first.slice(0, spanning + 1).some((c) => c.text === '')) return undefined;
  const spans: Span[] = [];
  subs.forEach((sub, k) => {
    const cell = first[spanning + k];
    if (cell && cell.text !== '') spans.push({ group: cell, subs: [] });
    (spans[spans.length - 1] as Span).subs.push(sub);
  });
  return { spanning: first.slice(0, spanning), spans };
}

/** Roles of columns that stand beside the groups, never under one. */
const SPANNING_ROLES = new Set(['sequence', 'name', 'place', 'group', 'unit']);

/** A group cell: a measure (PM2.5浓度（微克/立方米）), a year (2025年) or a value column's role (目标值). */
const isGroup = (t: string, g: TableGrammar): boolean => {
  const role = columnRole(t, g);
  return role === undefined || role === 'baseline' || role === 'target' || role === 'change';
};

/** Longest cell of a two-row header's rows: a measure with its unit (优良天数比率（%）, 单位GDP能耗降低（%）). */
const MAX_GROUPED_CELL = 24;

/** A header text that names a measure: no year in it and no role (PM2.5浓度（微克/立方米）, not 2025年 or 目标值). */
const isMeasure = (t: string, g: TableGrammar): boolean => !/(?:19|20)\d{2}/u.test(t) && columnRole(t, g) === undefined;
