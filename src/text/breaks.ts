// Lines of a text by a loop over its characters: the split of /\r\n|\r|\n|$/gu (a line ends at
// \r\n, a lone \r or \n; the last line runs to the end, empty when the text ends with a break),
// without a regex tried at every position (the `$` alternative defeats its first-character scan).

/** Calls `visit(start, end, index)` for each line [start, end) of `text` in order. */
export function eachLine(text: string, visit: (start: number, end: number, index: number) => void): void {
  let start = 0;
  let index = 0;
  // Most texts have no \r: jump from \n to \n instead of reading every character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      visit(start, i, index++);
      start = i + 1;
    }
    visit(start, text.length, index);
    return;
  }
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      visit(start, i, index++);
      if (c === -1) return;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
}

/** White space as JavaScript's \s sees it (the set String.prototype.trim drops), by UTF-16 code unit. */
export const WHITE_SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) WHITE_SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) WHITE_SPACE[c] = 1;

/** Whether text[start, end) holds anything but white space (`text.slice(start, end).trim() !== ''`). */
export function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WHITE_SPACE[text.charCodeAt(i)] !== 1) return true;
  return false;
}
