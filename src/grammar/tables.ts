// The table grammar (grammars/tables.yaml): the header words that open a table, what each column
// holds, the signs written before a value in a cell, and the words that open a table's notes.
import type { TableGrammarSource } from './schemas.js';
import { WordSet } from './words.js';

export type { TableGrammarSource };

export type ColumnRole = 'sequence' | 'unit' | 'attribute' | 'text' | 'baseline' | 'target' | 'change' | 'group' | 'place' | 'name';

export interface TableGrammar {
  headerWords: WordSet;
  /** Tested in this order; the first whose word a header contains (unit: equals) decides. */
  columns: Array<{ role: ColumnRole; words: WordSet; exact: boolean }>;
  /** The name words in the grammar's order, most specific first (指标名称, 指标, 名称, 项目): of several
   *  name columns, the one whose header comes first names the rows. */
  nameOrder: readonly string[];
  attributeValues: WordSet;
  /** The year a cell's count is by, written before its value (每年不少于12次). */
  yearlyBasis: WordSet;
  /** Words of a change column whose values are percent growth rates (年均增长). */
  rateChangeWords: WordSet;
  /** Words of a change column whose values are yearly averages over the period (年均增长): targets. */
  yearlyAverageWords: WordSet;
  /** Header words of a column naming who carries a task out (牵头单位): the table is a task division. */
  responsibilityColumns: WordSet;
  /** Marks before and after a row's name that are no part of it (其中：, ——, ★; *, ①). */
  nameMarks: { leading: WordSet; trailing: WordSet };
  /** Header words of a text column that describes works (建设内容): its short phrases with a number are read. */
  contentColumns: WordSet;
  /** Text columns of a scoring sheet that hold the rules of the score (评分办法, 扣分标准): never read for indicators. */
  scoringColumns: WordSet;
  /** A scoring sheet's word before its columns' names (评分) and the heads it leaves its role to (评分项目 → 项目, 评分内容 → 内容). */
  scoringPrefix: { words: readonly string[]; heads: ReadonlySet<string> };
  yearColumns: WordSet;
  /** Words of a column of what a year achieved (2026年预计完成), actual beside that year's plan column. */
  achievedColumns: WordSet;
  /** The status of a year column's values in its bracket (2025年（预计）): no unit. */
  valueStatus: Set<string>;
  /** Header words of a column of deadlines (完成时限): with a responsibility column, the table is a task division. */
  deadlineColumns: WordSet;
  /** The endings of a division's name (东湖区, 城关镇), the rows that sum the divisions (合计) and those of the whole (全市): a
   *  name column of only these, with a sum, is the place column of a quota table. */
  placeRows: { endings: WordSet; sums: Set<string>; wholes: Set<string> };
  /** The endings of a measure of a level (优良天数比率, PM2.5浓度): a place table measuring only these splits no total. */
  levelMeasures: WordSet;
  /** Units that may stand on their own line under a number (a cell broken in two). */
  cellUnits: Set<string>;
  /** The comparisons a change cell opens with (较上年, 同比): 较上年提高2个百分点 is a value cell. */
  changeCellBases: WordSet;
  /** Qualitative targets a value cell states (逐步提升): no number, a filled value column as an empty cell is. */
  qualitativeValues: Set<string>;
  signs: WordSet;
  signComparator: Map<string, '>=' | '<=' | '=' | '~'>;
  empty: Set<string>;
  notes: WordSet;
  /** Labels that open an attachment (附件, 附表, with its number): never a cell of the table before it. */
  attachmentLabels: WordSet;
}

/** A header without spaces, read by its head when a scoring sheet's word stands before it: 评分项目 names the rows as 项目 does,
 *  评分内容 holds what each must reach as 内容 does; 评分办法 keeps its scoring word (grammar scoringPrefix). */
export function columnHead(header: string, g: TableGrammar): string {
  const text = header.replace(/[\s\u3000]+/gu, '');
  for (const w of g.scoringPrefix.words) if (text.startsWith(w) && g.scoringPrefix.heads.has(text.slice(w.length))) return text.slice(w.length);
  return text;
}

