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

/** How often `mark` occurs in `text` (where `counts` says so, when given), and its first `max` offsets. */
function firstPlaces(text: string, mark: string, max: number, counts?: (i: number) => boolean): { count: number; first: number[] } {
  const first: number[] = [];
  let count = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (counts && !counts(i)) continue;
    if (count < max) first.push(i);
    count++;
  }
  return { count, first };
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
      // Only the counts and the first `max` places of each form are kept: a common mark (，) occurs
      // millions of times in a large document, and only the rarer form's first places are reported.
      // The half-width form is the rare one in Chinese text: without it the full-width form need not be counted.
      const halves = firstPlaces(text, half, max, (i) => isHan(text.charCodeAt(i - 1)) || isHan(text.charCodeAt(i + 1)));
      if (halves.count === 0) continue;
      const fulls = firstPlaces(text, full, max);
      if (fulls.count === 0) continue;
      const [minority, majorityMark, minorityMark, majorityCount] =
        halves.count <= fulls.count ? [halves, full, half, fulls.count] : [fulls, half, full, halves.count];
      minority.first.forEach((offset, k) => {
        const more = k === max - 1 && minority.count > max ? ` (${minority.count - max} more not listed)` : '';
        context.report(`“${minorityMark}” here, but “${majorityMark}” is used ${majorityCount} times elsewhere${more}`, offset, offset + 1);
      });
    }
  },
};
