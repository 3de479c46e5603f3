// What each column of a table holds, read from its header: the row number, the row's name (the
// indicator), the place or organisation of a quota table's row, its unit, its attribute (预期性/约束性), text, or values
// — a baseline, a target, a change — with the year the column names.
import { rowNumber } from '../blocks/table-cells.js';
import type { TableBlock, TableCell } from '../blocks/types.js';
import { columnRole, type ColumnRole, type TableGrammar } from '../grammar/tables.js';
import type { Indicator } from '../schema.js';

export type ValueKind = Extract<Indicator['kind'], 'baseline' | 'target' | 'change' | 'actual'>;

export interface Column {
  role: ColumnRole | 'value';
  /** For value columns: the kind of its values and the year its header names. */
  kind: ValueKind;
  year: number | null;
  /** The header as a name part (签约人数 of 签约人数（万人）); '' for year and role columns. */
  label: string;
  /** The unit a bracket of the header gives: 床位数（张） → 张. */
  unit: string | null;
  /** A yearly-average growth column (年均增长): its plain values are targets of the target columns' year. */
  average?: true;
}

const YEAR = /(?:19|20)\d{2}/u;
const YEARS = /(?:19|20)\d{2}/gu;
const BRACKET_UNIT = /[（(]([^（()）]{1,8})[）)]\s*$/u;
const SPACES = /[\s\u3000]+/gu;

/** Longest unit read from a trailing bracket (万吨标准煤), and longest compound unit with a slash. */
const MAX_BRACKET_UNIT = 5;
const MAX_COMPOUND_UNIT = 8;

/** Three or more capitals are a name's abbreviation (生态质量指数（EQI）, 数据中心电能利用效率（PUE）), not a unit: units that
 *  fit a bracket and are written in capitals have two letters (MW, GW, TB). */
const ABBREVIATION = /^[A-Z]{3,}$/u;
/** 级 alone in the bracket is the unit of a level (电子病历应用水平平均级别（级）); with more words it names a grade (（省级）). */
const LEVEL_UNIT = /^级$/u;
/** A unit symbol in Latin letters (DDDs), counted as one character when a bracketed unit's size is judged. */
const LATIN_SYMBOL = /[A-Za-z]+/gu;
/** A trailing bracket long enough for a unit with Latin symbols (DDDs/每百人天); its size is judged after them. */
const BRACKET_TEXT = /[（(]([^（()）]{1,16})[）)]\s*$/u;

/** A unit written in a bracket at the end of a name or header: （%） （万人） （1/10万）, not a year, a note or an abbreviation. */
export function bracketUnit(text: string): string | null {
  const m = BRACKET_TEXT.exec(text.replace(SPACES, ''));
  if (!m) return null;
  const u = (m[1] as string).replace(/^单位[:：]/u, '');
  // A compound unit is written with a slash and may be longer (微克/立方米, 克标准煤/千瓦时).
  // A unit symbol in Latin letters is one word of the unit, whatever its letters (DDDs/每百人天, the 抗菌药物使用强度's).
  const size = u.replace(LATIN_SYMBOL, 'A').length;
  if (YEAR.test(u) || size > (u.includes('/') ? MAX_COMPOUND_UNIT : MAX_BRACKET_UNIT) || (/[性类级含除]/u.test(u) && !LEVEL_UNIT.test(u)) || ABBREVIATION.test(u)) return null;
  return u;
}

