// Nesting that remark-parse cannot take. Its time grows with the square of the nesting (a
// 1,000-deep list, or 20,000 `*` around a word, take half a minute) and its recursion overflows
// the main thread's stack sooner than a worker's, so such a file would give a different result in
// a batch than alone. One linear pass over the lines finds the first place where the nesting goes
// past a limit no real document comes near; the markdown parser then reads the file as plain text
// and says so (parse/too-deep), the same way in every thread.
import type { Line } from './lines.js';

/** Containers (block quotes, list items) open on one line, estimated from its prefix. */
export const MAX_CONTAINER_DEPTH = 32;
/** Emphasis delimiters (`*`, `_`) or brackets (`[`, `![`) open and not yet closed in one paragraph. */
export const MAX_INLINE_OPEN = 64;

export interface TooDeep {
  /** Where the limit is passed. */
  offset: number;
  message: string;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || Number.isNaN(c) || c === 10 || c === 13;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const isPunctuation = (text: string, i: number): boolean => i >= 0 && i < text.length && PUNCTUATION.test(text.charAt(i));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * An upper estimate of the containers open on a line: the block quote and list markers in its
 * prefix, plus one per four columns of indentation (a nested list item is indented by at least
 * two). Returns the estimate and where the prefix ends.
 */
function containerDepth(text: string, line: Line): { depth: number; end: number } {
  let i = line.start;
  let markers = 0;
  let columns = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    while (i < line.contentEnd && (c === 32 || c === 9)) {
      columns += c === 9 ? 4 : 1;
      c = text.charCodeAt(++i);
    }
    if (i >= line.contentEnd) break;
    let next = i + 1;
    if (c === 62 /* > */) {
      markers++;
      i = next;
      continue;
    }
    if (isDigit(c)) {
      while (next < line.contentEnd && next - i < 9 && isDigit(text.charCodeAt(next))) next++;
      const d = text.charCodeAt(next);
      if (d !== 46 /* . */ && d !== 41 /* ) */) break;
      next++;
    } else if (c !== 45 /* - */ && c !== 42 /* * */ && c !== 43 /* + */) break;
    if (next < line.contentEnd && !isSpace(text.charCodeAt(next))) break;
    markers++;
    i = next;
  }
  return { depth: markers + Math.floor(columns / 4), end: i };
}

/** Inline nesting still open in the current paragraph. */
interface InlineState {
  emphasis: number;
  brackets: number;
}

/**
 * Scans text[start, end) for emphasis delimiter runs (CommonMark's flanking rules decide whether a
 * run opens or closes) and brackets; returns the offset where MAX_INLINE_OPEN is passed, or -1.
 */
function scanInline(text: string, start: number, end: number, state: InlineState): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
    } else if (c === 91 /* [ */) {
      if (++state.brackets > MAX_INLINE_OPEN) return i;
    } else if (c === 93 /* ] */) {
      state.brackets = Math.max(0, state.brackets - 1);
    } else if (c === 42 /* * */ || c === 95 /* _ */) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      const beforeSpace = i === start || isSpace(text.charCodeAt(i - 1));
      const afterSpace = j >= end || isSpace(text.charCodeAt(j));
      const beforePunct = isPunctuation(text, i - 1);
      const afterPunct = isPunctuation(text, j);
      const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
      const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
      const opens = c === 42 ? left : left && (!right || beforePunct);
      const closes = c === 42 ? right : right && (!left || afterPunct);
      const length = j - i;
      if (closes && state.emphasis > 0) state.emphasis = Math.max(0, state.emphasis - length);
      else if (opens && (state.emphasis += length) > MAX_INLINE_OPEN) return i;
      i = j - 1;
    }
  }
  return -1;
}

/** The first place where `text` is nested too deeply for remark-parse, or null. */
export function findTooDeep(text: string, lines: readonly Line[]): TooDeep | null {
  const state: InlineState = { emphasis: 0, brackets: 0 };
  for (const [n, line] of lines.entries()) {
    if (line.blank) {
      state.emphasis = 0;
      state.brackets = 0;
      continue;
    }
    const { depth, end } = containerDepth(text, line);
    if (depth > MAX_CONTAINER_DEPTH) {
      return { offset: line.start, message: `line ${n + 1} nests block quotes, list items and indentation more than ${MAX_CONTAINER_DEPTH} deep` };
    }
    const at = scanInline(text, end, line.contentEnd, state);
    if (at >= 0) {
      return { offset: at, message: `more than ${MAX_INLINE_OPEN} emphasis marks or brackets open at once on line ${n + 1}` };
    }
  }
  return null;
}
