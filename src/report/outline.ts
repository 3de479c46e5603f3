// The outline of a plan as a collapsible tree (<details>/<summary>, keyboard-accessible):
// each section links to its source text; the diagnostics found inside a section are listed
// under it and link to their highlights (the indicators are in the table below the text, which
// gives their section).
import type { Plan, PlanChild, Section } from '../schema.js';
import { attrs, escapeHtml } from './html.js';
import { ids } from './ids.js';
import type { Messages } from './i18n.js';

interface Node {
  section: Section;
  index: number;
  children: Node[];
  items: string[];
}

/** Sections in document order (pre-order), the numbering renderSource uses for their ids. */
export function sectionsOf(children: readonly PlanChild[]): Section[] {
  const out: Section[] = [];
  const walk = (list: readonly PlanChild[]) => {
    for (const child of list) {
      if (child.type !== 'section') continue;
      out.push(child);
      walk(child.children);
    }
  };
  walk(children);
  return out;
}

function buildNodes(children: readonly PlanChild[], counter: { next: number }): Node[] {
  const nodes: Node[] = [];
  for (const child of children) {
    if (child.type !== 'section') continue;
    const index = counter.next++;
    nodes.push({ section: child, index, children: buildNodes(child.children, counter), items: [] });
  }
  return nodes;
}

/** The innermost node whose section contains the offset, or null. */
function innermost(nodes: readonly Node[], offset: number): Node | null {
  for (const node of nodes) {
    const { start, end } = node.section.position;
    if (offset >= start.offset && offset < end.offset) return innermost(node.children, offset) ?? node;
  }
  return null;
}

/** Characters of a section title shown in the outline. */
const TITLE_CHARS = 40;

function renderNode(node: Node, doc: number): string {
  const { section } = node;
  // Markup kept short: a page of 200 documents holds tens of thousands of these. A long title
  // is cut (the link leads to the whole text).
  const title = section.title.length > TITLE_CHARS ? `${section.title.slice(0, TITLE_CHARS)}…` : section.title;
  const link = `<a href="#${ids.section(doc, node.index)}"><b>${escapeHtml(section.marker)}</b> ${escapeHtml(title)}</a>`;
  const inner = node.children.map((c) => renderNode(c, doc)).join('') + (node.items.length > 0 ? `<ul class="oitems">${node.items.join('')}</ul>` : '');
  if (inner === '') return `<p>${link}</p>`;
  // Deep levels start closed so long outlines stay readable; the buttons open everything.
  return `<details${attrs({ open: section.depth <= 2 })}><summary>${link}</summary><div>${inner}</div></details>`;
}

export function renderOutline(plan: Plan, doc: number, t: Messages): string {
  const nodes = buildNodes(plan.children, { next: 0 });
  const loose: string[] = [];
  const place = (offset: number, item: string) => {
    const node = innermost(nodes, offset);
    (node ? node.items : loose).push(item);
  };
  plan.diagnostics.forEach((diagnostic, k) => {
    place(
      diagnostic.position.start.offset,
      `<li${attrs({ class: `odiag sev-${diagnostic.severity}` })}><a href="#${ids.diagnostic(doc, k)}">⚠ ${escapeHtml(diagnostic.rule)}</a></li>`,
    );
  });
  const tree = nodes.map((n) => renderNode(n, doc)).join('');
  const extra = loose.length > 0 ? `<ul class="oitems">${loose.join('')}</ul>` : '';
  if (tree === '' && extra === '') return `<p class="empty">${escapeHtml(t.noOutline)}</p>`;
  return `<div class="otree">${tree}${extra}</div>`;
}
