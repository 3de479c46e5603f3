// Builds the outline: turns the flat list of leaves from the parser into nested sections.
//
// Depth is decided as a reader does: a marker of a scheme already open in the current chain of
// sections is a sibling of that section (numbering may restart or continue); a scheme not open
// yet opens a level below the current section, unless its GB/T 9704 rank says it belongs above
// it (a (一) after 1. items goes back up under the 一、).
import type { OutlineGrammar } from '../grammar/outline.js';
import type { Boilerplate, Paragraph, PlanChild, Section } from '../schema.js';
import { sourceOffset, type CleanText } from '../text/clean.js';
import type { TextView } from '../text/view.js';
import { findInlineItems } from './inline.js';
import { matchLeadingMarker, type MarkerMatch } from './marker.js';
import { extractTitle } from './title.js';

interface Open {
  section: Section;
  rank: number;
}

function newSection(match: MarkerMatch, title: string): Section {
  return {
    type: 'section',
    marker: match.marker,
    scheme: match.scheme.id,
    ordinal: match.ordinal,
    depth: 0,
    title,
    inline: match.scheme.inline,
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  };
}

export class OutlineBuilder {
  private readonly root: PlanChild[] = [];
  private readonly stack: Open[] = [];

  constructor(
    private readonly view: TextView,
    private readonly grammar: OutlineGrammar,
  ) {}

  private container(): PlanChild[] {
    return this.stack[this.stack.length - 1]?.section.children ?? this.root;
  }

  /** Pops the stack to where a section of this scheme and rank belongs. */
  private placeFor(schemeId: string, rank: number): void {
    const same = this.stack.findLastIndex((o) => o.section.scheme === schemeId);
    if (same >= 0) {
      this.stack.length = same;
      return;
    }
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank > rank) this.stack.pop();
  }

  /** A leaf the block layer classed as not outline (a table, an inset, a form…): kept as it is. */
  addPlain(leaf: Paragraph): void {
    this.container().push(leaf);
  }

  /** A new document in the file (block layer): its numbering starts again at the top. */
  startDocument(): void {
    this.stack.length = 0;
  }

  addBoilerplate(leaf: Boilerplate, atRoot: boolean): void {
    (atRoot ? this.root : this.container()).push(leaf);
  }

  addParagraph(leaf: Paragraph): void {
    const start = leaf.position.start.offset;
    const end = leaf.position.end.offset;
    const clean = this.view.clean(start, end);
    const match = matchLeadingMarker(clean.text, this.grammar);
    if (!match) {
      this.addWithInline(leaf, clean, 0, this.container());
      return;
    }
    this.placeFor(match.scheme.id, match.scheme.rank);
    const inline = findInlineItems(clean.text, match.end, this.grammar);
    const limit = inline[0]?.start ?? clean.text.length;
    const section = newSection(match, extractTitle(clean.text, match.end, limit, this.grammar, match.scheme.inline));
    this.container().push(section);
    this.stack.push({ section, rank: match.scheme.rank });
    this.splitInline(leaf, clean, inline, section.children);
  }

  private addWithInline(leaf: Paragraph, clean: CleanText, from: number, into: PlanChild[]): void {
    this.splitInline(leaf, clean, findInlineItems(clean.text, from, this.grammar), into);
  }

  /** Appends the paragraph to `into`, cut into a leading paragraph and one section per inline item. */
  private splitInline(leaf: Paragraph, clean: CleanText, items: MarkerMatch[], into: PlanChild[]): void {
    if (items.length === 0) {
      into.push(leaf);
      return;
    }
    const start = leaf.position.start.offset;
    const end = leaf.position.end.offset;
    const cuts = items.map((m) => sourceOffset(clean, m.start, end));
    if ((cuts[0] as number) > start) into.push(this.view.leaf('paragraph', start, cuts[0] as number));
    items.forEach((item, k) => {
      const limit = items[k + 1]?.start ?? clean.text.length;
      const section = newSection(item, extractTitle(clean.text, item.end, limit, this.grammar, true));
      section.children.push(this.view.leaf('paragraph', cuts[k] as number, cuts[k + 1] ?? end));
      into.push(section);
    });
  }

  /** The finished top-level children, with depths and section positions filled in. */
  finish(): PlanChild[] {
    const fill = (nodes: PlanChild[], depth: number): void => {
      for (const node of nodes) {
        if (node.type !== 'section') continue;
        node.depth = depth;
        fill(node.children, depth + 1);
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        if (first && last) node.position = { start: first.position.start, end: last.position.end };
      }
    };
    fill(this.root, 1);
    return this.root;
  }
}
