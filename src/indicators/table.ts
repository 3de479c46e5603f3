// Indicator tables read row × column: every value cell is an item. Its text is the value as the
// cell writes it (≥73％, 120.14⏎平方公里), its metric the row's name (with the column's measure when
// the column names one), its unit the cell's own, else the row's 单位 cell, else a bracket of
// the header or of the name; its kind and year come from the column (基期/2020年 → baseline,
// 目标值/2025年 → target, 年均增长 → change), its comparator from a sign or bound word in the cell
// (属性 预期性/约束性 is not a comparator). Text cells (a task described in a sentence) are read by
// the sentence extractor. A task allocation (quota) table, whose rows are places or organisations
// (乡镇 × 新建面积 / 投资, 单位 × 签约任务), splits the plan's targets among those who carry them out: its
// value cells are no items (INDICATORS.md counts the cells of indicator tables, whose rows are indicators).
import type { TableBlock, TableCell } from '../blocks/types.js';
import type { Comparator, IndicatorGrammar } from '../grammar/indicators.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import type { Indicator } from '../schema.js';
import { columnHead, columnRole, type TableGrammar } from '../grammar/tables.js';
import { isHeaderCell } from '../blocks/table-cells.js';
import { extractFromText, type Found, type PlanYears } from './extract.js';
import { isDigitCode, readRange } from '../numbers/index.js';
import { MINUS, ratioAt } from './quantity.js';
import { implausibleUnit, isPerMilleRate } from './mortality.js';
import { scanDates } from '../dates/scan.js';
import { alignRow, bracketUnit, readColumns, type Column } from './table-columns.js';

/** A text cell shorter than this is a phrase about the row's indicator (提高2个百分点), not a sentence with its own metrics. */
const MIN_SENTENCE_CELL = 12;
/** Longest unit read after a number in a cell. */
const MAX_UNIT = 8;

