// Reads one number or a range of two in running text: Arabic (ASCII, full-width, decimals,
// thousands separators) or Chinese numerals, and ranges (1-3, 35—64, 35～64, 1至2, 一至两).
import { isDigitCode, readArabicAt } from './digits.js';
import { readHanziAt } from './hanzi.js';
import { readRomanAt } from './roman.js';

export interface NumberRead {
  value: number;
  /** Index just past the number. */
  end: number;
  /** Written in Chinese numerals. */
  hanzi: boolean;
}

export interface RangeRead {
  value: number | [number, number];
  end: number;
  hanzi: boolean;
}

/** Separators of a range (1-3, 35—64, 1~2, 1至2). */
export const RANGE_SEPARATORS: readonly string[] = ['——', '—', '–', '-', '－', '~', '～', '〜', '至', '到'];

/** Reads one number starting exactly at `i`, or undefined. */
export function readNumber(text: string, i: number): NumberRead | undefined {
  if (isDigitCode(text.charCodeAt(i))) {
    const n = readArabicAt(text, i) as { value: number; end: number };
    return { value: n.value, end: n.end, hanzi: false };
  }
  const h = readHanziAt(text, i) ?? readRomanAt(text, i);
  // Roman numerals (Ⅲ类) name classes as Chinese numerals do: they are read with the same care.
  return h ? { value: h.value, end: h.end, hanzi: true } : undefined;
}

/** Reads a number or a range of two numbers written the same way, skipping spaces around the separator. */
export function readRange(text: string, i: number): RangeRead | undefined {
  const first = readNumber(text, i);
  if (!first) return undefined;
  let j = first.end;
  while (text[j] === ' ') j++;
  for (const sep of RANGE_SEPARATORS) {
    if (!text.startsWith(sep, j)) continue;
    let k = j + sep.length;
    while (text[k] === ' ') k++;
    const second = readNumber(text, k);
    if (second && second.hanzi === first.hanzi && second.value > first.value) {
      return { value: [first.value, second.value], end: second.end, hanzi: first.hanzi };
    }
    break;
  }
  return { value: first.value, end: first.end, hanzi: first.hanzi };
}
