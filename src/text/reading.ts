// The text every stage reads, made from the decoded text without moving any character: numerals in
// one width, HTML character references read (each padded to its length).
import { narrowNumerals } from '../numbers/index.js';
import { readReferences } from './references.js';

/** The reading form of `text`: as long as `text`, so every offset into it is one into `text`. */
export function readingText(text: string): string {
  return narrowNumerals(readReferences(text));
}
