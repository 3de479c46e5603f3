// The text every stage reads, made from the decoded text without moving any character: HTML tags
// as white space, HTML character references read (each padded to its length), numerals and Latin
// letters in one width, invisible characters (zero-width spaces, a stray byte-order mark) as spaces, and the
// letters an OCR engine read for digits inside a number as those digits (2O26年, 97.l%: src/text/ocr-digits.ts).
import { narrowNumerals } from '../numbers/index.js';
import { WHITE_SPACE } from './breaks.js';
import { blankInvisibles } from './invisible.js';
import { narrowLetters } from './letters.js';
import { readOcrDigits } from './ocr-digits.js';
import { readReferences } from './references.js';
import { readTags } from './tags.js';

/** The reading form of `text`: as long as `text`, so every offset into it is one into `text`. */
export function readingText(text: string): string {
  return blankInvisibles(readOcrDigits(narrowLetters(narrowNumerals(readReferences(readTags(text))))));
}

/**
 * The characters the reading text made plain spaces that were no white space as written: an HTML
 * tag, the padding of a character reference, an invisible character. They stand for nothing, so the
 * cleaning leaves them out without seeing a gap there (`扩大<span>“互联网+”</span>试点` is one phrase,
 * where a dropped space or line break can end a heading). Undefined when there are none.
 */
export function transparentOf(original: string, reading: string): Uint8Array | undefined {
  if (reading === original) return undefined;
  let mask: Uint8Array | undefined;
  for (let i = 0; i < reading.length; i++) {
    if (reading.charCodeAt(i) !== 32 || WHITE_SPACE[original.charCodeAt(i)] === 1) continue;
    mask ??= new Uint8Array(reading.length);
    mask[i] = 1;
    // A tag the reading text blanked is transparent whole, the spaces between its attributes too
    // (<span lang="EN-US">): they are no white space of the text.
    if (original.charCodeAt(i) !== 0x3c) continue;
    let j = i + 1;
    while (j < reading.length && reading.charCodeAt(j) === 32 && original.charCodeAt(j) !== 0x3e) j++;
    if (j < reading.length && reading.charCodeAt(j) === 32) {
      mask.fill(1, i, j + 1);
      i = j;
    }
  }
  return mask;
}

/** What closeTransparentGaps writes for a transparent character between two words: the word joiner,
 *  which the reading text never holds otherwise (blankInvisibles made every one a space). */
export const JOINER = '\u2060';

/** Whether text[start, end) is all white space. */
function blank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (WHITE_SPACE[text.charCodeAt(k)] !== 1) return false;
  return true;
}

/**
 * `reading` with each run of transparent characters that stands between two characters of a line
 * (`仙居县<span>2024</span>年`) written as word joiners, for a reader that parts a line at its
 * spaces (a table aligned by spaces): such a run is no gap. Runs beside white space are spaces (markdown's
 * `**` around a heading line, a page number: written as spaces if they are not), so that a line's
 * indentation still trims. Same length, so offsets stay the source's.
 */
export function closeTransparentGaps(reading: string, transparent: Uint8Array | undefined): string {
  if (transparent === undefined) return reading;
  let out = '';
  let from = 0;
  for (let i = 0; i < reading.length; i++) {
    if (transparent[i] !== 1) continue;
    let j = i;
    while (j < reading.length && transparent[j] === 1) j++;
    const before = reading.charCodeAt(i - 1);
    const after = reading.charCodeAt(j);
    if (i > 0 && j < reading.length && WHITE_SPACE[before] !== 1 && WHITE_SPACE[after] !== 1) {
      out += reading.slice(from, i) + JOINER.repeat(j - i);
      from = j;
    } else if (!blank(reading, i, j)) {
      // Beside white space (markdown's ** around a line, a hidden page number): a space, as a tag is.
      out += reading.slice(from, i) + ' '.repeat(j - i);
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? reading : out + reading.slice(from);
}

/** reading[start, end) without the characters `transparent` flags: the line as a reader of whole
 *  lines should see it (`2024年` where a page wrote `<span>2024</span>年`). */
export function readableSlice(reading: string, start: number, end: number, transparent: Uint8Array | undefined): string {
  if (transparent === undefined || !transparent.subarray(start, end).includes(1)) return reading.slice(start, end);
  let out = '';
  for (let i = start; i < end; i++) if (transparent[i] !== 1) out += reading[i];
  return out;
}
