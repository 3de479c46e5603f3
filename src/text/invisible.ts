// Characters that show nothing and mean nothing in a plan's text: zero-width spaces and joiners,
// direction marks, the word joiner, a byte-order mark left inside the text (pasted pieces of web
// pages and Word files carry them), the soft hyphen. Read as plain spaces, one for one, so they end
// no line's punctuation (a line ending 。 then U+200B still ends a sentence) and keep the offsets.

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/u;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/gu;

/** `text` with its invisible characters as spaces; `text` itself when it has none. */
export function blankInvisibles(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, ' ') : text;
}
