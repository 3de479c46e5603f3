// Repairs of a flattened table's header, whose cells the flattening put in the wrong number or order:
// a header cell the page broke over two cells (指标 / 属性), and a header of two rows (基期值 目标值 over
// 2025年 2028年 2030年) read row after row.
import { columnRole, type TableGrammar } from '../grammar/tables.js';
import { isColumnName } from './table-cells.js';
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
