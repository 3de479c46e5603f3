// Arabic digits as Chinese documents write them: ASCII or full-width (０-９), with decimals
// (7.0, ９．５) and thousands separators (1,200).

/** ASCII or full-width digit. */
export const isDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));

/** isDigit by UTF-16 code unit (NaN, past the end of a text, is none): no one-character string is made. */
export const isDigitCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** Full-width digits and the signs written with numbers: ０-９, ％ (50％) and ／ (10／10万, 微克／立方米). */
const WIDE_NUMERALS = /[０-９％／]/u;
const WIDE_NUMERALS_ALL = /[０-９％／]/gu;

/**
 * `text` with its full-width digits, ％ and ／ written as ASCII ones (NFKC does the same): one code
 * unit for one, so every offset into the result is an offset into `text`. `text` itself when it has none.
 */
export function narrowNumerals(text: string): string {
  return WIDE_NUMERALS.test(text) ? text.replace(WIDE_NUMERALS_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/** The value of a digit's code unit (ASCII or full-width). */
const codeValue = (code: number): number => (code >= 0xff10 ? code - 0xff10 : code - 0x30);

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
  for (let c = text.charCodeAt(j); isDigitCode(c) || c === 0x2c || c === 0x2e || c === 0xff0e; c = text.charCodeAt(++j));
  return j;
}

/** Longest run of digits read as one number; more is a code, not a quantity. */
const MAX_DIGITS = 15;

/** 10^0 … 10^15, each exact as a double. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const ascii = (c: string): string => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/** Reads an Arabic number starting exactly at i (1,200 / 7.0 / ９．５), or undefined. */
export function readArabicAt(text: string, i: number): { value: number; end: number } | undefined {
  if (!isDigitCode(text.charCodeAt(i))) return undefined;
  // The digits read, as an integer, and how many there are (`written` counts the point too, as the
  // digit string this reader once built did): up to 15 digits the integer is exact, and dividing it
  // by a power of ten rounds exactly as Number() of the decimal string would.
  let digits = 0;
  let written = 0;
  let fraction = 0;
  const take = (code: number): void => {
    digits = digits * 10 + codeValue(code);
    written++;
  };
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j)) && written < MAX_DIGITS) take(text.charCodeAt(j++));
  // Thousands separators: 1,200 (exactly three digits after each comma).
  while (
    text.charCodeAt(j) === 0x2c &&
    written <= 12 &&
    isDigitCode(text.charCodeAt(j + 1)) &&
    isDigitCode(text.charCodeAt(j + 2)) &&
    isDigitCode(text.charCodeAt(j + 3)) &&
    !isDigitCode(text.charCodeAt(j + 4))
  ) {
    take(text.charCodeAt(j + 1));
    take(text.charCodeAt(j + 2));
    take(text.charCodeAt(j + 3));
    j += 4;
  }
  const intEnd = j;
  const point = text.charCodeAt(j);
  if ((point === 0x2e || point === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
    written++;
    j++;
    while (j < text.length && isDigitCode(text.charCodeAt(j)) && written < MAX_DIGITS * 2) {
      take(text.charCodeAt(j++));
      fraction++;
    }
  }
  const count = written - (fraction > 0 ? 1 : 0);
  if (count <= MAX_DIGITS) return { value: fraction > 0 ? digits / (POWERS_OF_TEN[fraction] as number) : digits, end: j };
  // More digits than a double holds exactly: the decimal string, parsed.
  const whole = [...text.slice(i, intEnd)].filter((c) => c !== ',').map(ascii).join('');
  return { value: Number(fraction > 0 ? `${whole}.${[...text.slice(intEnd + 1, j)].map(ascii).join('')}` : whole), end: j };
}

/** Reads a whole string of ASCII or full-width digits (an ordinal such as 12 or １２). NaN otherwise. */
export function readArabic(text: string): number {
  if (text === '') return Number.NaN;
  const run = digitRun(text, 0);
  return run.end === text.length ? run.value : Number.NaN;
}
