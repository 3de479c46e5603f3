// Repairs text damaged by PDF extraction and web copying for reading, while remembering where
// every kept character came from, so titles and indicators can still point at the source.

/** A repaired text and, for each of its UTF-16 code units, the source offset it came from. */
export interface CleanText {
  text: string;
  map: number[];
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/u;
const ASCII_WORD = /[A-Za-z0-9]/u;
/** A markdown / PDF bullet at the start of a physical line. */
const LINE_BULLET = /[ \t\u3000\u00a0]*[-*•·▪●][ \t\u3000\u00a0]+/uy;

/**
 * Cleans source[start, end): drops line breaks and stray spaces (a space survives only between
 * two ASCII letters or digits, as in "COVID 19"), bullets at the start of each line, and the
 * characters flagged in `markup` (markdown syntax, when the source is markdown).
 */
export function cleanSlice(source: string, start: number, end: number, markup?: Uint8Array): CleanText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  let lineStart = true;
  for (let i = start; i < end; i++) {
    if (lineStart) {
      LINE_BULLET.lastIndex = i;
      if (LINE_BULLET.test(source) && LINE_BULLET.lastIndex <= end) i = LINE_BULLET.lastIndex;
      lineStart = false;
      if (i >= end) break;
    }
    const ch = source[i] as string;
    if (markup && markup[i] === 1 && ch !== '\n' && ch !== '\r') continue;
    if (ch === '\n' || ch === '\r') {
      lineStart = true;
      pendingSpace = -1;
      continue;
    }
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && ASCII_WORD.test(ch) && ASCII_WORD.test(text[text.length - 1] ?? '')) {
      text += ' ';
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    map.push(i);
  }
  return { text, map };
}

/** Source offset of clean-text index `i` (one past the end maps past the last character). */
export function sourceOffset(clean: CleanText, i: number, fallback: number): number {
  if (i < clean.map.length) return clean.map[i] as number;
  const last = clean.map[clean.map.length - 1];
  return last === undefined ? fallback : last + 1;
}
