// Splits a text into physical lines, keeping every offset.
import { WHITE_SPACE } from '../text/breaks.js';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character before the line break. */
  contentEnd: number;
  /** Offset of the next line (past the line break). */
  end: number;
  blank: boolean;
}

/** A blank line holds only white space (JavaScript's \s, the BOM included) and zero-width spaces:
 *  tested by a table, not a regex, as every line of the text is. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (WHITE_SPACE[c] !== 1 && c !== 0x200b) return false;
  }
  return true;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most texts have no \r: jump from \n to \n instead of reading every character.
  if (!text.includes('\r')) {
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, contentEnd: i, end: i + 1, blank: isBlank(text, start, i) });
      start = i + 1;
    }
    if (start < text.length || lines.length === 0) lines.push({ start, contentEnd: text.length, end: text.length, blank: isBlank(text, start, text.length) });
    return lines;
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    let end = i;
    if (c === 13 && text.charCodeAt(i + 1) === 10) end = i + 2;
    else if (c !== -1) end = i + 1;
    if (c === -1 && start === text.length && lines.length > 0) break;
    lines.push({ start, contentEnd: i, end, blank: isBlank(text, start, i) });
    start = end;
    i = end - 1;
  }
  return lines;
}
