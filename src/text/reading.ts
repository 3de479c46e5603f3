// The text every stage reads, made from the decoded text without moving any character: HTML tags
// as white space, HTML character references read (each padded to its length), numerals and Latin
// letters in one width, invisible characters (zero-width spaces, a stray byte-order mark) as spaces.
import { narrowNumerals } from '../numbers/index.js';
import { blankInvisibles } from './invisible.js';
import { narrowLetters } from './letters.js';
import { readReferences } from './references.js';
import { readTags } from './tags.js';

/** The reading form of `text`: as long as `text`, so every offset into it is one into `text`. */
export function readingText(text: string): string {
  return blankInvisibles(narrowLetters(narrowNumerals(readReferences(readTags(text)))));
}
