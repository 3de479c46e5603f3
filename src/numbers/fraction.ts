// Shares and ratios written without a percent sign: 一半, 三分之二, 2/3, 百分之八十 (as a
// percentage), and ratios 1:1, 1∶0.6 (as two terms).
import { isDigit, isDigitCode, numberRunEnd, readArabicAt } from './digits.js';
import { isHanziNumeral, readHanziAt } from './hanzi.js';

export interface FractionRead {
  /** The share in percent (一半 → 50, 三分之二 → 66.67). */
  percent: number;
  end: number;
  hanzi: boolean;
}

export interface RatioRead {
  terms: [number, number];
  end: number;
}

/** Shares are reported to two decimals (三分之二 → 66.67). */
const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Reads 一半, 一多半, X分之Y (Chinese or Arabic Y) or a/b (Arabic, b > a, b not a 万 base) at `i`. */
export function readFraction(text: string, i: number): FractionRead | undefined {
  if (text.startsWith('一半', i)) return { percent: 50, end: i + 2, hanzi: true };
  // A denominator is followed by 分之, the a of a/b by /: most numbers of running text (一是,
  // 进一步, 2025年) are followed by neither, and are ruled out here before being read.
  const digits = isDigitCode(text.charCodeAt(i));
  const after = text[digits ? numberRunEnd(text, i) : numeralRunEnd(text, i)];
  if (after !== '分' && !(digits && after === '/')) return undefined;
  const den = digits ? readArabicAt(text, i) : readHanziAt(text, i);
  if (!den) return undefined;
  if (text.startsWith('分之', den.end)) {
    const at = den.end + 2;
    const num = isDigit(text[at]) ? readArabicAt(text, at) : readHanziAt(text, at);
    if (!num || den.value <= 0 || num.value > den.value) return undefined;
    return { percent: round2((num.value / den.value) * 100), end: num.end, hanzi: !isDigit(text[i]) };
  }
  // a/b: 2/3 (not 20/10万, a rate per 100 000, nor 2023/3/24, a date).
  if (isDigit(text[i]) && text[den.end] === '/' && isDigit(text[den.end + 1])) {
    const b = readArabicAt(text, den.end + 1) as { value: number; end: number };
    const next = text[b.end];
    if (b.value <= den.value || b.value > 100 || next === '万' || next === '/' || isDigit(next)) return undefined;
    return { percent: round2((den.value / b.value) * 100), end: b.end, hanzi: false };
  }
  return undefined;
}

/** Index past the run of Chinese numerals (and 点) at `i`: a Chinese number read at `i` ends inside it. */
function numeralRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isHanziNumeral(text[j]) || text[j] === '点')) j++;
  return j;
}

/** Reads a ratio a:b (colon ASCII, full-width or ∶) of two Arabic numbers at `i`. */
export function readRatio(text: string, i: number): RatioRead | undefined {
  // Most numbers are followed by no colon: they are ruled out before being read.
  const after = text[numberRunEnd(text, i)];
  if (after !== ':' && after !== '：' && after !== '∶') return undefined;
  const a = readArabicAt(text, i);
  if (!a) return undefined;
  const c = text[a.end];
  if (c !== ':' && c !== '：' && c !== '∶') return undefined;
  const b = readArabicAt(text, a.end + 1);
  if (!b) return undefined;
  return { terms: [a.value, b.value], end: b.end };
}
