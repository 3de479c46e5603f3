import type { Rule } from '../types.js';
import { markerSpan } from '../walk.js';

export const numberingDuplicate: Rule = {
  id: 'numbering/duplicate',
  severity: 'warning',
  description:
    'Two sections under the same parent carry the same number, so one of them is misnumbered (or text was pasted twice). ' +
    'Readers and tools that cite "(三)" cannot tell which one is meant.',
  bad: '七、持续推进能力提升\n（三）深入实施妇幼服务提升工程\n（三）强化药具发放管理\n（四）深入实施中医振兴提升工程',
  good: '七、持续推进能力提升\n（三）深入实施妇幼服务提升工程\n（四）强化药具发放管理\n（五）深入实施中医振兴提升工程',
  check(context) {
    for (const issue of context.walks.numbering) {
      if (issue.kind !== 'duplicate') continue;
      const [start, end] = markerSpan(issue.section);
      const first = issue.previous ? ` (line ${issue.previous.position.start.line} has ${issue.previous.marker} too)` : '';
      context.report(`Duplicate number ${issue.section.marker}${first}`, start, end);
    }
  },
};
