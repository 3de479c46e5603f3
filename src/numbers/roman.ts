// Roman numerals as one character (Ⅰ … Ⅻ, U+2160–U+216B), used for classes and grades: 水质Ⅲ类.

const FIRST = 0x2160;
const LAST = 0x216b;

/** Reads Ⅰ … Ⅻ at `i`: its value and end, or undefined. */
export function readRomanAt(text: string, i: number): { value: number; end: number } | undefined {
  const c = text.charCodeAt(i);
  return c >= FIRST && c <= LAST ? { value: c - FIRST + 1, end: i + 1 } : undefined;
}

export const isRoman = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) >= FIRST && c.charCodeAt(0) <= LAST && c.length === 1;
