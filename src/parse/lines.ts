// Splits a text into physical lines, keeping every offset.

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character before the line break. */
  contentEnd: number;
  /** Offset of the next line (past the line break). */
  end: number;
  blank: boolean;
}

/** The characters a blank line may hold: JavaScript's \s plus the zero-width space and BOM, by
 *  UTF-16 code unit (a table, not a regex: every line of the text is tested). */
const BLANK_CHAR = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) BLANK_CHAR[c] = 1;
for (let c = 0x2000; c <= 0x200b; c++) BLANK_CHAR[c] = 1;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (BLANK_CHAR[text.charCodeAt(i)] !== 1) return false;
  return true;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
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
