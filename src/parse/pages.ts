// What a printed page adds to a PDF's text on every page: its number alone on a line and a running
// head or foot (the document's or the issuer's name), both at the page's edges. The furniture
// grammar knows the page numbers a 公文 prints (`— 1 —`, GB/T 9704 7.5); this module finds the
// others by where they stand: at a form feed (a page break in pdftotext's output), or, without
// form feeds, as numbers counting up one by one a page's length apart.
import type { LineFurniture } from '../blocks/furniture.js';
import type { FurnitureGrammar } from '../grammar/furniture.js';
import type { Line } from './lines.js';

/** A running head or foot is short: a name, not a sentence. */
const MAX_RUNNING_LINE = 40;

/** Without form feeds, page numbers stand at least this many text lines apart (a page's worth;
 *  the 序号 of a table flattened one cell per line counts up a row's few lines apart). */
const MIN_PAGE_LINES = 12;

/** Without form feeds, page numbers stand at most this many text lines apart. */
const MAX_PAGE_LINES = 80;

/** Without form feeds, this many numbers counting up one by one are a page count. */
const MIN_PAGE_RUN = 3;

/** A longer line holds more than a bare number (`- 123 -` with padding). */
const MAX_NUMBER_LINE = 12;

/** The non-blank lines next to page breaks (form feeds): the last line of each page (its foot) and
 *  the first of the next (its head). Lines and form feeds are each passed once. */
function pageEdges(text: string, lines: readonly Line[]): { feet: number[]; heads: number[] } {
  const feet: number[] = [];
  const heads: number[] = [];
  let i = 0;
  let lastFilled = -1;
  let nextFilled = 0;
  for (let ff = text.indexOf('\f'); ff >= 0; ff = text.indexOf('\f', ff + 1)) {
    for (; i < lines.length && (lines[i] as Line).end <= ff; i++) if (!(lines[i] as Line).blank) lastFilled = i;
    nextFilled = Math.max(nextFilled, i);
    while (nextFilled < lines.length && (lines[nextFilled] as Line).blank) nextFilled++;
    if (lastFilled >= 0 && feet[feet.length - 1] !== lastFilled) feet.push(lastFilled);
    if (nextFilled < lines.length && heads[heads.length - 1] !== nextFilled) heads.push(nextFilled);
  }
  return { feet, heads };
}

/** A line's text without form feeds and edge spaces. */
function content(text: string, line: Line): string {
  return text.slice(line.start, line.contentEnd).replace(/\f/gu, '').trim();
}

/**
 * Flags as `'page'` furniture, in `flags`, the lines a page printed: numbers and repeated lines at
 * page breaks, and numbers counting pages where the text has no form feeds. Lines the furniture
 * grammar flagged already (`— 3 —`) stay as they are.
 */
export function markPageLines(text: string, lines: readonly Line[], flags: LineFurniture[], grammar: FurnitureGrammar): void {
  const { feet, heads } = pageEdges(text, lines);
  if (feet.length === 0 && heads.length === 0) {
    markCountedPages(text, lines, flags, grammar.barePageNumber);
    return;
  }
  const repeated = new Map<string, number[]>();
  for (const edge of [feet, heads]) {
    const numbers: Array<{ i: number; n: number }> = [];
    for (const i of edge) {
      const c = content(text, lines[i] as Line);
      if (flags[i] || c === '' || c.length > MAX_RUNNING_LINE) continue;
      const m = grammar.barePageNumber.exec(c);
      if (m) numbers.push({ i, n: Number(m[1]) });
      else {
        // The same line at two page edges or more, digits aside (第2页), is a running head or foot.
        const key = c.replace(/\d+/gu, '#');
        const at = repeated.get(key);
        if (at) at.push(i);
        else repeated.set(key, [i]);
      }
    }
    // A number at the feet (or the heads) of pages is the page's when the one at the page before
    // or after counts on from it: a table's value cell that a page happened to end with does not.
    numbers.forEach(({ i, n }, k) => {
      if (numbers[k - 1]?.n === n - 1 || numbers[k + 1]?.n === n + 1) flags[i] = 'page';
    });
  }
  for (const at of repeated.values()) if (at.length >= 2) for (const i of at) flags[i] = 'page';
}

/**
 * Bare numbers counting up one by one (n, n+1, n+2 …), each a page's length after the last; other
 * numbers between them (a table's cells) do not break the count. One pass: each chain waits under
 * the number it expects next.
 */
function markCountedPages(text: string, lines: readonly Line[], flags: LineFurniture[], bareNumber: RegExp): void {
  const waiting = new Map<number, { at: number[]; last: number }>();
  const chains: Array<{ at: number[]; last: number }> = [];
  let filled = 0;
  lines.forEach((line, i) => {
    if (line.blank) return;
    filled++;
    if (flags[i] || line.contentEnd - line.start > MAX_NUMBER_LINE) return;
    const m = bareNumber.exec(text.slice(line.start, line.contentEnd));
    if (!m) return;
    const n = Number(m[1]);
    let chain = waiting.get(n);
    if (chain && filled - chain.last >= MIN_PAGE_LINES && filled - chain.last <= MAX_PAGE_LINES) {
      chain.at.push(i);
      chain.last = filled;
    } else {
      chain = { at: [i], last: filled };
      chains.push(chain);
    }
    waiting.delete(n);
    waiting.set(n + 1, chain);
  });
  for (const chain of chains) if (chain.at.length >= MIN_PAGE_RUN) for (const i of chain.at) flags[i] = 'page';
}
