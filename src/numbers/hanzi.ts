// Chinese numerals: 三, 十二, 一百零五, 两, 三万, 百万, 一千万, 二〇二五 (digit by digit), 一点五.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** The decimal point of a Chinese numeral (一点五). */
const POINT = '点';

/** Every character a Chinese numeral may contain (点 only between digits). */
export const HANZI_NUMERALS = '零〇○一二三四五六七八九十百千万亿两';

/** HANZI_NUMERALS by UTF-16 code unit: isHanziNumeral runs for almost every character of a text. */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const c of HANZI_NUMERALS) NUMERAL_CODES[c.charCodeAt(0)] = 1;

export const isHanziNumeral = (c: string | undefined): boolean => c !== undefined && c.length === 1 && NUMERAL_CODES[c.charCodeAt(0)] === 1;

/** isHanziNumeral by UTF-16 code unit (NaN, past the end of a text, is none). */
export const isHanziNumeralCode = (code: number): boolean => NUMERAL_CODES[code] === 1;

/** Digit by digit, as years are written (二〇二五, 一九九八). */
function readPositional(text: string): number {
  let v = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined || ch === '两') return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Integer part with 十百千 inside sections of 万 and 亿 (三万五千, 一千万, 百万). NaN when malformed. */
function readInteger(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  let any = false;
  let prevDigit = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // Two digits in a row are only valid after 零 (一百零五) or as 零 itself.
      if (prevDigit && digit !== 0) return Number.NaN;
      digit = d;
      prevDigit = true;
      any = true;
      continue;
    }
    prevDigit = false;
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      any = true;
      continue;
    }
    const large = LARGE_UNITS[ch];
    if (large === undefined || !any) return Number.NaN;
    const group = section + Math.max(digit, 0);
    if (large === 1e8) total = (total + group) * large;
    else total += group * large;
    section = 0;
    digit = -1;
  }
  if (!any) return Number.NaN;
  return total + section + Math.max(digit, 0);
}

/** Reads a whole string as a Chinese numeral. NaN when it is not one. */
export function readHanzi(text: string): number {
  if (text === '') return Number.NaN;
  const point = text.indexOf(POINT);
  if (point >= 0) {
    const whole = readHanzi(text.slice(0, point));
    const frac = text.slice(point + 1);
    const digits = readPositional(frac);
    if (!Number.isFinite(whole) || frac === '' || !Number.isFinite(digits)) return Number.NaN;
    return Number(`${whole}.${frac.split('').map((c) => DIGITS[c]).join('')}`);
  }
  // 二〇二五: all digits, with a zero or four long (a year), is read digit by digit.
  if (text.length >= 2 && [...text].every((c) => DIGITS[c] !== undefined)) {
    return text.includes('〇') || text.includes('○') || text.includes('零') || text.length === 4 ? readPositional(text) : Number.NaN;
  }
  return readInteger(text);
}

/** Longest Chinese numeral read in running text (一千二百三十四万 is 8). */
const MAX_HANZI = 10;

/**
 * Reads the longest Chinese numeral starting exactly at i (点 only with digits after it).
 * Returns its value and end, or undefined.
 */
export function readHanziAt(text: string, i: number): { value: number; end: number } | undefined {
  if (!isHanziNumeral(text[i])) return undefined;
  let j = i;
  while (j < text.length && j - i < MAX_HANZI && (isHanziNumeral(text[j]) || (text[j] === POINT && j > i && DIGITS[text[j + 1] ?? ''] !== undefined))) j++;
  for (let k = j; k > i; k--) {
    if (text[k - 1] === POINT) continue;
    const value = readHanzi(text.slice(i, k));
    if (Number.isFinite(value)) return { value, end: k };
  }
  return undefined;
}
