// Repairs text damaged by PDF extraction and web copying for reading, while remembering where
// every kept character came from, so titles and indicators can still point at the source.

/** A repaired text and, for each of its UTF-16 code units, the source offset it came from. */
export interface CleanText {
  text: string;
  map: Int32Array;
}

/** White space as JavaScript's \s sees it, plus the zero-width space and BOM, by UTF-16 code unit. */
const SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200b; c++) SPACE[c] = 1;

function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Markdown / PDF bullets at the start of a physical line: - * • · ▪ ●. */
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25cf;
}

/** Index past a bullet and its spaces at `i` (a line start), or `i` when there is none. */
function skipBullet(source: string, i: number, end: number): number {
  let j = i;
  while (j < end && isSpace(source.charCodeAt(j)) && source.charCodeAt(j) !== 10 && source.charCodeAt(j) !== 13) j++;
  if (j >= end || !isBullet(source.charCodeAt(j))) return i;
  let k = j + 1;
  const spaceStart = k;
  while (k < end && isSpace(source.charCodeAt(k)) && source.charCodeAt(k) !== 10 && source.charCodeAt(k) !== 13) k++;
  return k > spaceStart ? k : i;
}

/**
 * Cleans source[start, end): drops line breaks and stray spaces (a space survives only between
 * two ASCII letters or digits, as in "COVID 19"), bullets at the start of each line, and the
 * characters flagged in `markup` (markdown syntax, when the source is markdown).
 */
export function cleanSlice(source: string, start: number, end: number, markup?: Uint8Array): CleanText {
  return cleanSliceInto(source, start, end, new Int32Array(Math.max(0, end - start)), 0, markup);
}

/** cleanSlice with its offset map written into `buffer` from index `at` (end - start entries at most). */
export function cleanSliceInto(source: string, start: number, end: number, buffer: Int32Array, at: number, markup?: Uint8Array): CleanText {
  const { text, length } = clean(source, start, end, markup, buffer, at);
  return { text, map: buffer.subarray(at, at + length) };
}

/**
 * The text of cleanSlice without its offset map, for callers that only read or measure the text:
 * the map (4 bytes per character) would be allocated only to be thrown away.
 */
export function cleanText(source: string, start: number, end: number, markup?: Uint8Array): string {
  return clean(source, start, end, markup, null, 0).text;
}

/** The cleaning loop; records into `map` from index `at`, when given, the source offset of each kept code unit.
 *  Kept characters are taken a run at a time (one slice per run: most lines are one run). */
function clean(source: string, start: number, end: number, markup: Uint8Array | undefined, map: Int32Array | null, at: number): { text: string; length: number } {
  let text = '';
  let n = 0;
  let pendingSpace = -1;
  let lastKept = -1;
  let i = start < end ? skipBullet(source, start, end) : start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (SPACE[c] === 1) {
      if (c === 10 || c === 13) {
        pendingSpace = -1;
        i = skipBullet(source, i + 1, end);
      } else {
        if (pendingSpace < 0) pendingSpace = i;
        i++;
      }
      continue;
    }
    if (markup !== undefined && markup[i] === 1) {
      i++;
      continue;
    }
    if (pendingSpace >= 0 && isAsciiWord(c) && lastKept >= 0 && isAsciiWord(lastKept)) {
      text += ' ';
      if (map) map[at + n] = pendingSpace;
      n++;
    }
    pendingSpace = -1;
    const runStart = i;
    for (i++; i < end; i++) {
      if (SPACE[source.charCodeAt(i)] === 1 || (markup !== undefined && markup[i] === 1)) break;
    }
    text += source.slice(runStart, i);
    if (map) for (let k = runStart; k < i; k++) map[at + n++] = k;
    else n += i - runStart;
    lastKept = source.charCodeAt(i - 1);
  }
  return { text, length: n };
}

/** Source offset of clean-text index `i` (one past the end maps past the last character). */
export function sourceOffset(clean: CleanText, i: number, fallback: number): number {
  if (i < clean.map.length) return clean.map[i] as number;
  const last = clean.map[clean.map.length - 1];
  return last === undefined ? fallback : last + 1;
}
