// Headings written `label, body` or `label body` (资金来源，市局每年安排…): the title is the label,
// when the siblings show the pattern — their titles are short labels too (实施时间、工作要求).
// Decided by structure, not by a list of label words.
import type { PlanChild, Section } from '../schema.js';
import type { CleanText } from '../text/clean.js';
import { gapBefore } from './candidates.js';

/** A label is a short noun phrase: 资金来源, 实施范围, 工作目标. */
const MAX_LABEL = 6;
/** At least this many siblings are short labels for the pattern to be the document's style. */
const MIN_LABEL_SIBLINGS = 2;

/**
 * Length of the label that starts `title` (found at clean.text[at]): text up to the first comma or
 * lost white space, when short and followed by more text; undefined when there is none.
 */
export function labelLength(clean: CleanText, at: number, title: string): number | undefined {
  for (let j = 2; j <= Math.min(MAX_LABEL, title.length - 2); j++) {
    const c = title[j];
    if (c === ',' || c === '，' || gapBefore(clean, at + j)) return j;
  }
  return undefined;
}

/** Cuts `label, body` titles to the label in each group of siblings that are short labels. */
export function cutLabels(nodes: readonly PlanChild[], labels: ReadonlyMap<Section, number>): void {
  // Only labelled sections are cut: a document without any is left as it is, unwalked.
  if (labels.size === 0) return;
  const sections = nodes.filter((n): n is Section => n.type === 'section' && !n.inline);
  // Siblings none of which is labelled need no groups.
  if (sections.some((s) => labels.has(s))) cutGroups(sections, labels);
  for (const s of sections) cutLabels(s.children, labels);
}

/** Cuts the labelled titles among one container's sections, sibling groups by scheme. */
function cutGroups(sections: readonly Section[], labels: ReadonlyMap<Section, number>): void {
  const groups = new Map<string, Section[]>();
  for (const s of sections) {
    const group = groups.get(s.scheme);
    if (group) group.push(s);
    else groups.set(s.scheme, [s]);
  }
  for (const group of groups.values()) {
    const short = group.filter((s) => s.title.length <= MAX_LABEL).length;
    for (const s of group) {
      const label = labels.get(s);
      if (label === undefined || s.title.length <= MAX_LABEL) continue;
      const others = group.length - 1;
      if (short >= MIN_LABEL_SIBLINGS && short * 2 >= others) s.title = s.title.slice(0, label);
    }
  }
}