/** The role a header names, by the first list whose word it contains (unit: equals); undefined for
 *  a year column (2025年) or a measure (签约人数（万人）). */
export function columnRole(header: string, g: TableGrammar): ColumnRole | undefined {
  const text = columnHead(header, g);
  // An exact header may carry its unit in brackets (投资（万元）).
  const bare = text.replace(/[（(][^（）()]*[）)]$/u, '');
  // A header whose closing bracket gives a unit heads numbers, not the rows' names: 新引进亿元以上项目（个） (a count of projects,
  // as 投资（亿元） is an amount) is a value column, although 项目 names the rows in a header of its own (项目 / 项目名称).
  const unitBracket = bare !== text && g.cellUnits.has(text.slice(bare.length + 1, -1));
  for (const { role, words, exact } of g.columns) {
    if (role === 'name' && unitBracket) continue;
    if (exact ? words.has(text) || words.has(bare) : words.indexIn(text) !== undefined) return role;
  }
  return undefined;
}

export function compileTableGrammar(source: TableGrammarSource): TableGrammar {
  const c = source.columns;
  return {
    headerWords: new WordSet(source.headerWords),
    columns: [
      { role: 'sequence', words: new WordSet(c.sequence), exact: false },
      { role: 'unit', words: new WordSet(c.unitExact), exact: true },
      { role: 'attribute', words: new WordSet(c.attribute), exact: false },
      { role: 'text', words: new WordSet(c.textExact), exact: true },
      { role: 'text', words: new WordSet(c.text), exact: false },
      { role: 'baseline', words: new WordSet(c.baseline), exact: false },
      { role: 'change', words: new WordSet(c.change), exact: false },
      { role: 'target', words: new WordSet(c.target), exact: false },
      { role: 'target', words: new WordSet(c.targetExact), exact: true },
      // A year's plan: the word right after the year (2027年计划) or 年度 (年度计划投资).
      { role: 'target', words: new WordSet(c.yearTarget.flatMap((w) => [`年${w}`, `年度${w}`])), exact: false },
      { role: 'group', words: new WordSet(c.group), exact: false },
      { role: 'place', words: new WordSet(c.place), exact: false },
      { role: 'name', words: new WordSet(c.name), exact: false },
    ],
    nameOrder: [...c.name],
    attributeValues: new WordSet(source.attributeValues),
    yearlyBasis: new WordSet(source.yearlyBasis),
    rateChangeWords: new WordSet(source.rateChangeWords),
    responsibilityColumns: new WordSet(source.responsibilityColumns),
    deadlineColumns: new WordSet(source.deadlineColumns),
    contentColumns: new WordSet(source.contentColumns),
    scoringColumns: new WordSet(source.scoringColumns),
    scoringPrefix: { words: [...source.scoringPrefix.words], heads: new Set(source.scoringPrefix.heads) },
    yearColumns: new WordSet(source.yearColumns),
    nameMarks: { leading: new WordSet(source.nameMarks.leading), trailing: new WordSet(source.nameMarks.trailing) },
    yearlyAverageWords: new WordSet(source.yearlyAverageWords),
    valueStatus: new Set(source.valueStatus),
    achievedColumns: new WordSet(source.achievedColumns),
    placeRows: { endings: new WordSet(source.placeRows.endings), sums: new Set(source.placeRows.sums), wholes: new Set(source.placeRows.wholes) },
    levelMeasures: new WordSet(source.levelMeasures),
    cellUnits: new Set(source.cellUnits),
    changeCellBases: new WordSet(source.changeCellBases),
    qualitativeValues: new Set(source.qualitativeValues),
    signs: new WordSet(Object.keys(source.signs)),
    signComparator: new Map(Object.entries(source.signs)),
    empty: new Set(source.empty),
    notes: new WordSet(source.notes),
    attachmentLabels: new WordSet(source.attachmentLabels),
  };
}
