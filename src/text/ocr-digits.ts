// Digits an OCR engine read as the letters or the hanzi they look like: the letter O (or o) for 0, the letter l (or I)
// for 1 inside a number (2O26年, 6OOO人, 97.l%, l2O人次, 2O27年3月l0日), and the dash of a range read as the hanzi 一
// between two numbers (35一64岁). A scan read back by OCR strews them over its numbers; no Chinese text writes a letter
// inside a number or the numeral 一 between two Arabic ones. One code unit for one, so every offset stays the source's.

import { isDigitCode } from '../numbers/index.js';

/** The letters an OCR engine gives for the digits 0 and 1. */
const LETTER_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

const isLetterDigit = (c: string | undefined): boolean => c !== undefined && LETTER_DIGIT[c] !== undefined;
const isNumberChar = (c: string | undefined): boolean => c !== undefined && (isDigitCode(c.charCodeAt(0)) || isLetterDigit(c));
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/u.test(c);

/** Cheap test: a digit beside one of the letters, or 一 between two digits. */
const MAYBE = /[0-9][OolI一]|[OolI][0-9]/u;

/**
 * `text` with the OCR's letters inside a number read as the digits they stand for, and 一 between two numbers as a
 * dash; `text` itself when it has none. A run of digits and such letters (with decimal points inside) is a number only
 * when it holds a digit and stands apart from Latin words (no other letter touches it: IPv6, Level1, COVID-19 stay);
 * O2O (online to offline, written as B2B and P2P are) is a name, not 020.
 */
export function readOcrDigits(text: string): string {
  if (!MAYBE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '一') {
      // Between a digit and a number (35一64, 35一6O): the dash of a range.
      let b = i;
      while (b > 0 && isNumberChar(text[b - 1])) b--;
      let k = i + 1;
      while (isNumberChar(text[k])) k++;
      if (b < i && /[0-9]/u.test(text.slice(b, i)) && /[0-9]/u.test(text.slice(i + 1, k))) {
        out += text.slice(from, i) + '—';
        from = i + 1;
      }
      continue;
    }
    if (!isNumberChar(c)) continue;
    // A run of digits and letter-digits, decimal points inside it.
    let j = i;
    while (j < text.length && (isNumberChar(text[j]) || (text[j] === '.' && isNumberChar(text[j - 1]) && isNumberChar(text[j + 1])))) j++;
    const run = text.slice(i, j);
    const start = i;
    i = j - 1;
    if (!/[0-9]/u.test(run) || !/[OolI]/u.test(run)) continue;
    if (isAsciiLetter(text[start - 1]) || isAsciiLetter(text[j])) continue;
    // X2X with one letter at both ends (O2O, like B2B and P2P) is a name: online to offline.
    if (/^([OolI])2\1$/u.test(run)) continue;
    out += text.slice(from, start) + run.replace(/[OolI]/gu, (l) => LETTER_DIGIT[l] as string);
    from = j;
  }
  return from === 0 ? text : out + text.slice(from);
}
