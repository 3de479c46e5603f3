import type { Rule } from '../types.js';
import { markerSpan } from '../walk.js';

/** What may follow a title in a heading-only paragraph: spaces and closing punctuation. */
const REST = /^[\s\u00a0\u3000。.．;；:：,，、!！?？]*$/u;
/** A heading line ends without sentence punctuation ("（三）深入实施妇幼服务提升工程"). */
const SENTENCE_END = /[。;；!！?？…]\s*$/u;

export const outlineEmptySection: Rule = {
  id: 'outline/empty-section',
  severity: 'warning',
  description:
    'A heading with nothing under it: the next heading follows at once, so the section\'s text was lost or the heading is a stray line. ' +
    'A numbered item that is itself one complete sentence ("29. 推进农产品进医院食堂。") is not empty.',
  bad: '（二）切实履行各级推进委员会办公室职责\n（三）充分发挥监测考核的"指挥棒"作用\n36. 研究细化监测考核方案。',
  good: '（二）切实履行各级推进委员会办公室职责\n35. 研究确定年度工作重点，并协调推进落实。\n（三）充分发挥监测考核的"指挥棒"作用\n36. 研究细化监测考核方案。',
  check(context) {
    for (const { section } of context.walks.sections) {
      if (section.inline) continue;
      const [heading, ...rest] = section.children;
      if (!heading || heading.type !== 'paragraph') continue;
      if (rest.some((c) => c.type !== 'boilerplate')) continue;
      const text = heading.text;
      const at = text.indexOf(section.title);
      if (at < 0 || !REST.test(text.slice(at + section.title.length))) continue;
      if (SENTENCE_END.test(text)) continue;
      const [start, end] = markerSpan(section);
      context.report(`Section ${section.marker}${section.title} has no content under it`, start, Math.max(end, heading.position.start.offset + heading.value.trimEnd().length));
    }
  },
};
