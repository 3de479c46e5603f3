// Readers for the numerals used in outline markers and quantities.

const HANZI_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const HANZI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Chinese numeral below 10 000 (一, 十二, 二十, 一百零五, 两). NaN when it is not one. */
export function readHanzi(text: string): number {
  if (text === '') return Number.NaN;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const d = HANZI_DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = HANZI_UNITS[ch];
    if (unit === undefined) return Number.NaN;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  return digit >= 0 ? total + digit : total;
}

/** Reads ASCII or full-width digits. */
export function readArabic(text: string): number {
  const ascii = text.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^[0-9]+$/u.test(ascii) ? Number(ascii) : Number.NaN;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Reads ① … ⑳. */
export function readCircled(text: string): number {
  const i = CIRCLED.indexOf(text);
  return i < 0 || text.length !== 1 ? Number.NaN : i + 1;
}
