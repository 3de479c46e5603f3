// Tables set ONE CELL A LINE (a PDF's or a Word file's table copied cell by cell) on a page that lost its
// line breaks: the header's cells and every row's cells run together with nothing between them
// (…主要指标指标单位2020年2025年属性人均预期寿命岁81.682.3预期性孕产妇死亡率…). What is left to cut them
// at is what a 主要指标 table's cells are made of: the header's cells are column words and years; a row
// opens with its number (序号) or its name, a unit cell is a unit, a value cell a number with its sign and
// unit, and the row ends with its attribute word (预期性/约束性) or at the next row's number. Two values run
// together with nothing between (7420 | 8500 → 74208500) are parted where the two numbers are closest in
// size: a table's baseline and target of one indicator are of the same order (a year or five of change).
// The cells are handed back as the lines they had; the flattened-table reader then reads them.
import type { TableGrammar } from '../grammar/tables.js';
import { columnRole } from '../grammar/tables.js';
import { isYearLabel } from './table-cells.js';
import { han } from '../text/han.js';

/** A line shorter than this is no body run together. */
const MIN_RUN_ON = 400;
/** Fewest rows read for the run to be a table. */
const MIN_ROWS = 2;
/** Longest row name, and longest run of a row's values. */
const MAX_NAME = 40;
const MAX_VALUES = 80;

/** One header cell: a column word (most specific first) or a year, perhaps with a bracketed year or unit after it. */
const HEADER_CELL = '(?:序号|编号|类别|领域|分类|指标名称|指标属性|指标性质|指标|名称|项目|单位|属性|性质|基准值|基期值|基础值|现状值|目标值|预期值|规划值|年均增长|(?:19|20)[0-9]{2}年)(?:[（(][^（()）]{1,8}[)）])?';
/** A header of three to twelve such cells run together. */
const HEADER = new RegExp(`(?:${HEADER_CELL}){3,12}`, 'gu');
const ONE_HEADER_CELL = new RegExp(HEADER_CELL, 'uy');

