// Arabic digits as Chinese documents write them: ASCII or full-width (０-９), with decimals
// (7.0, ９．５) and thousands separators (1,200).

/** ASCII or full-width digit. */
export const isDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));

/** The value of one digit character (ASCII or full-width). */
export function digitValue(c: string): number {
  return c >= '０' ? c.charCodeAt(0) - 0xff10 : c.charCodeAt(0) - 48;
}

/** A run of digits at i: its value, where it ends and how many digits it has (no separators, no decimals). */
export function digitRun(text: string, i: number): { value: number; end: number; length: number } {
  let v = 0;
  let j = i;
  while (j < text.length && isDigit(text[j])) {
    v = v * 10 + digitValue(text[j] as string);
    j++;
  }
  return { value: v, end: j, length: j - i };
}

/**
 * Index past the run of digits and number punctuation (1,200.5, ９．５) at i: an Arabic number read
 * at i ends inside it, so what follows a number can be tested before the number is read.
 */
export function numberRunEnd(text: string, i: number): number {
  let j = i;
  for (let c = text[j]; isDigit(c) || c === ',' || c === '.' || c === '．'; c = text[++j]);
  return j;
}

/** Longest run of digits read as one number; more is a code, not a quantity. */
const MAX_DIGITS = 15;

const ascii = (c: string): string => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/** Reads an Arabic number starting exactly at i (1,200 / 7.0 / ９．５), or undefined. */
export function readArabicAt(text: string, i: number): { value: number; end: number } | undefined {
  if (!isDigit(text[i])) return undefined;
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
  return { value: Number(s), end: j };
}

/** Reads a whole string of ASCII or full-width digits (an ordinal such as 12 or １２). NaN otherwise. */
export function readArabic(text: string): number {
  if (text === '') return Number.NaN;
  const run = digitRun(text, 0);
  return run.end === text.length ? run.value : Number.NaN;
}
