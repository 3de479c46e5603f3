// Where a markdown paragraph's lines are paragraphs of their own. CommonMark joins the lines of a
// paragraph over its soft line breaks, which is right for text wrapped at a fixed width. Many files
// saved as .md are not wrapped, though: they put one paragraph on each line with no blank line
// between (a web page or a Word file saved as markdown), and read as markdown the whole document
// would be one paragraph, its headings run into their bodies and its furniture into its text.
import type { OutlineGrammar } from '../grammar/outline.js';
import { leadingMatch } from '../outline/marker.js';
import { PIPE_ROW } from '../text/tags.js';
import { lineWidth } from './pdf.js';
import type { Line } from './lines.js';

/** How many ems short of the paragraph's widest line a wrapped line may stop (a number or an ASCII
 *  word that did not fit goes to the next line whole). */
const WRAP_SLACK = 3;
/** No one wraps text wider than this (in ems): a paragraph with a longer line is not wrapped. */
const MAX_WRAP = 100;

/** Emphasis marks in front of a line's text (`**（一）加强领导。**`): markup, not part of a marker. */
const EMPHASIS = /^[ \t]*[*_]{1,3}/u;

/**
 * The runs [first, last] (0-based line indexes, inclusive) the paragraph on lines[from..to] is made
 * of. A paragraph wrapped at a fixed width (every line but the last about as wide as the widest,
 * which is no wider than text is wrapped at) stays one run, split only before a line that starts
 * with a block marker (一、 （一） 1. 第X条: a heading or item whose line break the file kept). Any
 * other paragraph is one run per line, so a furniture line in it is a block of its own.
 */
export function paragraphRuns(
  source: string,
  lines: readonly Line[],
  from: number,
  to: number,
  grammar: OutlineGrammar,
): Array<[number, number]> {
  if (to <= from) return [[from, to]];
  // Width on the page (a CJK character a full em, ASCII half of one) and in characters: a tool wraps
  // by the one or by the other.
  const ems: number[] = [];
  const chars: number[] = [];
  // (Widest found by a loop: a paragraph of a million lines is too many arguments for Math.max.)
  let widestEms = 0;
  let widestChars = 0;
  for (let k = from; k <= to; k++) {
    const line = lines[k] as Line;
    const e = lineWidth(source, line.start, line.contentEnd);
    const c = source.slice(line.start, line.contentEnd).trim().length;
    ems.push(e);
    chars.push(c);
    widestEms = Math.max(widestEms, e);
    widestChars = Math.max(widestChars, c);
  }
  const full = (k: number): boolean => (ems[k] as number) >= widestEms - WRAP_SLACK || (chars[k] as number) >= widestChars - WRAP_SLACK;
  const wrapped = widestEms <= MAX_WRAP && ems.slice(0, -1).every((_, k) => full(k)) && !holdsTableRow(source, lines, from, to);
  const runs: Array<[number, number]> = [];
  let first = from;
  for (let k = from + 1; k <= to; k++) {
    if (!wrapped || startsItem(source, lines[k] as Line, grammar)) {
      runs.push([first, k - 1]);
      first = k;
    }
  }
  runs.push([first, to]);
  return runs;
}

/** Whether lines[from..to] hold a pipe-table row (PIPE_ROW; CommonMark without GFM reads a table as a
 *  paragraph): such a paragraph is no wrapped text. */
function holdsTableRow(source: string, lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const line = lines[k] as Line;
    if (source.charCodeAt(line.start) !== 0x7c && !/^[ \t]/u.test(source[line.start] ?? '')) continue;
    if (PIPE_ROW.test(source.slice(line.start, line.contentEnd))) return true;
  }
  return false;
}

/** Whether a line starts with a block marker followed by text (an inline 一是 is no item of its own). */
function startsItem(source: string, line: Line, grammar: OutlineGrammar): boolean {
  const raw = source.slice(line.start, line.contentEnd);
  const text = raw.replace(EMPHASIS, '');
  const match = leadingMatch(text, grammar);
  return match !== undefined && !match.scheme.inline && match.end < text.length;
}