/** A value cell: a sign, a bracket, a number, its unit and remark; or a dash or slash for no value. */
const VALUE_CELL = /(?:(?:下降|降低|提高|增长|减少)?[≥≤≧≦＞＜><~～约]?[（(〔[]?[0-9.]+(?:(?!下降|降低|提高|增长|减少)[^0-9.≥≤≧≦＞＜><~～约（(〔[）)〕\]/／—－-]){0,6}[）)〕\]]?(?:左右|以上|以下)?(?:[（(][^（()）0-9]{1,8}[)）])?|[/／—－-]+)/uy;
/** Where a row's values start in the text after its name: a digit, a sign, a bracket before a digit, a dash or slash. */
const VALUE_START = han(/[0-9≥≤≧≦＞＜><〔]|[（(][0-9]|[/／—－](?![\p{Script=Han}])|[/／—－](?=[0-9])/u);
/** A number as a table writes it: no leading zero before other digits, no trailing zero after a decimal point. */
const NUMBER = /^(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/u;
/** A bare number (no sign, bracket or unit). */
const BARE = /^[0-9.]+$/u;
/** A row number, then a row's name starting with a word, quote or bracket. */
const ROW_NUMBER = han(/^[0-9]{1,3}(?=[\p{Script=Han}“"《（(])/u);
/** A row's name led by its own number, perhaps after its group's merged cell (普及程度 | 1.学前教育毛入园率（%）). */
const NUMBERED_NAME = han(/^((?:[\p{Script=Han}]{2,8}?)?)[0-9]{1,3}[.．、](?=[\p{Script=Han}“"《])/u);
/** A unit cell that opens with a slash (/10万), which is no value. */
const SLASH_UNIT = han(/^[/／][0-9]+[十百千万]?[\p{Script=Han}]{0,2}/u);
/** How a row's name starts. */
const NAME_START = han(/^[\p{Script=Han}“"《（(0-9]/u);
/** How the next row's name starts after its number. */
const NEXT_NAME_START = han(/[\p{Script=Han}“"《（(]/u);
/** Magnitudes before a counting unit (万吨, 亿元). */
const MAGNITUDE = /^[十百千万亿]/u;

type Role = 'sequence' | 'group' | 'name' | 'unit' | 'value' | 'attribute';

/** The columns of a header run together, or undefined when it is not one this reader can follow. */
function columns(header: string, g: TableGrammar): Role[] | undefined {
  const roles: Role[] = [];
  ONE_HEADER_CELL.lastIndex = 0;
  while (ONE_HEADER_CELL.lastIndex < header.length) {
    const m = ONE_HEADER_CELL.exec(header);
    if (!m) return undefined;
    const cell = m[0];
    const role = columnRole(cell, g);
    if (role === 'sequence' || role === 'group' || role === 'name' || role === 'attribute') roles.push(role);
    else if (role === 'unit') roles.push('unit');
    else if (role === 'baseline' || role === 'target' || role === 'change' || (role === undefined && isYearLabel(cell))) roles.push('value');
    else return undefined;
  }
  // Columns in the order such tables have: [序号] [类别] 指标 [单位] values… [属性].
  // (the attribute column stands last or right before the values: 序号 / 指标名称 / 指标属性 / 基准值 …)
  const order: Role[] = ['sequence', 'group', 'name', 'unit', 'value'];
  const rank = (r: Role): number => (r === 'attribute' ? order.indexOf('value') - 0.5 : order.indexOf(r));
  const attributeLast = roles[roles.length - 1] === 'attribute';
  const body = attributeLast ? roles.slice(0, -1) : roles;
  for (let k = 1; k < body.length; k++) if (rank(body[k] as Role) < rank(body[k - 1] as Role)) return undefined;
  const count = (r: Role): number => roles.filter((x) => x === r).length;
  if (count('name') !== 1 || count('value') === 0 || count('attribute') > 1 || count('unit') > 1) return undefined;
  // Rows end at their attribute word or at the next row's number.
  if (!attributeLast && roles[0] !== 'sequence') return undefined;
  return roles;
}

/** Where the unit a row's name ends with starts (a unit cell run onto the name), or -1: the longest unit of the
 *  grammar (with a magnitude: 万千瓦); one that opens with a slash (/10万) goes with the counting unit before it
 *  (人/10万人), not with a word of the name (死亡率/10万). */
function unitSuffix(name: string, g: TableGrammar): number {
  const known = (u: string): boolean => g.cellUnits.has(u) || (MAGNITUDE.test(u) && g.cellUnits.has(u.slice(1)));
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('／'));
  if (slash > 0 && name.length - slash <= 8) {
    for (let p = Math.max(1, slash - 2); p < slash; p++) if (known(name.slice(p, slash))) return p;
    return slash;
  }
  for (let p = Math.max(1, name.length - 8); p < name.length; p++) if (known(name.slice(p))) return p;
  return -1;
}

/** Two valid numbers closest in size that `digits` parts into, or undefined. */
function splitPair(digits: string): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestRatio = Infinity;
  for (let p = 1; p < digits.length; p++) {
    const a = digits.slice(0, p);
    const b = digits.slice(p);
    if (!NUMBER.test(a) || !NUMBER.test(b)) continue;
    const x = Number(a);
    const y = Number(b);
    if (x === 0 || y === 0) continue;
    const ratio = Math.max(x, y) / Math.min(x, y);
    if (ratio < bestRatio) {
      bestRatio = ratio;
      best = [a, b];
    }
  }
  return best;
}

/** The ends of `count` value cells in run (offsets into it), or undefined when it does not part into that many. */
function valueEnds(run: string, count: number, part = true): number[] | undefined {
  const cells: string[] = [];
  VALUE_CELL.lastIndex = 0;
  while (VALUE_CELL.lastIndex < run.length) {
    const m = VALUE_CELL.exec(run);
    if (!m || m[0] === '') return undefined;
    cells.push(m[0]);
  }
  // Bare numbers run together (74208500): part the longest in two until there are as many cells as columns.
  while (part && cells.length < count) {
    let k = -1;
    for (let i = 0; i < cells.length; i++) if (BARE.test(cells[i] as string) && (k < 0 || (cells[i] as string).length > (cells[k] as string).length)) k = i;
    if (k < 0) return undefined;
    const pair = splitPair(cells[k] as string);
    if (!pair) return undefined;
    cells.splice(k, 1, ...pair);
  }
  if (cells.length !== count) return undefined;
  const ends: number[] = [];
  let at = 0;
  for (const c of cells) ends.push((at += c.length));
  return ends;
}

/** The cuts of one row starting at `at` (its cells' ends), and where it ends; undefined when no row reads there. */
function row(text: string, at: number, end: number, roles: Role[], n: number, g: TableGrammar): number[] | undefined {
  const cuts: number[] = [];
  let q = at;
  const values = roles.filter((r) => r === 'value').length;
  if (roles[0] === 'sequence') {
    const m = ROW_NUMBER.exec(text.slice(q, q + 4));
    if (!m || Number(m[0]) !== n) return undefined;
    cuts.push((q += m[0].length));
  }
  // The name (with the group before it, which nothing parts from it) up to where the values start.
  const tail = text.slice(q, Math.min(end, q + MAX_NAME + MAX_VALUES));
  const numbered = roles[0] === 'sequence' ? undefined : NUMBERED_NAME.exec(tail);
  if (numbered?.[1]) cuts.push(q + numbered[1].length);
  const lead = numbered?.[0].length ?? 0;
  const nameStart = valuesStart(tail, lead);
  if (nameStart < 0) return undefined;
  let nameEnd = nameStart;
  const slashUnit = roles.includes('unit') ? SLASH_UNIT.exec(tail.slice(nameEnd))?.[0] : undefined;
  if (slashUnit) nameEnd += slashUnit.length;
  if (nameEnd < 2 || nameEnd > MAX_NAME || !NAME_START.test(tail)) return undefined;
  let name = tail.slice(0, nameEnd);
  const attributeLast = roles[roles.length - 1] === 'attribute';
  let attribute = 0;
  if (roles.includes('attribute') && !attributeLast) {
    // (the attribute word ends the text before the values: 主海塘达标率 | 预期性)
    for (let p = Math.max(1, name.length - 3); p < name.length && attribute === 0; p++) {
      const w = g.attributeValues.startingAt(name, p);
      if (w !== undefined && p + w.length === name.length) attribute = w.length;
    }
    if (attribute === 0) return undefined;
    name = name.slice(0, -attribute);
  }
  if (roles.includes('unit')) {
    const u = unitSuffix(name, g);
    if (u < 2) return undefined;
    cuts.push(q + u);
  }
  cuts.push(q + name.length);
  if (attribute > 0) cuts.push(q + nameEnd);
  // The values up to the attribute word, or up to the next row's number.
  const rest = tail.slice(nameEnd);
  let runEnd = -1;
  let after = 0;
  if (attributeLast) {
    for (let i = 0; i < rest.length && i <= MAX_VALUES; i++) {
      const w = g.attributeValues.startingAt(rest, i);
      if (w !== undefined) {
        runEnd = i;
        after = w.length;
        break;
      }
    }
  } else {
    const next = String(n + 1);
    for (let i = 1; i < rest.length && i <= MAX_VALUES; i++) {
      // (the values before it must part into the row's value cells; the next row's number may run onto the last
      // value's digits, …≥0.57 | 2重要…: the values before it must then be as many cells with nothing run together)
      if (rest.startsWith(next, i) && NEXT_NAME_START.test(rest[i + next.length] ?? '') && valueEnds(rest.slice(0, i), values, !/[0-9.]/u.test(rest[i - 1] as string))) {
        runEnd = i;
        break;
      }
    }
    // (the last row ends where its last value does: its unit is one of the grammar's, the text after the table is none)
    if (runEnd < 0) {
      const ends = valueEnds(rest.slice(0, prefixOfValues(rest)), values);
      if (!ends) return undefined;
      runEnd = lastValueEnd(rest, ends[ends.length - 2] ?? 0, ends[ends.length - 1] as number, g);
    }
  }
  if (runEnd <= 0) return undefined;
  const ends = valueEnds(rest.slice(0, runEnd), values);
  if (!ends) return undefined;
  for (const e of ends) cuts.push(q + nameEnd + e);
  if (after > 0) cuts.push(q + nameEnd + runEnd + after);
  return cuts;
}

/** Where the value cell rest[from, to) ends when the text after the table may have run into it: after its number
 *  and sign, the longest unit of the grammar that follows (260公里 of 260公里二、重点任务), and a closing bracket. */
function lastValueEnd(rest: string, from: number, to: number, g: TableGrammar): number {
  const number = /^(?:下降|降低|提高|增长|减少)?[≥≤≧≦＞＜><~～约]?[（(〔[]?[0-9.]*/u.exec(rest.slice(from, to))?.[0] ?? '';
  let at = from + number.length;
  for (let e = to; e > at; e--) {
    const u = rest.slice(at, e);
    if (g.cellUnits.has(u) || (MAGNITUDE.test(u) && g.cellUnits.has(u.slice(1)))) {
      at = e;
      break;
    }
  }
  if (/[）)〕\]]/u.test(rest[at] ?? '') && at < to) at++;
  // (and a remark in brackets: ≥98%（除危废外）)
  const remark = /^[（(][^（()）0-9]{1,8}[)）]/u.exec(rest.slice(at, to))?.[0];
  return at + (remark?.length ?? 0);
}

/** Where a row's values start in `tail` after `from`: the first value start outside the name's brackets (a standard
 *  cited in a name: 供水水质综合合格率（国标GB5749-2006）), or -1. */
function valuesStart(tail: string, from: number): number {
  let at = from;
  for (;;) {
    const v = VALUE_START.exec(tail.slice(at));
    if (!v) return -1;
    const p = at + v.index;
    const before = tail.slice(from, p);
    const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
    if (open < 0 || Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) > open) return p;
    const close = tail.slice(p).search(/[）)]/u);
    if (close < 0) return -1;
    at = p + close + 1;
  }
}

/** The length of the longest run of value cells at the start of `text`. */
function prefixOfValues(text: string): number {
  VALUE_CELL.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    const m = VALUE_CELL.exec(text);
    if (!m || m[0] === '') break;
    at = VALUE_CELL.lastIndex;
  }
  return at;
}

/**
 * Offsets in the line [start, end) where the cells of a one-cell-a-line table run together began. A page whose
 * text extractor left a space for each line break (…主要指标 序号 指标名称 … 1 主海塘达标率 预期性 46% ≥73%…) is read
 * as the same line without its spaces, and its cuts are put back where those characters stand in the line.
 */
export function runTogetherCellCuts(text: string, start: number, end: number, g: TableGrammar): number[] {
  if (end - start < MIN_RUN_ON) return [];
  let spaces = false;
  for (let i = start; i < end && !spaces; i++) spaces = isSpace(text.charCodeAt(i));
  if (!spaces) return cellCuts(text, start, end, g);
  const at: number[] = [];
  let joined = '';
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    at.push(i);
    joined += text[i];
  }
  at.push(end);
  return cellCuts(joined, 0, joined.length, g).map((c) => at[c] as number);
}

/** The spaces a line break may have been turned into (a tab parts the cells of another reader's tables). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x3000 || code === 0xa0;

function cellCuts(text: string, start: number, end: number, g: TableGrammar): number[] {
  const line = text.slice(start, end);
  const cuts: number[] = [];
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(line); m; m = HEADER.exec(line)) {
    const roles = columns(m[0], g);
    // (a caption's last word may read as a first header cell: 主要指标 | 指标单位…; tried again one character on)
    if (!roles) {
      HEADER.lastIndex = m.index + 1;
      continue;
    }
    const at = start + m.index;
    const headerCuts = [at];
    ONE_HEADER_CELL.lastIndex = 0;
    while (ONE_HEADER_CELL.lastIndex < m[0].length) {
      ONE_HEADER_CELL.exec(m[0]);
      headerCuts.push(at + ONE_HEADER_CELL.lastIndex);
    }
    const rows: number[] = [];
    let q = at + m[0].length;
    let n = 1;
    for (let r = row(text, q, end, roles, n, g); r; r = row(text, q, end, roles, ++n, g)) {
      for (const c of r) rows.push(c);
      q = r[r.length - 1] as number;
    }
    if (n - 1 < MIN_ROWS) {
      HEADER.lastIndex = m.index + 1;
      continue;
    }
    // (pushed one by one: a long table's cuts are too many to spread as arguments)
    for (const c of headerCuts) cuts.push(c);
    for (const c of rows) cuts.push(c);
    HEADER.lastIndex = q - start;
  }
  return cuts.filter((c) => c > start && c < end);
}
