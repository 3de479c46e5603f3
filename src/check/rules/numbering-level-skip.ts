import type { Section } from '../../schema.js';
import type { Rule } from '../types.js';
import { markerSpan } from '../walk.js';

/** GB/T 9704-2012 levels of an official document's headings, highest first. */
export const GBT9704_LADDER = ['hanzi-comma', 'paren-hanzi', 'arabic-dot', 'paren-arabic'] as const;
const EXAMPLE: Record<string, string> = { 'hanzi-comma': '一、', 'paren-hanzi': '(一)', 'arabic-dot': '1.', 'paren-arabic': '(1)' };

export const numberingLevelSkip: Rule = {
  id: 'numbering/level-skip',
  // Info, not warning: 一、 followed directly by 1. (no (一) level) is common in work plans and
  // loses nothing; it is worth knowing when comparing documents, not worth failing CI for.
  severity: 'info',
  description:
    'Headings skip a GB/T 9704 level (一、 → (一) → 1. → (1)): 1. items come straight under 一、 with no (一) between. ' +
    'Common in annual work plans and harmless, so it is reported once per document as info.',
  bad: '一、坚持党的领导\n1. 坚持党建引领把关定向。',
  good: '一、坚持党的领导\n（一）坚持党建引领把关定向。',
  check(context) {
    const seen = new Map<string, { first: Section; parent: Section; count: number }>();
    for (const { section, parent } of context.walks.sections) {
      if (!parent || section.inline || parent.inline) continue;
      const i = (GBT9704_LADDER as readonly string[]).indexOf(parent.scheme);
      const j = (GBT9704_LADDER as readonly string[]).indexOf(section.scheme);
      if (i < 0 || j <= i + 1) continue;
      const key = `${parent.scheme}>${section.scheme}`;
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { first: section, parent, count: 1 });
    }
    for (const { first, parent, count } of seen.values()) {
      const i = (GBT9704_LADDER as readonly string[]).indexOf(parent.scheme);
      const j = (GBT9704_LADDER as readonly string[]).indexOf(first.scheme);
      const skipped = GBT9704_LADDER.slice(i + 1, j).map((s) => EXAMPLE[s]).join(' and ');
      const times = count > 1 ? ` (${count} sections in this document)` : '';
      const [start, end] = markerSpan(first);
      context.report(`${first.marker} comes straight under ${parent.marker} with no ${skipped} level between${times}`, start, end);
    }
  },
};
