// Repairs text damaged by PDF extraction and web copying for reading, while remembering where
// every kept character came from, so titles and indicators can still point at the source.

/**
 * A repaired text and where each of its UTF-16 code units came from in the source, as runs: the
 * code units of a run come from consecutive source offsets, and two runs never continue each
 * other (between them the cleaning dropped something). `runs` is a number when the whole text is
 * one run (most cleaned lines are): the source offset of its first code unit. Otherwise
 * `runs[2k]` is the text index at which run k starts and `runs[2k + 1]` the source offset of that
 * code unit. This takes a number or a few where a map by code unit took 4 bytes per character.
 */
export interface CleanText {
  text: string;
  runs: number | readonly number[];
  /** Source offset at which the cleaned range ends. */
  end: number;
  /** Text indices where a run starts after nothing but characters the reading text made
   *  transparent (an HTML tag, a character reference's padding, a zero-width space): no white
   *  space was dropped there, the words touch in the source as the reader sees it. */
  seams?: readonly number[];
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

/** White space inside a line: not a line end, nor a form feed (which starts a page, a line of its own: stopping there
 *  keeps a run of form feeds linear, each looked at once). */
function isLineSpace(c: number): boolean {
  return isSpace(c) && c !== 10 && c !== 13 && c !== 12;
}

/** Index past a bullet and its spaces at `i` (a line start), or `i` when there is none. */
function skipBullet(source: string, i: number, end: number): number {
  let j = i;
  while (j < end && isLineSpace(source.charCodeAt(j))) j++;
  if (j >= end || !isBullet(source.charCodeAt(j))) return i;
  let k = j + 1;
  const spaceStart = k;
  while (k < end && isLineSpace(source.charCodeAt(k))) k++;
  return k > spaceStart ? k : i;
}

/**
 * Cleans source[start, end): drops line breaks and stray spaces (a space survives only between
 * two ASCII letters or digits, as in "COVID 19"), bullets at the start of each line, and the
 * characters flagged in `markup` (markdown syntax, when the source is markdown).
 */
export function cleanSlice(source: string, start: number, end: number, markup?: Uint8Array, transparent?: Uint8Array): CleanText {
  scratchRuns.length = 0;
  scratchSeams.length = 0;
  const text = clean(source, start, end, markup, scratchRuns, transparent);
  // An array grown by push keeps room for 16 more numbers: several runs are copied at their size.
  const runs = scratchRuns.length === 2 ? (scratchRuns[1] as number) : scratchRuns.slice();
  return scratchSeams.length === 0 ? { text, runs, end } : { text, runs, end, seams: scratchSeams.slice() };
}

/** The runs and seams of the text being cleaned (cleaning never nests). */
const scratchRuns: number[] = [];
const scratchSeams: number[] = [];

/**
 * The text of cleanSlice without its runs, for callers that only read or measure the text.
 */
export function cleanText(source: string, start: number, end: number, markup?: Uint8Array, transparent?: Uint8Array): string {
  return clean(source, start, end, markup, null, transparent);
}

/** Records in `runs` that text index `at` onwards comes from source offset `from` onwards. */
function addRun(runs: number[], at: number, from: number): void {
  const k = runs.length - 2;
  // The run before goes on at `from`: one run, not two.
  if (k >= 0 && (runs[k + 1] as number) + (at - (runs[k] as number)) === from) return;
  runs.push(at, from);
}

/** The cleaning loop; records into `runs`, when given, where the kept code units came from, and
 *  into scratchSeams where only `transparent` characters were left out between two kept ones.
 *  Kept characters are taken a run at a time (one slice per run: most lines are one run). */
function clean(source: string, start: number, end: number, markup: Uint8Array | undefined, runs: number[] | null, transparent?: Uint8Array): string {
  let text = '';
  let pendingSpace = -1;
  let lastKept = -1;
  // What was left out since the last kept character: nothing, only transparent characters, or more.
  let skipped: 0 | 1 | 2 = 0;
  let i = start < end ? skipBullet(source, start, end) : start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (transparent !== undefined && transparent[i] === 1) {
      if (skipped === 0) skipped = 1;
      i++;
      continue;
    }
    if (SPACE[c] === 1) {
      skipped = 2;
      // A form feed starts a page: a line break, not a space between the words it parts.
      if (c === 10 || c === 13 || c === 12) {
        pendingSpace = -1;
        i = skipBullet(source, i + 1, end);
      } else {
        if (pendingSpace < 0) pendingSpace = i;
        i++;
      }
      continue;
    }
    if (markup !== undefined && markup[i] === 1) {
      skipped = 2;
      i++;
      continue;
    }
    if (pendingSpace >= 0 && isAsciiWord(c) && lastKept >= 0 && isAsciiWord(lastKept)) {
      if (runs) addRun(runs, text.length, pendingSpace);
      text += ' ';
    }
    pendingSpace = -1;
    const runStart = i;
    for (i++; i < end; i++) {
      if (SPACE[source.charCodeAt(i)] === 1 || (markup !== undefined && markup[i] === 1)) break;
    }
    if (runs && skipped === 1 && lastKept >= 0) scratchSeams.push(text.length);
    skipped = 0;
    if (runs) addRun(runs, text.length, runStart);
    text += source.slice(runStart, i);
    lastKept = source.charCodeAt(i - 1);
  }
  return text;
}

/** The runs of `clean` as pairs (text index, source offset). */
function runPairs(clean: CleanText): readonly number[] {
  return typeof clean.runs === 'number' ? [0, clean.runs] : clean.runs;
}

/** The run that holds text index `i` (0 <= i < text length), as an index into runs. */
function runAt(runs: readonly number[], i: number): number {
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[2 * mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return 2 * lo;
}

/** Source offset of the code unit at text index `i` (0 <= i < text length). */
export function offsetAt(clean: CleanText, i: number): number {
  const { runs } = clean;
  if (typeof runs === 'number') return runs + i;
  const k = runAt(runs, i);
  return (runs[k + 1] as number) + i - (runs[k] as number);
}

/** Source offset of clean-text index `i` (one past the end maps past the last character). */
export function sourceOffset(clean: CleanText, i: number, fallback: number): number {
  const n = clean.text.length;
  if (i < n) return offsetAt(clean, i);
  return n === 0 ? fallback : offsetAt(clean, n - 1) + 1;
}

/** Whether the cleaning dropped something (white space, a line break) right before text index `i`. */
export function droppedBefore(clean: CleanText, i: number): boolean {
  const { runs } = clean;
  if (typeof runs === 'number' || i <= 0 || i >= clean.text.length) return false;
  // Runs never continue each other: a run start is a gap in the source offsets, unless only
  // transparent characters (a tag, a reference's padding) were left out there.
  return runs[runAt(runs, i)] === i && !(clean.seams?.includes(i) ?? false);
}

/** The text index of the first kept code unit at or after source offset `offset` (the text length when none is). */
export function indexAt(clean: CleanText, offset: number): number {
  const runs = runPairs(clean);
  // The last run starting at or before `offset` in the source (offsets ascend with the runs).
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  if (hi < 0 || (runs[1] as number) >= offset) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[2 * mid + 1] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const runEnd = 2 * lo + 2 < runs.length ? (runs[2 * lo + 2] as number) : clean.text.length;
  return Math.min((runs[2 * lo] as number) + offset - (runs[2 * lo + 1] as number), runEnd);
}