export function readColumns(table: TableBlock, g: TableGrammar, planYears: [number, number] | null): Column[] {
  const columns = table.header.map((cell) => column(cell, g));
  // An empty first header cell stands over the row numbers (the detector adds it when the page left it blank).
  if (table.header[0]?.text === '') (columns[0] as Column).role = 'sequence';
  // Of several name columns (项目 / 指标), the one the grammar's list ranks first names the rows; the
  // others group them (a 项目 over its indicators).
  const names = columns.map((c, j) => (c.role === 'name' ? nameRank((table.header[j] as TableCell).text, g) : Infinity));
  const best = names.indexOf(Math.min(...names));
  columns.forEach((c, j) => {
    if (c.role === 'name' && j !== best) c.role = 'group';
  });
  const named = (roles: readonly ColumnRole[] = ['name', 'place']) => columns.some((c) => c.role !== 'value' && roles.includes(c.role));
  // Levels of indicators (一级指标 / 二级指标: group columns whose header is a name word's, 指标): with no other name column the
  // deepest level names the rows and those before it group them, as a 考核评分表 of two levels is named by its 二级指标 (a 绩效目标表's
  // 三级指标 is a name column already).
  if (!named()) {
    const levels = columns.flatMap((c, j) => (c.role === 'group' && nameRank((table.header[j] as TableCell).text, g) < g.nameOrder.length ? [j] : []));
    const deepest = levels[levels.length - 1];
    if (deepest !== undefined) (columns[deepest] as Column).role = 'name';
  }
  // A 单位 column of names (xx医院, not % or 岁) is the organisation each row is about.
  const unitAt = columns.findIndex((c) => c.role === 'unit');
  if (unitAt >= 0 && !named() && longCells(table, unitAt)) (columns[unitAt] as Column).role = 'place';
  // The first text column not otherwise named names the rows.
  if (!named()) {
    const k = columns.findIndex((c, j) => c.role === 'value' && c.year === null && firstCellsAreText(table, j));
    if (k >= 0) (columns[k] as Column).role = 'name';
  }
  // A name column whose every row is a division (东湖区, 城关镇, 合计) names the places of a quota table.
  const nameAt = columns.findIndex((c) => c.role === 'name');
  if (nameAt >= 0 && placeRows(table, nameAt, g)) (columns[nameAt] as Column).role = 'place';
  // A table of each place's own level (区县 × PM2.5浓度 / 优良天数比率) splits no total among the places: its rows are named
  // by their place as an indicator table's by the indicator.
  const placeAt = columns.findIndex((c) => c.role === 'place');
  if (placeAt >= 0 && !named(['name']) && ownLevels(table, columns, placeAt, g)) (columns[placeAt] as Column).role = 'name';
  // Year columns with no word (or only their group's measure): before the plan (or the earliest of several, when the plan's years are
  // unknown) is the baseline, the rest targets.
  // (A change over a span keeps its kind: 2021—2025年累计 is an amount over the years, not the value of one.)
  const span = (j: number): boolean => ((table.header[j] as TableCell).text.match(YEARS)?.length ?? 0) >= 2;
  const bare = columns.filter((c, j) => c.role === 'value' && !(c.kind === 'change' && span(j)) && c.year !== null);
  const earliest = Math.min(...bare.map((c) => c.year as number));
  for (const c of bare) {
    if (planYears) c.kind = (c.year as number) < planYears[0] ? 'baseline' : 'target';
    else c.kind = bare.length > 1 && c.year === earliest ? 'baseline' : 'target';
  }
  // The table of a plan's execution report (2026年计划 | 2026年预计完成 | 2027年计划): a year's achieved column beside that year's
  // plan column holds the levels measured in the year under review (actual), not the base of the targets; alone (2025年完成 |
  // 2030年目标) it stays the base.
  const header = (j: number): string => (table.header[j] as TableCell).text.replace(SPACES, '');
  const achieved = (j: number): boolean => g.achievedColumns.indexIn(header(j)) !== undefined;
  columns.forEach((c, j) => {
    if (c.role !== 'value' || c.year === null || !achieved(j)) return;
    const plan = columns.findIndex((p, k) => k !== j && p.role === 'value' && p.year === c.year && !achieved(k) && columnRole(header(k), g) === 'target');
    if (plan < 0) return;
    c.kind = 'actual';
    (columns[plan] as Column).kind = 'target';
  });
  // A yearly average (年均增长) is the growth planned up to the latest target column's year (or the plan's end).
  const targetYears = columns.filter((c) => c.role === 'value' && c.kind === 'target' && c.year !== null).map((c) => c.year as number);
  const targetYear = targetYears.length > 0 ? Math.max(...targetYears) : (planYears?.[1] ?? null);
  columns.forEach((c, j) => {
    if (c.role !== 'value' || c.kind !== 'change' || c.year !== null || g.yearlyAverageWords.indexIn((table.header[j] as TableCell).text.replace(SPACES, '')) === undefined) return;
    c.kind = 'target';
    c.year = targetYear;
    c.average = true;
  });
  return columns;
}

