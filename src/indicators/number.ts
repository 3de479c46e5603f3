// Reads the numbers of Chinese plans: ASCII and full-width digits, decimals, thousands
// separators, Chinese numerals (三, 十二, 一百, 两), and ranges (1-3, 35—64, 1至2, 一至两).
import { readHanzi } from '../grammar/numerals.js';

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

export const HANZI_NUMERALS = '零〇一二三四五六七八九十百千两';
/** Longest Chinese numeral read as a quantity (一千零五十 is 5). */
const MAX_HANZI = 6;
const MAX_DIGITS = 15;
/** Separators of a range (1-3, 35—64, 1~2, 1至2). 到 only between two bare numbers. */
const RANGE_SEPARATORS = ['——', '—', '–', '-', '－', '~', '～', '〜', '至', '到'];

export const isDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
export const isHanziNumeral = (c: string | undefined): boolean => c !== undefined && c.length === 1 && HANZI_NUMERALS.includes(c);

const ascii = (c: string): string => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/** Reads one number starting exactly at `i`, or undefined. */
export function readNumber(text: string, i: number): NumberRead | undefined {
  const c = text[i];
  if (isDigit(c)) {
    let s = '';
    let j = i;
    while (j < text.length && isDigit(text[j]) && s.length < MAX_DIGITS) s += ascii(text[j++] as string);
    // Thousands separators: 1,200 (exactly three digits after each comma).
    while (text[j] === ',' && s.length <= 12 && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) {
      s += ascii(text[j + 1] as string) + ascii(text[j + 2] as string) + ascii(text[j + 3] as string);
      j += 4;
    }
    if ((text[j] === '.' || text[j] === '．') && isDigit(text[j + 1])) {
      s += '.';
      j++;
      while (j < text.length && isDigit(text[j]) && s.length < MAX_DIGITS * 2) s += ascii(text[j++] as string);
    }
    return { value: Number(s), end: j, hanzi: false };
  }
  if (isHanziNumeral(c)) {
    let j = i;
    while (j < text.length && j - i < MAX_HANZI && isHanziNumeral(text[j])) j++;
    // The longest prefix that reads as a numeral.
    for (let k = j; k > i; k--) {
      const value = readHanzi(text.slice(i, k));
      if (Number.isFinite(value)) return { value, end: k, hanzi: true };
    }
  }
  return undefined;
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
