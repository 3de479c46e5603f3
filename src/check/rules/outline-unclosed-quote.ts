import type { Rule } from '../types.js';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '〈': '〉' };
const QUOTE = 0x22;
/** By UTF-16 code unit: for an opener, its closer; for a closer, itself; for ", itself; 0 otherwise. */
const MARKS = new Uint16Array(0x10000);
/** By UTF-16 code unit: 1 for an opener. */
const OPENS = new Uint8Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) {
  MARKS[open.charCodeAt(0)] = close.charCodeAt(0);
  MARKS[close.charCodeAt(0)] = close.charCodeAt(0);
  OPENS[open.charCodeAt(0)] = 1;
}
MARKS[QUOTE] = QUOTE;

/**
 * Offsets (into `value`) of quotation marks opened and never closed. A closer closes the nearest
 * opener of its kind, which is the top of that kind's stack: kept per kind, no closer walks past
 * openers of other kinds (a run of 《 then a run of ” would make that quadratic).
 */
export function unclosedQuotes(value: string): number[] {
  // The openers still open, by the closer they wait for.
  let open: Map<number, number[]> | undefined;
  let ascii = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const mark = MARKS[code] as number;
    if (mark === 0) continue;
    if (code === QUOTE) {
      ascii = ascii < 0 ? i : -1;
    } else if (OPENS[code] === 1) {
      open ??= new Map();
      const stack = open.get(mark);
      if (stack) stack.push(i);
      else open.set(mark, [i]);
    } else {
      open?.get(code)?.pop();
    }
  }
  const at: number[] = [];
  if (open) for (const stack of open.values()) for (const i of stack) at.push(i);
  if (ascii >= 0) at.push(ascii);
  return at.sort((a, b) => a - b);
}

/** Characters of a title's line after the mark it leaves open, and of the next line before the closer: a line of a title is short. */
const TITLE_LINE = 40;

/**
 * Whether the mark opened at value[at] is closed on the next paragraph: a title set over two lines or more (GB/T 9704 §7.3.3.1)
 * breaks inside the name it cites (关于印发《某县2026年乡村振兴 | 重点工作》的通知), so the mark opened near the end of one line is
 * closed near the start of the next, before any opener of its kind.
 */
function closedOnNextLine(value: string, at: number, next: string | undefined): boolean {
  if (next === undefined || value.length - at > TITLE_LINE) return false;
  const opener = value.charCodeAt(at);
  const closer = MARKS[opener] as number;
  if (OPENS[opener] !== 1) return false;
  for (let i = 0; i < Math.min(next.length, TITLE_LINE); i++) {
    const code = next.charCodeAt(i);
    if (code === closer) return true;
    if (code === opener) return false;
  }
  return false;
}

export const outlineUnclosedQuote: Rule = {
  id: 'outline/unclosed-quote',
  severity: 'warning',
  description:
    'A quotation mark or title mark (“ 《 「 『 or ") is opened in a paragraph and never closed, so a quoted name runs on into the text after it; ' +
    'usually the closing mark was lost when the text was copied. ' +
    'Reported once per paragraph and kind of mark, at the first left open: it runs on over the rest, later openers of its kind included. ' +
    'A mark a title line leaves open and the next line closes is a title set over two lines, not reported.',
  bad: '建设社区家庭医生“1+1+1电子签约系统和重点人群过程管理信息支撑系统。',
  good: '建设社区家庭医生“1+1+1”电子签约系统和重点人群过程管理信息支撑系统。',
  check(context) {
    const paragraphs = context.walks.leaves.filter(({ leaf }) => leaf.type === 'paragraph');
    for (const [k, { leaf }] of paragraphs.entries()) {
      const next = paragraphs[k + 1]?.leaf.value;
      // The first opener of a kind left open runs on over the rest of the paragraph, later ones of
      // that kind included (which of them a closer was lost after cannot be told): one fault, one report.
      let reported: Set<string> | undefined;
      for (const at of unclosedQuotes(leaf.value)) {
        const mark = leaf.value[at] as string;
        if (reported?.has(mark) || closedOnNextLine(leaf.value, at, next)) continue;
        (reported ??= new Set()).add(mark);
        const start = leaf.position.start.offset + at;
        const snippet = leaf.value.slice(at, at + 12).replace(/\s+/gu, ' ');
        context.report(`${mark} is never closed: ${snippet}…`, start, start + 1);
      }
    }
  },
};
