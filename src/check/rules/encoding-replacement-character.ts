import type { Rule } from '../types.js';
import { runsOf } from '../walk.js';

/** At most this many places are reported one by one; the rest are counted in the last message. */
const MAX_REPORTS = 20;

export const encodingReplacementCharacter: Rule = {
  id: 'encoding/replacement-character',
  severity: 'warning',
  description:
    'The text holds U+FFFD replacement characters (�): bytes that were not valid in the file\'s encoding were replaced, so characters are lost. ' +
    'Usually the file was converted with the wrong encoding somewhere before it was collected.',
  bad: '婴儿死亡率下降到4��以下。',
  good: '婴儿死亡率下降到4‰以下。',
  check(context) {
    // Almost every text has none: one native search answers that.
    if (!context.text.includes('\ufffd')) return;
    const runs = runsOf(context.text, '\ufffd');
    runs.slice(0, MAX_REPORTS).forEach(([start, end], k) => {
      const more = k === MAX_REPORTS - 1 && runs.length > MAX_REPORTS ? ` (and ${runs.length - MAX_REPORTS} more places not listed)` : '';
      const n = end - start;
      context.report(`${n} replacement character${n > 1 ? 's' : ''} (U+FFFD): text was lost in decoding${more}`, start, end);
    });
  },
};
