// Whether a text ends a sentence: a full stop, question or exclamation mark, semicolon, colon or
// ellipsis, then any closing quotes or brackets (and, when allowed, spaces).
//
// Read backwards from the end rather than by a regex anchored at `$`: such a regex is tried at
// every position of the text, and every line and paragraph of a document is tested.

import { WHITE_SPACE } from './breaks.js';
import { han } from './han.js';

const STOP = new Set([...'。！？；：!?;:…'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'”’"\'」』)）'].map((c) => c.charCodeAt(0)));

const OPEN_PAREN = new Set([...'(（'].map((c) => c.charCodeAt(0)));
const CLOSE_PAREN = new Set([...')）'].map((c) => c.charCodeAt(0)));
/** A remark in brackets after a sentence is at most this long (（牵头单位：市发展改革局；责任单位：…）). */
const MAX_REMARK = 80;

/**
 * The regex /[。！？；：!?;:…][”’"'」』)）]*$/u (with `trailingSpace`: then [\s\u00a0\u3000]*); also a
 * sentence closed before a remark in brackets (…任务。（牵头单位：市农业农村局）): task lists and 分工方案
 * note who leads each item so, after its full stop.
 */
export function endsSentence(text: string, trailingSpace = false): boolean {
  let i = text.length - 1;
  if (trailingSpace) while (i >= 0 && WHITE_SPACE[text.charCodeAt(i)] === 1) i--;
  const end = i;
  while (i >= 0 && CLOSING.has(text.charCodeAt(i))) i--;
  if (i >= 0 && (STOP.has(text.charCodeAt(i)) || periodEndsSentence(text, i))) return true;
  return CLOSE_PAREN.has(text.charCodeAt(end)) && closedBeforeRemark(text, end);
}

/** Whether the bracketed remark that ends at text[end] follows a full stop (or ！？). */
function closedBeforeRemark(text: string, end: number): boolean {
  for (let k = end - 1; k >= 0 && k >= end - MAX_REMARK; k--) {
    const c = text.charCodeAt(k);
    if (CLOSE_PAREN.has(c)) return false;
    if (!OPEN_PAREN.has(c)) continue;
    const before = text[k - 1];
    return before === '。' || before === '！' || before === '？';
  }
  return false;
}

/** A word's last character before a period typed as a full stop: a Han character, or a unit sign or bracket closing a value. */
const BEFORE_PERIOD_STOP = han(/[\p{Script=Han}%％‰)）”》]/u);
/** What follows a period that is no full stop: a digit (a decimal point, the 1. of a marker), a Latin letter (方案.doc, a URL), a period. */
const AFTER_OTHER_PERIOD = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．]/u;

/**
 * Whether the character at text[i] is a period (. or ．) typed for the full stop 。, as text typed with the input method in
 * half-width mode has it (…组建医疗集团3个.力争…): it closes a word, and no digit, letter or other period follows.
 */
export function periodEndsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 0x2e || c === 0xff0e) && i > 0 && BEFORE_PERIOD_STOP.test(text[i - 1] as string) && !AFTER_OTHER_PERIOD.test(text[i + 1] ?? '');
}
