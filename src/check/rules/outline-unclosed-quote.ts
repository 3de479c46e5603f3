import type { Rule } from '../types.js';
import { leaves } from '../walk.js';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '〈': '〉' };
const CLOSERS = new Set(Object.values(PAIRS));
/** Code units of every quotation mark above and of ": the others need no look. */
const MARKS = new Uint8Array(0x10000);
for (const c of [...Object.keys(PAIRS), ...CLOSERS, '"']) MARKS[c.charCodeAt(0)] = 1;

/** Offsets (into `value`) of quotation marks opened and never closed. */
export function unclosedQuotes(value: string): number[] {
  const stack: Array<{ open: string; at: number }> = [];
  let ascii = -1;
  for (let i = 0; i < value.length; i++) {
    if (MARKS[value.charCodeAt(i)] === 0) continue;
    const ch = value[i] as string;
    if (ch === '"') {
      ascii = ascii < 0 ? i : -1;
    } else if (PAIRS[ch]) {
      stack.push({ open: ch, at: i });
    } else if (CLOSERS.has(ch)) {
      // Close the nearest matching opener; openers above it were left open.
      const k = stack.findLastIndex((s) => PAIRS[s.open] === ch);
      if (k >= 0) stack.splice(k, 1);
    }
  }
  const out = stack.map((s) => s.at);
  if (ascii >= 0) out.push(ascii);
  return out.sort((a, b) => a - b);
}

export const outlineUnclosedQuote: Rule = {
  id: 'outline/unclosed-quote',
  severity: 'warning',
  description:
    'A quotation mark or title mark (“ 《 「 『 or ") is opened in a paragraph and never closed, so a quoted name runs on into the text after it; ' +
    'usually the closing mark was lost when the text was copied.',
  bad: '建设社区家庭医生“1+1+1电子签约系统和重点人群过程管理信息支撑系统。',
  good: '建设社区家庭医生“1+1+1”电子签约系统和重点人群过程管理信息支撑系统。',
  check(context) {
    for (const { leaf } of leaves(context.tree.children)) {
      if (leaf.type !== 'paragraph') continue;
      for (const at of unclosedQuotes(leaf.value)) {
        const start = leaf.position.start.offset + at;
        const mark = leaf.value[at] as string;
        const snippet = leaf.value.slice(at, at + 12).replace(/\s+/gu, ' ');
        context.report(`${mark} is never closed: ${snippet}…`, start, start + 1);
      }
    }
  },
};
