// Tree helpers shared by the check rules.
import type { Boilerplate, Paragraph, PlanChild, Section } from '../schema.js';

export interface LeafVisit {
  leaf: Paragraph | Boilerplate;
  /** The section whose heading this leaf is (a block section's first paragraph), if any. */
  headingOf: Section | undefined;
  /** The innermost enclosing section. */
  parent: Section | undefined;
}

/** Every leaf (paragraph and boilerplate) in document order. */
export function leaves(children: readonly PlanChild[]): readonly LeafVisit[] {
  const out: LeafVisit[] = [];
  const visit = (nodes: readonly PlanChild[], parent: Section | undefined): void => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as PlanChild;
      if (node.type === 'section') visit(node.children, node);
      else out.push({ leaf: node, parent, headingOf: i === 0 && parent && !parent.inline ? parent : undefined });
    }
  };
  visit(children, undefined);
  return out;
}

/** Every section in document order, with its parent section. */
export function sections(children: readonly PlanChild[]): ReadonlyArray<{ section: Section; parent: Section | undefined }> {
  const out: Array<{ section: Section; parent: Section | undefined }> = [];
  const visit = (nodes: readonly PlanChild[], parent: Section | undefined): void => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      out.push({ section: node, parent });
      visit(node.children, node);
    }
  };
  visit(children, undefined);
  return out;
}

const LEAD = /^[\s\u00a0\u3000\u200b\ufeff\-*•·▪●]*/u;

/** Source span of a section's marker as written: [start, end). */
export function markerSpan(section: Section): [number, number] {
  const first = section.children[0];
  if (!first || first.type === 'section') return [section.position.start.offset, section.position.start.offset];
  const skip = first.type === 'paragraph' ? (LEAD.exec(first.value)?.[0].length ?? 0) : 0;
  const start = first.position.start.offset + skip;
  // The marker as written may hold spaces ("( 三 )"): walk the source until all its characters are seen.
  let end = start;
  let seen = 0;
  while (seen < section.marker.length && end - first.position.start.offset < first.value.length) {
    const ch = first.value[end - first.position.start.offset] as string;
    if (!/\s/u.test(ch)) seen++;
    end++;
  }
  return [start, end];
}

/** Runs of one UTF-16 code unit in a text, as [start, end) pairs: found by native searches, not read character by character. */
export function runsOf(text: string, char: string): Array<[number, number]> {
  // One code unit: an empty string is found at every index and would never move the search on.
  if (char.length !== 1) throw new TypeError(`runsOf needs one code unit, got ${JSON.stringify(char)}`);
  const out: Array<[number, number]> = [];
  const code = char.charCodeAt(0);
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i)) {
    let j = i + 1;
    while (text.charCodeAt(j) === code) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}
