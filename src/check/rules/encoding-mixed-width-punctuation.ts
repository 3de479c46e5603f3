import type { Rule } from '../types.js';

/** Half-width and full-width forms of the same mark. */
const PAIRS: Array<[string, string]> = [
  [',', '，'],
  [':', '：'],
  [';', '；'],
  ['?', '？'],
  ['!', '！'],
  ['(', '（'],
  [')', '）'],
];

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export const encodingMixedWidthPunctuation: Rule = {
  id: 'encoding/mixed-width-punctuation',
  // Info: the text reads the same; a mix usually means parts of the document came from different
  // sources (a web page and a PDF) or were retyped, which is worth knowing, not worth failing for.
  severity: 'info',
  description:
    'Chinese text uses both the half-width and the full-width form of the same punctuation mark (, and ，): parts of the document ' +
    'were copied from different sources or retyped. Reported where the less common form is used; a document that uses one form throughout is fine.',
  bad: '加强组织领导，明确责任分工,确保各项任务落实。',
  good: '加强组织领导，明确责任分工，确保各项任务落实。',
  options: {
    maxPerMark: { type: 'integer', default: 5, minimum: 1, description: 'At most this many places are reported per punctuation mark; the last one says how many more there are.' },
  },
  check(context) {
    const { text } = context;
    const max = context.options.maxPerMark as number;
    for (const [half, full] of PAIRS) {
      const at: Record<string, number[]> = { [half]: [], [full]: [] };
      for (let i = text.indexOf(half); i >= 0; i = text.indexOf(half, i + 1)) {
        if (isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1))) (at[half] as number[]).push(i);
      }
      for (let i = text.indexOf(full); i >= 0; i = text.indexOf(full, i + 1)) (at[full] as number[]).push(i);
      const halves = at[half] as number[];
      const fulls = at[full] as number[];
      if (halves.length === 0 || fulls.length === 0) continue;
      const [minority, majorityMark, minorityMark, majorityCount] =
        halves.length <= fulls.length ? [halves, full, half, fulls.length] : [fulls, half, full, halves.length];
      minority.slice(0, max).forEach((offset, k) => {
        const more = k === max - 1 && minority.length > max ? ` (${minority.length - max} more not listed)` : '';
        context.report(`“${minorityMark}” here, but “${majorityMark}” is used ${majorityCount} times elsewhere${more}`, offset, offset + 1);
      });
    }
  },
};
