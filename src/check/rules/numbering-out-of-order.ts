import type { Rule } from '../types.js';
import { markerSpan } from '../walk.js';

export const numberingOutOfOrder: Rule = {
  id: 'numbering/out-of-order',
  severity: 'warning',
  description:
    'A section is numbered lower than the one before it without restarting at 1 (三、 after 四、): sections were moved, or a number was mistyped.',
  bad: '一、总体要求\n三、主要任务\n二、保障措施',
  good: '一、总体要求\n二、主要任务\n三、保障措施',
  check(context) {
    for (const issue of context.walks.numbering) {
      if (issue.kind !== 'out-of-order') continue;
      const [start, end] = markerSpan(issue.section);
      const after = issue.previous ? ` after ${issue.previous.marker}` : '';
      context.report(`${issue.section.marker} is out of order: it comes${after}`, start, end);
    }
  },
};
