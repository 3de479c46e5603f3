// Whether a text ends a sentence: a full stop, question or exclamation mark, semicolon, colon or
// ellipsis, then any closing quotes or brackets (and, when allowed, spaces).
//
// Read backwards from the end rather than by a regex anchored at `$`: such a regex is tried at
// every position of the text, and every line and paragraph of a document is tested.

import { WHITE_SPACE } from './breaks.js';

const STOP = new Set([...'。！？；：!?;:…'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”’"\'」』)）'].map((c) => c.charCodeAt(0)));

/** The regex /[。！？；：!?;:…][”’"'」』)）]*$/u (with `trailingSpace`: then [\s\u00a0\u3000]*). */
export function endsSentence(text: string, trailingSpace = false): boolean {
  let i = text.length - 1;
  if (trailingSpace) while (i >= 0 && WHITE_SPACE[text.charCodeAt(i)] === 1) i--;
  while (i >= 0 && CLOSING.has(text.charCodeAt(i))) i--;
  return i >= 0 && STOP.has(text.charCodeAt(i));
}
