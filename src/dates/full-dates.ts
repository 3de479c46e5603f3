// Full dates (year, month and day) in a line of a document's head or end: the signature's date, a
// labelled 成文日期, a web page's publish time. Read by the date scanner (./scan.ts), on a copy of the line
// made for the lines such dates are written on: PDF text sets spaces inside a date (`2025 年 5 月 12 日`),
// and OCR reads the 〇 of a date in Chinese numerals as a letter O, a small o or a zero (二O二六年).
import type { PeriodGrammar } from '../grammar/periods.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { scanDates } from './scan.js';

export interface FullDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** [index, end) of the date's own words (without a 到 before or a 前 after it) in the line after NFKC. */
  index: number;
  end: number;
}

/** What a date is written with: numerals (1), and the words and separators after them (2: 年, 月, 日, 号, `2026 - 04 - 15`). White
 *  space inside a date stands next to such a word: between two numerals it parts two numbers (`2025-04-17 10:21`). */
const IN_DATE = new Uint8Array(0x10000);
for (const c of '0123456789〇○零一二三四五六七八九十') IN_DATE[c.charCodeAt(0)] = 1;
for (const c of '年月日号-/') IN_DATE[c.charCodeAt(0)] = 2;
const DAY = new Set([0x65e5, 0x53f7]);
/** The numerals of a year in Chinese numerals (二〇二六), after which OCR's O, o or 0 stands for 〇. */
const YEAR_NUMERAL = new Uint8Array(0x10000);
for (const c of '〇○零一二三四五六七八九') YEAR_NUMERAL[c.charCodeAt(0)] = 1;
const READ_AS_ZERO = new Set(['O', 'o', '0']);

/** The end of the white space that starts at text[i]. */
function spaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && WHITE_SPACE[text.charCodeAt(j)] === 1) j++;
  return j;
}

/** Whether white space between the characters `before` and `after` stands inside a date (see IN_DATE). */
function insideDate(before: number, after: number): boolean {
  const b = IN_DATE[before] ?? 0;
  const a = IN_DATE[after] ?? 0;
  // Not after a day: 日 or 号 ends a date.
  return b !== 0 && a !== 0 && (b === 2 || a === 2) && !DAY.has(before);
}

/** Whether text[i] is OCR's O, o or 0 for the 〇 of a year in Chinese numerals (the character before it in the copy: `before`). */
const zeroRead = (text: string, i: number, before: number): boolean => READ_AS_ZERO.has(text[i] as string) && YEAR_NUMERAL[before] === 1;

/**
 * The line without the white space inside dates, with OCR's O for 〇 read as 〇, and where each of its characters stands in
 * `text` (null when the copy is the line itself: most lines, which are then neither copied nor mapped).
 */
function dateCopy(text: string): { copy: string; at: number[] | null } {
  let k = 0;
  while (k < text.length) {
    if (WHITE_SPACE[text.charCodeAt(k)] === 1) {
      const end = spaceEnd(text, k);
      if (k > 0 && insideDate(text.charCodeAt(k - 1), text.charCodeAt(end))) break;
      k = end;
    } else if (zeroRead(text, k, text.charCodeAt(k - 1))) break;
    else k++;
  }
  if (k === text.length) return { copy: text, at: null };
  // Pieces joined once at the end; `last` is the code of the copy's last character (NaN before the first).
  const pieces = [text.slice(0, k)];
  const at = Array.from({ length: k }, (_, i) => i);
  let last = text.charCodeAt(k - 1);
  for (let i = k; i < text.length; ) {
    if (WHITE_SPACE[text.charCodeAt(i)] === 1) {
      const end = spaceEnd(text, i);
      if (at.length === 0 || !insideDate(last, text.charCodeAt(end))) {
        pieces.push(text.slice(i, end));
        last = text.charCodeAt(end - 1);
        while (i < end) at.push(i++);
      }
      i = end;
      continue;
    }
    const c = zeroRead(text, i, last) ? '〇' : (text[i] as string);
    pieces.push(c);
    last = c.charCodeAt(0);
    at.push(i++);
  }
  const copy = pieces.join('');
  return { copy, at };
}

/** The end of a deadline's own date in its hit (2026年3月5日前): after its 日 or 号; -1 when it has none (2026年底前 names no day). */
function dayEnd(copy: string, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) if (DAY.has(copy.charCodeAt(k))) return k + 1;
  return -1;
}

/** Every full date of a line: `2023-03-24`, `2023/3/24`, `2023年3月20日`, `二〇二二年十二月三十日`, in order. */
export function fullDates(line: string, grammar: PeriodGrammar): FullDate[] {
  const text = line.normalize('NFKC');
  const { copy, at } = dateCopy(text);
  const dates: FullDate[] = [];
  for (const hit of scanDates(copy, grammar)) {
    if (typeof hit.value !== 'string' || hit.value.length !== 10) continue;
    let start = hit.start;
    let end = hit.end;
    if (hit.kind === 'deadline') {
      // The hit holds its 到 or 截至 and its 前: the date runs from its year, the first numeral, to its day.
      while (start < end && IN_DATE[copy.charCodeAt(start)] !== 1) start++;
      end = dayEnd(copy, start, end);
      if (end < 0) continue;
    } else if (hit.kind !== 'date') continue;
    dates.push({ iso: hit.value, index: at ? (at[start] as number) : start, end: at ? (at[end - 1] as number) + 1 : end });
  }
  return dates;
}
