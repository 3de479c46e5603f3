// Tables of a page that lost its line breaks: a table whose cells tabs part, each row on its line,
// comes out as one run of tab-parted fields in the body's one line, each row's last cell run straight
// into the next row's first (…\t预期性经济发展\t地区生产总值\t亿元\t312.6\t440\t预期性全员劳动生产率\t…).
// The header says how many cells a row has and what its last column holds (属性: 预期性/约束性; a year:
// a value), so each row's end is found again where that last cell ends; the table detector then reads
// the run as the lines it had. A row may have one cell less (its merged first cell was left empty).
import type { TableGrammar } from '../grammar/tables.js';
import { columnRole } from '../grammar/tables.js';
import type { Line } from '../parse/lines.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { isHeaderCell, isYearLabel, MAX_CELL, rowNumber } from './table-cells.js';
import { runTogetherCellCuts } from './table-runcells.js';
import { han } from '../text/han.js';

/** A line shorter than this is no body run together: tables on their own lines are read as they are. */
const MIN_RUN_ON = 400;
/** Fewest tabs a run of a table's rows holds (a header and two rows of three cells). */
const MIN_TABS = 6;
/** A header of fewer cells is no table's (序号 / 指标 / 目标值). */
const MIN_COLUMNS = 3;
/** The last cell of a row that ends in a value: a number with its sign, unit sign and brackets, or a dash. */
const VALUE = /^(?:[≥≤≧≦＞＜><约~～]?[（(]?[0-9０-９][0-9０-９.．,]*[%‰％]?[）)]?|[/—–\-－]+)/u;
/** What a row's first cell may open with right after the last cell of the row before: a word, a quote, a bracket. */
const CELL_START = han(/^[\p{Script=Han}“"《（(]/u);
/** What a row's first cell opens with after the header's last cell: a word or a quote (a bracket there
 *  goes on the header cell: 基准值（2020年）). */
const ROW_START = han(/^[\p{Script=Han}“"《]/u);
/** A year label ends with its year word or its bracket (2025年, 基准值（2020年）; not 2020, nor 2025年基 of 2025年基期). */
const YEAR_WORD = /(?:年|[)）])$/u;
/** A row number run onto the end of a cell. */
const TRAILING_NUMBER = /[0-9０-９]{1,3}$/u;

/** The source's lines, each run-on line that holds a table's rows parted again into the lines it had. */
export function runOnTableLines(text: string, lines: readonly Line[], g: TableGrammar): readonly Line[] {
  let out: Line[] | undefined;
  lines.forEach((line, i) => {
    if (line.contentEnd - line.start < MIN_RUN_ON) return;
    const cuts = tableCuts(text, line.start, line.contentEnd, g);
    if (cuts.length === 0) return;
    out ??= lines.slice(0, i);
    let from = line.start;
    for (const cut of cuts) {
      if (cut > from) out.push({ start: from, contentEnd: cut, end: cut, blank: false });
      from = cut;
    }
    out.push({ start: from, contentEnd: line.contentEnd, end: line.end, blank: false });
  });
  if (!out) return lines;
  // (lines after the last changed one)
  const last = out[out.length - 1] as Line;
  for (const line of lines) if (line.start >= last.end) out.push(line);
  return out;
}

/** A markdown table's rule row (| --- | :---: |), found in a run-on line with one search. */
const PIPE_RULE = /\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}/gu;
/** A row of a markdown table is at most this long: a longer stretch between pipes is no row. */
const MAX_PIPE_ROW = 1000;

/** Where the pipe at or after `from` that is the `count`th from it stands, within MAX_PIPE_ROW, or -1. */
function nthPipe(text: string, from: number, count: number, end: number): number {
  let at = from - 1;
  for (let n = 0; n < count; n++) {
    at = text.indexOf('|', at + 1);
    if (at < 0 || at >= end || at - from > MAX_PIPE_ROW) return -1;
  }
  return at;
}

/** Where the pipe `count` pipes back from `from` (a pipe) stands, within MAX_PIPE_ROW, or -1. */
function nthPipeBack(text: string, from: number, count: number, start: number): number {
  let at = from;
  for (let n = 1; n < count; n++) {
    at = text.lastIndexOf('|', at - 1);
    if (at < start || from - at > MAX_PIPE_ROW) return -1;
  }
  return at;
}

/** Where the spaces and tabs from `at` on end, before `end`. */
function spacesOn(text: string, at: number, end: number): number {
  while (at < end && WHITE_SPACE[text.charCodeAt(at)] === 1) at++;
  return at;
}

/** Where the spaces and tabs right before `at` start, not before `start`. */
function spacesBack(text: string, at: number, start: number): number {
  while (at > start && WHITE_SPACE[text.charCodeAt(at - 1)] === 1) at--;
  return at;
}

/**
 * The cuts of markdown pipe tables run together: each row ends with a pipe and the next starts with one
 * (…| ≥38 || 生活垃圾分类小区覆盖率 |…). The rule row says how many cells a row has; the header is the row
 * of that many cells before it, and each row after it ends at its last pipe when a pipe follows at once.
 */
function pipeCuts(text: string, line: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  // (searched in the line alone: a search of the whole text from each long line would read on to the next rule
  // row anywhere after it, quadratic in a long document)
  PIPE_RULE.lastIndex = 0;
  for (let m = PIPE_RULE.exec(line); m; m = PIPE_RULE.exec(line)) {
    const at = start + m.index;
    const ruleEnd = at + m[0].length;
    const pipes = (m[0].match(/\|/gu) as string[]).length;
    // (a page that lost its line breaks may have left a space for each between two rows: …| | --- |…)
    const headerEnd = spacesBack(text, at, start) - 1;
    if (text.charCodeAt(headerEnd) !== 0x7c) continue;
    const header = nthPipeBack(text, headerEnd, pipes, start);
    if (header < 0) continue;
    cuts.push(header, at, ruleEnd);
    let row = spacesOn(text, ruleEnd, end);
    while (row < end && text.charCodeAt(row) === 0x7c) {
      const last = nthPipe(text, row, pipes, end);
      if (last < 0) break;
      cuts.push(last + 1);
      row = spacesOn(text, last + 1, end);
    }
    PIPE_RULE.lastIndex = Math.max(PIPE_RULE.lastIndex, row - start);
  }
  return cuts.filter((c) => c > start && c < end);
}

/** Offsets in [start, end) where the lines of the tables run into it began. */
function tableCuts(text: string, start: number, end: number, g: TableGrammar): number[] {
  // Tabs and rule rows are looked for in the line alone (see pipeCuts).
  const line = text.slice(start, end);
  const cuts: number[] = pipeCuts(text, line, start, end);
  let tab = line.indexOf('\t');
  while (tab >= 0) {
    // A run: tabs at most a cell apart.
    const tabs = [start + tab];
    let next = line.indexOf('\t', tab + 1);
    while (next >= 0 && start + next - (tabs[tabs.length - 1] as number) <= MAX_CELL + 1) {
      tabs.push(start + next);
      next = line.indexOf('\t', next + 1);
    }
    if (tabs.length >= MIN_TABS) for (const cut of runCuts(text, tabs, end, g)) cuts.push(cut);
    tab = next;
  }
  for (const cut of runTogetherCellCuts(text, start, end, g)) cuts.push(cut);
  // (pipe tables first, then tab-parted ones: in order of the text)
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** The cuts of one run of tabs: before its header, between its rows, after its last cell; none when the
 *  run does not read as a header and rows of its length. */
function runCuts(text: string, tabs: readonly number[], end: number, g: TableGrammar): number[] {
  // Field k (k >= 1) runs from after tab k-1 to tab k (the last to the line's end), its leading spaces skipped.
  const field = (k: number): [number, number] => {
    let s = (tabs[k - 1] as number) + 1;
    const e = k < tabs.length ? (tabs[k] as number) : end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    return [s, e];
  };
  // The header's first cell ends the text before the run (…主要指标类别, …如下表序号).
  const first = g.headerWords.endingAt(text, tabs[0] as number);
  if (!first) return [];
  const cuts = [(tabs[0] as number) - first.length];
  // The header's cells up to the field that runs its last cell into the first row's first.
  let k = 1;
  let lastHeader = '';
  for (; k < tabs.length; k++) {
    const [s, e] = field(k);
    const cell = text.slice(s, e).trim();
    // (a header cell holds a header word, and so does the last one run into a row: 属性经济发展, 指标属性1)
    const split = headerEnd(cell, g);
    if (split < 0) {
      if (isHeaderCell(cell, g)) continue;
      return [];
    }
    lastHeader = cell.slice(0, split);
    cuts.push(s + split);
    break;
  }
  const columns = k + 1;
  if (k >= tabs.length || columns < MIN_COLUMNS) return [];
  const lastRole = columnRole(lastHeader, g);
  const attribute = lastRole === 'attribute';
  const sequence = columnRole(first, g) === 'sequence';
  let row = 2;
  // Cells of the current row so far (its first is the piece after the cut).
  let cells = 1;
  for (k++; k <= tabs.length; k++) {
    const [s, e] = field(k);
    // (the last field is the last cell and the text after the table: only its start is read)
    const cell = text.slice(s, Math.min(e, s + MAX_CELL));
    const last = k === tabs.length;
    // The row's last cell: the columns' count, or one less where the row left its merged first cell empty.
    // (a sequence column's number is never left empty: its rows have all their cells)
    if (cells >= (sequence ? columns - 1 : columns - 2)) {
      // (a text column's last cell has no end that shows: a deadline, a note)
      const at = last && lastRole === 'text' ? -1 : lastCellEnd(cell, g, attribute, sequence ? row : undefined, last);
      if (at > 0) {
        cuts.push(s + at);
        row++;
        cells = 1;
        if (last) return cuts;
        continue;
      }
    }
    if (last) return cuts.length >= 3 ? cuts : [];
    if (++cells > columns) return [];
  }
  return cuts;
}

/** Where the header's last cell ends in a field that runs it into the first row's first cell (属性经济发展,
 *  指标属性1), or -1: the longest start that is a header cell ending in a header word or a year, before a
 *  word or a row number that is none. */
function headerEnd(cell: string, g: TableGrammar): number {
  for (let p = cell.length - 1; p > 0; p--) {
    const rest = cell.slice(p);
    // (a page that lost its line breaks may have left a space for each: 属性 1)
    const head = cell.slice(0, p).trimEnd();
    const headerCell = isHeaderCell(head, g) && (g.headerWords.endingAt(head, head.length) !== undefined || (isYearLabel(head) && YEAR_WORD.test(head)));
    if (!headerCell || !(ROW_START.test(rest) || rowNumber(rest) !== undefined)) continue;
    // (the rest is no piece of a header cell either: 指标 | 名称, 指标 | 属性1)
    const word = rest.replace(TRAILING_NUMBER, '');
    return word !== '' && isHeaderCell(word, g) ? -1 : p;
  }
  return -1;
}

/**
 * Where a row's last cell ends inside `cell` (the cell run into the next row's first, or into the text
 * after the table when `last`), or -1. An attribute column's cell is one of its words (预期性); another
 * column's a value. After a value, the next row opens with a word, or with its number in a sequence column.
 */
function lastCellEnd(cell: string, g: TableGrammar, attribute: boolean, nextRow: number | undefined, last: boolean): number {
  // With a sequence column every row's last cell runs into the next row's number (…2026年12月底前2).
  if (nextRow !== undefined && !last) {
    const n = String(nextRow);
    return cell.length > n.length && cell.endsWith(n) ? cell.length - n.length : -1;
  }
  if (attribute) {
    const w = g.attributeValues.startingAt(cell, 0);
    return w !== undefined && cell.length > w.length ? w.length : -1;
  }
  const value = VALUE.exec(cell)?.[0];
  if (!value || value.length >= cell.length) return -1;
  return last || CELL_START.test(cell.slice(value.length).trimStart()) ? value.length : -1;
}