function column(cell: TableCell, g: TableGrammar): Column {
  // A sub-column of a two-row header: its year and role read without its group's measure, which names its values.
  if (cell.measure !== undefined) {
    const own = column({ start: cell.start, end: cell.end, text: cell.text.replace(cell.measure, '') }, g);
    const measure = cell.measure.replace(SPACES, '');
    return own.role === 'value' ? { ...own, label: measure.replace(BRACKET_UNIT, ''), unit: bracketUnit(measure) ?? own.unit } : own;
  }
  const text = cell.text.replace(SPACES, '');
  // A span (2021—2025年累计) is dated by its last year.
  const years = text.match(YEARS);
  const year = years ? Math.max(...years.map(Number)) : null;
  const role = columnRole(text, g);
  // A bracket that names the column's role (2025年（基数）, 2027年（目标）, 2025年（预期）) or its values' status (2025年（预计）)
  // says what the values are, not their unit.
  const bracket = bracketUnit(text);
  const unit = bracket !== null && (columnRole(bracket, g) !== undefined || g.valueStatus.has(bracket)) ? null : bracket;
  // A growth column that names no unit (年均增长〔累计〕) holds percent growth rates.
  if (role === 'change' && unit === null && g.rateChangeWords.indexIn(text)) return { role: 'value', kind: role, year, label: '', unit: '%' };
  if (role === 'baseline' || role === 'target' || role === 'change') return { role: 'value', kind: role, year, label: '', unit };
  if (role) return { role, kind: 'target', year, label: '', unit };
  // A generic value column: a year (2025年), or a measure (签约人数（万人）) that names the values.
  const label = year !== null ? '' : text.replace(BRACKET_UNIT, '');
  return { role: 'value', kind: 'target', year, label, unit };
}

/** Where a header stands in the grammar's name words (指标名称 before 指标 before 项目); the list's length when none is in it. */
function nameRank(header: string, g: TableGrammar): number {
  const text = header.replace(SPACES, '');
  const k = g.nameOrder.findIndex((w) => text.includes(w));
  return k < 0 ? g.nameOrder.length : k;
}

/** The longest name of a division a quota table's row gives (a county-level 鄂伦春自治旗, a 街道 with a long name). */
const MAX_PLACE_NAME = 8;

/** Whether at least two rows name places in column `j`, one sums them (合计) and every row names a division, the whole (全市) or a sum. */
function placeRows(table: TableBlock, j: number, g: TableGrammar): boolean {
  const names = table.rows.filter((r) => r.length >= 2).map((r) => (r[j]?.text ?? '').replace(SPACES, ''));
  const { endings, sums, wholes } = g.placeRows;
  const places = names.filter((t) => t.length >= 2 && t.length <= MAX_PLACE_NAME && !/[0-9０-９（()）%％]/u.test(t) && endings.endingAt(t, t.length) !== undefined);
  return places.length >= 2 && names.some((t) => sums.has(t)) && names.every((t) => places.includes(t) || sums.has(t) || wholes.has(t));
}

/** Whether every value column measures a level that no sum of places makes (a rate, a concentration: 优良天数比率, PM2.5浓度,
 *  grammar levelMeasures) and no row sums the places (合计): a split of the plan's totals has amounts to add up. */
