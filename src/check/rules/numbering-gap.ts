import type { Rule } from '../types.js';
import { markerSpan } from '../walk.js';
import { describeOrdinals } from './ordinals.js';

export const numberingGap: Rule = {
  id: 'numbering/gap',
  severity: 'warning',
  description:
    'Numbering skips an ordinal: (二) is followed by (四), so (三) was lost when the text was copied, or the numbering is wrong. ' +
    'Numbering that runs on through the whole document (1..19 across 一、…五、) is a known style and is not a gap.',
  bad: '（一）加强疾病预防控制。\n（二）提升医疗服务能力。\n（四）加强人才队伍建设。',
  good: '（一）加强疾病预防控制。\n（二）提升医疗服务能力。\n（三）加强人才队伍建设。',
  check(context) {
    for (const issue of context.walks.numbering) {
      if (issue.kind !== 'gap') continue;
      const [start, end] = markerSpan(issue.section);
      const after = issue.previous ? ` after ${issue.previous.marker}` : '';
      context.report(`${issue.section.marker} comes${after} but ${describeOrdinals(issue.section, issue.missing)} missing`, start, end);
    }
  },
};
