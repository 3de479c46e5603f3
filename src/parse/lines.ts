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

const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/u;

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
    lines.push({ start, contentEnd: i, end, blank: BLANK.test(text.slice(start, i)) });
    start = end;
    i = end - 1;
  }
  return lines;
}