const SPACES = /[\s\u3000]+/gu;
const isSpace = (c: string | undefined): boolean => c !== undefined && /[\s\u3000]/u.test(c);
// 〔18〕, [18] and ［18］ (full width): plans bracket cumulative values.
const OPEN = new Set(['（', '(', '[', '［', '【', '〔']);
const CLOSE = new Set(['）', ')', ']', '］', '】', '〕']);
const TRAILING_BRACKET = /[（(][^（()）]*[）)]$/u;
const RATE_NAME = /(?:率|比例|比重|占比)$/u;
const LEADING_ORDINAL = /^(?:[0-9０-９]{1,3}[.．、](?![0-9０-９])|[（(][0-9０-９]{1,2}[）)])/u;
/** A cell that is a sentence, not a name: a clause mark inside or a full stop at its end. */
const SENTENCE = /[，,；;]|。$/u;
const DIGIT = /[0-9０-９]/u;
/** A cell that is a year alone, with an end word or a bracketed role: 2026年, 2028年底, 2025年（基数）. */
const YEAR_ROW = /^((?:19|20)\d{2})年?(?:底|末|度)?(?:[（(]([^（()）]{1,6})[）)])?$/u;
/** How far after a table its notes are looked at. */
const NOTE_WINDOW = 200;
const BRACKET_YEAR = /^\s*(?:注|说明|备注)[\s\S]{0,60}?[括〔（(][^。\n]{0,8}?(?:内|中)[^。\n]{0,8}?为\s*((?:19|20)\d{2})\s*年/u;
/** The lead of a note under a table. */
const NOTE_LEAD = /^\s*(?:注|说明|备注)\s*[:：]/u;
/** After a column's name in a note: a copula (为, 是, 系, 指; 均 and a measure word may come first) and the year it refers to. */
const NOTE_COLUMN_YEAR = /^[^，,。；;\n]{0,4}?(?:为|是|系|指)\s*((?:19|20)\d{2})\s*年/u;
/** A line between caption and header giving the unit of every cell: 单位：万人. */
const UNIT_LINE = /[（(]?单\s*位\s*[:：]\s*([^\s）)，,；;]{1,6})/u;

export interface TableGrammars {
  indicators: IndicatorGrammar;
  periods: PeriodGrammar;
  tables: TableGrammar;
}

/** An item read from a table; `restates`: from a task division, which restates the plan's own tasks. */
export interface TableFound extends Found {
  restates?: true;
}

export function tableIndicators(source: string, tables: readonly TableBlock[], plan: PlanYears, g: TableGrammars): TableFound[] {
  const found: TableFound[] = [];
  for (const table of tables) {
    // A table none of whose column names says what it holds (answer options, a list) has no indicators; a year column's
    // says its rows are years (年度 / 新建 / 改造提升), whose cells are the values of the works its other columns name.
    const yearRows = g.tables.yearColumns.has(table.header[0]?.text.replace(SPACES, '') ?? '');
    if (!yearRows && !table.header.some((c) => isHeaderCell(c.text, g.tables))) continue;
    const from = found.length;
    const columns = readColumns(table, g.tables, plan.years);
    // (before an annual plan's year is given to its value columns: a year column is the header's own)
    const allocation = isAllocation(table, columns, g.tables);
    // A caption that names a year (主要指标（2028年目标值）, 2026—2028年主要目标: its last) dates a target or change column that
    // names none, as a lead-in's year dates the list after it (not a task division's: 2027年重点任务分解表 restates the text's
    // tasks, dated by its 完成时限 column); else an annual plan's such column (目标值, 增长) is the plan year's, as its text's
    // targets and changes are.
    const captionYear = table.caption && !isTaskDivision(table, columns, g.tables) ? deadlineYear(table.caption.text, g.periods, true) : null;
    for (const c of columns) if (c.role === 'value' && (c.kind === 'target' || c.kind === 'change') && c.year === null) c.year = captionYear;
    // A note under the table that dates a value column its header names by role alone (注：现状值为2025年底数据) is that column's year,
    // as a header's own year would be: a table sets the reference time of its columns in its notes when a cell has no room for it.
    const note = tableNote(source, table.end);
    columns.forEach((c, j) => {
      if (c.role === 'value' && c.year === null) c.year = noteColumnYear(note, (table.header[j] as TableCell).text.replace(SPACES, ''));
    });
    if (plan.annual && plan.years) for (const c of columns) if (c.role === 'value' && (c.kind === 'target' || c.kind === 'change') && c.year === null) c.year = plan.years[0];
    const tableUnit = UNIT_LINE.exec(source.slice(table.caption?.start ?? table.start, (table.header[0] as TableCell).start))?.[1] ?? null;
    // A note under the table that dates its bracketed values: 注：括号内数据为2019年平均值.
    const bracketYear = Number(BRACKET_YEAR.exec(source.slice(table.end, table.end + NOTE_WINDOW))?.[1]) || null;
    // Rows named by a place and not by an indicator (a 区域 column beside 指标名称 only groups indicators).
    const quota = (columns.some((c) => c.role === 'place') && !columns.some((c) => c.role === 'name')) || allocation;
    const unitCol = columns.findIndex((c) => c.role === 'unit');
    const nameCol = columns.findIndex((c) => c.role === 'name');
    // A deadline column (完成时限) dates its row's tasks, as 2026年底前 dates a sentence's target.
    const deadlineCol = table.header.findIndex((c) => g.tables.deadlineColumns.indexIn(c.text.replace(SPACES, '')) !== undefined);
    // The last year row read: a row that sums the years (合计) is of its year and kind (the plan's last year, for a plan's years).
    let lastYear: YearRow | null = null;
    for (const row of table.rows) {
      // A one-cell row is a group label (经济发展).
      if (row.length < 2) continue;
      const cells = alignRow(row, columns, g.tables.placeRows.sums);
      const nameCells = nameCol >= 0 ? cells[nameCol] : undefined;
      // A sum row labelled in its first column (合计 under 序号) leaves its name cell empty: the label names it. (In a table whose
      // rows are years the columns name the values, and a 合计 row is the last year's totals: see byYear.)
      const sumLabel = (row[0]?.text ?? '').replace(SPACES, '');
      const rowName = (nameCells ? nameCells.map((c) => c.text).join('') : '') || (!yearRows && g.tables.placeRows.sums.has(sumLabel) ? sumLabel : '');
      // A dash in the 单位 column (—, /) says the row's values have no unit (a ratio such as 农产品加工业产值与农业总产值之比).
      const unitCell = unitCol >= 0 ? (cells[unitCol]?.[0]?.text.replace(SPACES, '') ?? null) : null;
      const rowUnit = unitCell !== null && g.tables.empty.has(unitCell) ? null : unitCell;
      const rowYear = deadlineCol >= 0 ? deadlineYear(cells[deadlineCol]?.map((c) => c.text).join('') ?? '', g.periods, false, true) : null;
      // A table of years × indicators (年度 / 覆盖率 / 站点（个）: a 分年度目标 table) names each row by its year: the row's
      // values are of that year, a baseline where the year's bracket says so (2025年（基数）) or the year is before the plan's.
      const first = (row[0]?.text ?? '').normalize('NFKC').replace(SPACES, '');
      const byYear: YearRow | null = yearRows && g.tables.placeRows.sums.has(first) ? lastYear : yearRow(first, plan.years, g.tables);
      if (byYear) lastYear = byYear;
      const dated = (fs: Found[]): Found[] => (rowYear === null ? fs : fs.map((f) => (f.indicator.year === null ? { ...f, indicator: { ...f.indicator, year: rowYear } } : f)));
      cells.forEach((cs, j) => {
        const col = columns[j] as Column;
        if (!cs) return;
        // A task table's cells are sentences (到2025年建成5个示范点。): read as such in any text column. A column of
        // contents (建设内容 of a 重点项目 table) describes works in short phrases too (改造历史建筑42栋): each with a
        // number is read; a note (备注：含民办学校12所) is not.
        if (col.role !== 'value') {
          const headerText = columnHead((table.header[j] as TableCell).text, g.tables);
          // A scoring sheet's rules of the score (评分办法: 每低1个百分点扣1分，抽查签约居民50人) set no level to reach.
          if (col.role === 'text' && g.tables.scoringColumns.indexIn(headerText) !== undefined) return;
          const content = col.role === 'text' && g.tables.contentColumns.indexIn(headerText) !== undefined;
          const read = (t: string): boolean => SENTENCE.test(t) || (content && DIGIT.test(t));
          // The row's deadline, not an annual plan's year, dates what the cell names no year for (a project built by 2028).
          const cellPlan = rowYear !== null && plan.annual ? { ...plan, annual: false } : plan;
          if (col.role === 'name' || col.role === 'text' || col.role === 'group') for (const cell of cs) if (read(cell.text)) found.push(...dated(extractFromText(source, cell.start, cell.end, cellPlan, g.indicators, g.periods)));
          return;
        }
        if (quota) return;
        const rowCol = byYear && col.year === null ? { ...col, year: byYear.year, kind: col.kind === 'change' ? col.kind : byYear.kind } : col;
        for (const cell of cs) found.push(...dated(readCell(source, cell, rowCol, rowName, rowUnit ?? tableUnit, bracketYear, plan, g)));
      });
    }
    if (isTaskDivision(table, columns, g.tables)) for (let k = from; k < found.length; k++) (found[k] as TableFound).restates = true;
  }
  return found;
}

/** The text of the note right under a table (注：…, 说明：…, 备注：…), up to NOTE_WINDOW characters; '' when none follows it. */
function tableNote(source: string, end: number): string {
  const after = source.slice(end, end + NOTE_WINDOW);
  return NOTE_LEAD.test(after) ? after : '';
}

/** The year a table's note gives a column by its header's words and a copula (现状值为2025年底数据, 基期值均为2025年数据), or null. */
function noteColumnYear(note: string, header: string): number | null {
  if (note === '' || header === '') return null;
  const at = note.indexOf(header);
  if (at < 0) return null;
  return Number(NOTE_COLUMN_YEAR.exec(note.slice(at + header.length))?.[1]) || null;
}

/** A task division (序号 / 重点任务 / 牵头单位 / 完成时限): a column of who carries each task out and one of by when, and
 *  no year or 属性 column, which an indicator table has (指标 / 2020年 / 2025年 / 属性 / 责任单位 stays one). */
function isTaskDivision(table: TableBlock, columns: readonly Column[], g: TableGrammar): boolean {
  return headerHas(table, g.responsibilityColumns) && headerHas(table, g.deadlineColumns) && !indicatorColumns(columns);
}

/** Whether a header cell of the table contains one of `words`. */
function headerHas(table: TableBlock, words: TableGrammar['deadlineColumns']): boolean {
  return table.header.some((c) => words.indexIn(c.text.replace(SPACES, '')) !== undefined);
}

/** Whether the table has the columns of an indicator table: a 属性 column or a value column of a year (2020年 / 2025年). */
function indicatorColumns(columns: readonly Column[]): boolean {
  return columns.some((c) => c.role === 'attribute' || (c.role === 'value' && c.year !== null));
}

/** A task allocation whose rows are tasks, not places (类别 / 样品数 / 监测项目 / 承担单位 … 合计): a column of who carries each row
 *  out and a row that sums the others split the plan's total among those units, as a quota table splits it among places; an
 *  indicator table has no sum row (its rows are different measures) and keeps its year and 属性 columns. */
function isAllocation(table: TableBlock, columns: readonly Column[], g: TableGrammar): boolean {
  const summed = table.rows.some((r) => g.placeRows.sums.has((r[0]?.text ?? '').replace(SPACES, '')));
  return summed && headerHas(table, g.responsibilityColumns) && !indicatorColumns(columns);
}

/** A row's first cell that is a year alone (2026年, 2028年底, 2025年（基数）): the row's year and the kind of its values
 *  (a bracket naming a baseline or target says it; else a year before the plan's first is a baseline); null otherwise. */
interface YearRow {
  year: number;
  kind: 'baseline' | 'target';
}

function yearRow(cell: string, planYears: [number, number] | null, g: TableGrammar): YearRow | null {
  const m = YEAR_ROW.exec(cell);
  if (!m) return null;
  const year = Number(m[1]);
  const role = m[2] ? columnRole(m[2], g) : undefined;
  if (role === 'baseline' || role === 'target') return { year, kind: role };
  return { year, kind: planYears && year < planYears[0] ? 'baseline' : 'target' };
}

/** The year a deadline cell names (2027年12月, 2026年底前, 2026—2027年 → its last year); null when it names none (持续推进).
 *  `written`: only years written out, not a period's name (“十五五”主要指标) nor a relative date. `cell`: the whole text is a
 *  deadline column's cell, where years stand without 年 (建设起止年限 2026—2028, 竣工年份 2028). */
function deadlineYear(text: string, pg: PeriodGrammar, written = false, cell = false): number | null {
  const t = text.normalize('NFKC');
  const bare = cell ? BARE_YEARS.exec(t.replace(SPACES, '')) : null;
  if (bare) return Number(bare[2] ?? bare[1]);
  const years = scanDates(t, pg).flatMap((d) => (d.year === null || (written && (d.kind === 'period' || d.kind === 'relative')) ? [] : [d.year]));
  return years.length > 0 ? Math.max(...years) : null;
}

/** A deadline cell of years alone: 2028, 2026—2028, 2026-2028, 2026至2028. */
const BARE_YEARS = /^((?:19|20)\d{2})(?:[—–\-~至到]{1,2}((?:19|20)\d{2}))?$/u;

/**
 * The indicators without those a task division restates: a count of a 重点任务分工表 (新建改造分类投放点2000个 |
 * 市城管委 | 2026年底前) that the plan's text states too, in the same value and unit and of the same metric, is the same
 * target. A task restates its target under the target's own name, give or take a scope or verb (分类投放点 / 新建改造分类投放点):
 * a value the text gives another metric (满意度达到90% in the text, 孕前优生健康检查覆盖率达到90% in the table) is the
 * table's own target, as is a count only the table states.
 * `restating`: the indicators read from task divisions.
 */
export function withoutRestated(indicators: Indicator[], restating: ReadonlySet<object>): Indicator[] {
  if (restating.size === 0) return indicators;
  const key = (i: Indicator): string => JSON.stringify([i.value, i.unit]);
  const stated = new Map<string, string[]>();
  for (const i of indicators) {
    if (restating.has(i)) continue;
    const k = key(i);
    const names = stated.get(k);
    if (names) names.push(i.metric);
    else stated.set(k, [i.metric]);
  }
  return indicators.filter((i) => !restating.has(i) || !(stated.get(key(i)) ?? []).some((m) => sameMetric(m, i.metric)));
}

/** Shortest run of characters two names of one metric share when neither contains the other (签约服务 of 家庭医生签约服务覆盖率). */
const SHARED_RUN = 4;

/** Whether two metric names name one metric: one contains the other, or they share a run of SHARED_RUN characters; an
 *  empty name says nothing against it. */
function sameMetric(a: string, b: string): boolean {
  const x = a.replace(SPACES, '');
  const y = b.replace(SPACES, '');
  if (x === '' || y === '' || x.includes(y) || y.includes(x)) return true;
  for (let k = 0; k + SHARED_RUN <= x.length; k++) if (y.includes(x.slice(k, k + SHARED_RUN))) return true;
  return false;
}

function readCell(source: string, cell: TableCell, col: Column, rowName: string, rowUnit: string | null, bracketYear: number | null, plan: PlanYears, g: TableGrammars): Found[] {
  const text = cell.text;
  if (g.tables.empty.has(text.replace(SPACES, ''))) return [];
  const value = readValue(text, g);
  // A year or a span of years (2025年, 2022—2024年, 2025年底) dates something: it measures nothing.
  if (value && isYearValue(value)) return [];
  const name = metricOf(rowName, col, g.tables);
  if (!value) {
    if (!/[0-9０-９]/u.test(text)) return [];
    const read = extractFromText(source, cell.start, cell.end, plan, g.indicators, g.periods);
    // A short phrase (提高2个百分点) is this row's value: its metric is the row's, its kind and year the column's.
    if (text.replace(SPACES, '').length >= MIN_SENTENCE_CELL) return read;
    return read.map((f) => ({ ...f, indicator: { ...f.indicator, metric: name, kind: f.indicator.kind === 'change' ? 'change' : col.kind, year: col.year ?? f.indicator.year } }));
  }
  // A growth column names its own unit (年均增长（%）) over the row's (亿元), except for a bracketed
  // cumulative change ([1] 岁 of 人均预期寿命), which is in the row's unit, also where the row's name gives it
  // (人均预期寿命（岁） under 年均增长〔累计〕).
  const changeUnit = (col.kind === 'change' || col.average) && !value.bracketed ? col.unit : null;
  const rowOwn = rowUnit || bracketUnit(rowName);
  const written = value.unit || changeUnit || (value.bracketed ? rowOwn : rowUnit) || col.unit || rowOwn || (RATE_NAME.test(name) && !isPerMilleRate(name, g.indicators) ? '%' : null);
  // A unit the text has other spellings of (a header's （1/10万）, （％）) is reported as the text's sentences report it (/10万, %),
  // so that one rate has one unit wherever the plan states it.
  const unit = written === null ? null : (g.indicators.units.get(written)?.unit ?? written);
  const kind = value.changed || (col.average && value.bracketed) ? 'change' : col.kind;
  const comparator: Comparator = Array.isArray(value.value) ? 'range' : (value.comparator ?? '=');
  return [
    {
      // A bracketed cell of a yearly-average column is a cumulative change (〔3.5〕), not the yearly rate.
      indicator: { metric: name, value: value.value, unit, comparator, kind, year: value.bracketed && bracketYear !== null ? bracketYear : col.year },
      start: cell.start + value.start,
      end: cell.start + value.end,
      implausible: implausibleUnit(name, unit, kind === 'change', g.indicators),
      difference: kind === 'change',
    },
  ];
}

/** The row's name without line breaks, a leading row number or mark (其中：, ——, ★), a trailing footnote mark and
 *  a trailing bracket (a unit or a note); a column that names a measure adds its label (床位数 of 床位数（张）). */
function metricOf(rowName: string, col: Column, g: TableGrammar): string {
  // A 序号 written into the name cell (1.学前教育毛入园率（%）, （1）城镇新增就业) is no part of the name.
  let name = rowName.replace(SPACES, '').replace(LEADING_ORDINAL, '');
  const { leading, trailing } = g.nameMarks;
  for (let lead = leading.startingAt(name, 0); lead !== undefined && name.length > lead.length + 1; lead = leading.startingAt(name, 0)) name = name.slice(lead.length);
  for (let tail = trailing.endingAt(name, name.length); tail !== undefined && name.length > tail.length + 1; tail = trailing.endingAt(name, name.length)) name = name.slice(0, -tail.length);
  const bare = name.replace(TRAILING_BRACKET, '');
  if (bare.length >= 2) name = bare;
  return col.label && !name.includes(col.label) ? name + col.label : name;
}

const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;
const isYearValue = (v: CellValue): boolean => v.unit.startsWith('年') && (Array.isArray(v.value) ? v.value.every(isYear) : isYear(v.value));

interface CellValue {
  value: number | [number, number];
  unit: string;
  comparator: Comparator | null;
  /** A change verb comes first (提高1岁): the value is an amount of change. */
  changed: boolean;
  /** Written in brackets: （86.4%）, 〔250〕. */
  bracketed: boolean;
  /** [start, end) of sign, number, unit and bound word in the cell. */
  start: number;
  end: number;
}

/** Whether a change or target verb starts at `at`, or right after a yearly basis there (力争每年降低0.5个百分点: the adverb governs
 *  the verb across the basis, as a plan writes 力争每年提高1个百分点 in its text). */
function verbAfterBasis(text: string, at: number, g: TableGrammars): boolean {
  const basis = g.tables.yearlyBasis.startingAt(text, at);
  const verbAt = basis === undefined ? at : at + basis.length;
  return g.indicators.changeVerbs.startingAt(text, verbAt) !== undefined || g.indicators.targetVerbs.startingAt(text, verbAt) !== undefined;
}

/** A cell that is a value: [sign] [bracket] number [unit] [bound word] [(remark)]; undefined otherwise. */
function readValue(text: string, g: TableGrammars): CellValue | undefined {
  let i = 0;
  let comparator: Comparator | null = null;
  let changed = false;
  let bracketed = false;
  let start = -1;
  for (let guard = 0; guard < 4 && i < text.length; guard++) {
    if (OPEN.has(text[i] as string) || isSpace(text[i])) {
      if (!isSpace(text[i])) bracketed = true;
      i++;
      continue;
    }
    const sign = g.tables.signs.startingAt(text, i) ?? g.indicators.before.startingAt(text, i);
    // A verb before the number (提高5个百分点, 达到90%) sets no comparator.
    const change = sign === undefined ? g.indicators.changeVerbs.startingAt(text, i) : undefined;
    // A total word (累计50, 共120) marks a cumulative value of the period, as 〔50〕 does: no comparator.
    const verb = change ?? (sign === undefined ? g.indicators.targetVerbs.startingAt(text, i) ?? g.indicators.totalWords.startingAt(text, i) : undefined);
    // An adverb before the verb (同比增长8%, 较上年下降5%, 力争达到90%): the basis or manner of the cell's change or
    // target, read with it (the cell's value is still the row's, its kind the verb's).
    if (sign === undefined && verb === undefined) {
      // A yearly basis (每年不少于12次): the row's count for each year, read with its value.
      const basis = g.tables.yearlyBasis.startingAt(text, i);
      if (basis !== undefined) {
        if (start < 0) start = i;
        i += basis.length;
        continue;
      }
      const adverb = g.indicators.adverbs.startingAt(text, i);
      const after = adverb === undefined ? -1 : i + adverb.length;
      if (adverb !== undefined && verbAfterBasis(text, after, g)) {
        if (start < 0) start = i;
        i = after;
        continue;
      }
    }
    if (change !== undefined) changed = true;
    // …and is read as a bracketed one is (the cumulative change of a yearly-average column, its year the bracket's).
    if (verb !== undefined && change === undefined && g.indicators.totalWords.has(verb)) bracketed = true;
    if (verb !== undefined) {
      if (start < 0) start = i;
      i += verb.length;
      continue;
    }
    if (sign === undefined) break;
    comparator = g.tables.signComparator.get(sign) ?? g.indicators.comparatorsBefore.get(sign) ?? null;
    if (start < 0) start = i;
    i += sign.length;
  }
  // A negative value (-0.6): the minus is the cell's sign, not a range separator or an empty cell.
  const negative = MINUS.has(text[i] as string) && isDigitCode(text.charCodeAt(i + 1));
  if (negative && start < 0) start = i;
  // A ratio cell (医护比 1:1.20, 床护比 1∶0.6) is read as the text's ratios are: 1:N is N per one (unit 1:), a:b is a (unit ∶b).
  const r = negative ? undefined : ratioAt(text, i);
  const ratio = typeof r === 'object' && typeof r.value === 'number' ? { value: r.value, end: r.end, hanzi: false, unit: r.unitText } : undefined;
  const n = ratio ?? readRange(text, negative ? i + 1 : i);
  if (!n || n.hanzi) return undefined;
  if (negative && Array.isArray(n.value)) return undefined;
  if (start < 0) start = i;
  let j = n.end;
  while (isSpace(text[j])) j++;
  // The unit: a unit of the indicator grammar (/10万, 个百分点), else the characters after the number
  // up to a bracket, a bound word or the end (平方公里, 万人次).
  const unitFrom = j;
  if (!ratio) {
    const known = g.indicators.unitWords.startingAt(text, j);
    while (j < text.length && j - unitFrom < MAX_UNIT && !OPEN.has(text[j] as string) && !CLOSE.has(text[j] as string) && !isSpace(text[j]) && !g.indicators.after.startingAt(text, j) && !/[0-9０-９，,；;。]/u.test(text[j] as string)) j++;
    if (known && known.length > j - unitFrom) j = unitFrom + known.length;
  }
  const unit = ratio ? ratio.unit : text.slice(unitFrom, j);
  let end = unit ? j : n.end;
  const bound = g.indicators.after.startingAt(text, j);
  if (bound) {
    comparator = g.indicators.comparatorsAfter.get(bound) ?? comparator;
    end = j + bound.length;
    j = end;
  }
  // What may follow: a closing bracket, a remark in brackets (≥98％（除危废外）), an attribute word.
  const rest = text.slice(j).replace(SPACES, '');
  if (rest && !/^[）)\]］】〕]*(?:[（(【[［〔].*)?$/u.test(rest) && !g.tables.attributeValues.has(rest)) return undefined;
  return { value: negative ? -(n.value as number) : n.value, unit, comparator, changed, bracketed, start, end };
}