function ownLevels(table: TableBlock, columns: readonly Column[], placeAt: number, g: TableGrammar): boolean {
  const values = columns.filter((c) => c.role === 'value');
  if (values.length === 0 || !values.every((c) => c.label !== '' && g.levelMeasures.endingAt(c.label, c.label.length) !== undefined)) return false;
  return !table.rows.some((r) => g.placeRows.sums.has((r[placeAt]?.text ?? '').replace(SPACES, '')));
}

function longCells(table: TableBlock, j: number): boolean {
  const cells = table.rows.map((r) => r[j]?.text ?? '').filter((t) => t !== '').slice(0, 5);
  return cells.length > 0 && cells.filter((t) => t.length > 4).length * 2 >= cells.length;
}

function firstCellsAreText(table: TableBlock, j: number): boolean {
  const cells = table.rows.filter((r) => r.length === table.header.length).slice(0, 3).map((r) => r[j] as TableCell);
  return cells.length > 0 && cells.every((c) => !/^[≥≤＞＜><约~（(]*[0-9０-９]/u.test(c.text));
}

const NUMERIC = /^[≥≤≧≦＞＜><=＝约~（(]*[0-9０-９]/u;
/** A cell that reads as a value, not as a name that opens with a number (5岁以下儿童死亡率, 2型糖尿病患者规范管理人数,
 *  65岁及以上老年人健康管理率): a number with at most a short unit or bound after it. */
const VALUE_LIKE = /^[≥≤≧≦＞＜><=＝约~（(]*[0-9０-９][0-9０-９.．,]*\s*\S{0,6}$/u;

/** Whether cells placed from column `at` on put a number under each value column and none under the name. */
function fitsAt(cells: readonly TableCell[], columns: readonly Column[], at: number): boolean {
  return cells.every((c, k) => {
    const role = columns[at + k]?.role;
    return role === 'value' ? NUMERIC.test(c.text) : role !== 'name' || !VALUE_LIKE.test(c.text);
  });
}

/** The row's cells matched to the columns: full rows one to one; a row that lost cells (a merged
 *  category cell, an empty cell) keeps its row number first and the rest aligned to the right (to the
 *  left when only that puts numbers under the value columns: an empty 备注 cell lost at the end); a row
 *  with more cells (a name wrapped onto two lines) joins the extra cells into its name. `sums`: the labels of a row that
 *  sums the others (合计): written in the row's first column, so such a row lost its cells at the end (an empty
 *  建设起止年限 or 备注 after the totals) and is aligned to the left where that fits. */
export function alignRow(row: TableCell[], columns: Column[], sums?: ReadonlySet<string>): Array<TableCell[] | undefined> {
  const n = columns.length;
  const out: Array<TableCell[] | undefined> = new Array<TableCell[] | undefined>(n).fill(undefined);
  if (row.length === n) {
    row.forEach((c, j) => (out[j] = [c]));
    return out;
  }
  const seqFirst = columns[0]?.role === 'sequence' && rowNumber(row[0]?.text ?? '') !== undefined ? 1 : 0;
  if (seqFirst) out[0] = [row[0] as TableCell];
  if (row.length < n) {
    const rest = row.slice(seqFirst);
    // The lost cell is most often a merged one before the name (类别); an empty cell of a last text
    // column (备注) is lost after the values, and then only the left alignment puts values under values.
    const right = n - rest.length;
    const sumRow = sums !== undefined && seqFirst === 0 && sums.has((rest[0]?.text ?? '').replace(SPACES, ''));
    const at = (sumRow || !fitsAt(rest, columns, right)) && fitsAt(rest, columns, seqFirst) ? seqFirst : right;
    rest.forEach((c, k) => (out[at + k] = [c]));
    return out;
  }
  const tail = n - seqFirst;
  const extra = row.length - n;
  const nameAt = columns.findIndex((c) => c.role === 'name');
  const joinAt = nameAt >= seqFirst ? nameAt : seqFirst;
  let k = seqFirst;
  for (let j = seqFirst; j < seqFirst + tail; j++) {
    const take = j === joinAt ? 1 + extra : 1;
    out[j] = row.slice(k, k + take);
    k += take;
  }
  return out;
}
