import { isDigit, readNumber } from '../numbers/index.js';

// A count of years (三年, 五年, 3年, 10年): the span a total is summed over (五年合计, 三年累计培训) or a plan's span of
// work (三年新建), written as one Chinese numeral or a number of one or two digits before 年. One pattern for the readers
// that look for it before a sum word (predicate), at the start of a name and at its end (metric).

const COUNT = '(?:[一二三四五六七八九十两]|[1-9]\\d?)年';

/** A count of years opening a text (三年累计…): a span when a plan-span word follows, not 九年义务教育. */
export const LEADING_YEARS = new RegExp(`^${COUNT}`, 'u');

/** A count of years that ends a text, not the end of a year in digits (2025年累计 is no count). */
const TRAILING_YEARS = new RegExp(`(?<![0-9０-９])${COUNT}$`, 'u');

/** Characters before `end` enough to hold a count of years and the digit before it that would make it a year's end. */
const REACH = 4;

/** Where a count of years that ends at text[end] starts (民生支出五年|合计 → before 五), not before `floor`; undefined when
 *  none ends there. */
export function yearsCountStart(text: string, end: number, floor = 0): number | undefined {
  const from = Math.max(floor, end - REACH);
  const m = TRAILING_YEARS.exec(text.slice(from, end));
  return m ? from + m.index : undefined;
}

/** Each count of years that starts in text[from, to), with the number it gives; not the end of a year in digits (2025年), which is
 *  a date. */
export function* yearsCounts(text: string, from: number, to: number): Generator<{ start: number; end: number; n: number | undefined }> {
  const counts = new RegExp(COUNT, 'gu');
  counts.lastIndex = from;
  for (let m = counts.exec(text); m && m.index < to; m = counts.exec(text)) {
    if (!isDigit(text[m.index - 1])) yield { start: m.index, end: m.index + m[0].length, n: readNumber(text, m.index)?.value };
  }
}
