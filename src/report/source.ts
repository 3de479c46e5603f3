// The source text of a plan with every indicator and diagnostic highlighted at its offsets.
// The text is rendered by walking the tree: each section is an inline <span id> around its
// leaves (so an outline link scrolls to it), each leaf is its exact `value`, and highlights
// are cut into flat segments so overlapping ranges never produce crossed tags.
import type { Plan, PlanChild } from '../schema.js';
import { escapeHtml, attrs } from './html.js';
import { ids } from './ids.js';
import { formatValue } from './format.js';
import { flagLabel, MESSAGES, type Messages } from './i18n.js';

export interface Highlight {
  /** Element id given to the first piece of the range. */
  id: string;
  kind: 'indicator' | 'diagnostic';
  start: number;
  end: number;
  /** Tooltip text. */
  label: string;
  /** For diagnostics: error, warning or info. */
  severity?: string;
}

type Leaf = Extract<PlanChild, { value: string }>;

/** The decoded text: the leaves' values in tree order (the tree is lossless). */
export function sourceText(plan: Pick<Plan, 'children'>): string {
  let text = '';
  const walk = (children: readonly PlanChild[]) => {
    for (const child of children) {
      if (child.type === 'section') walk(child.children);
      else text += child.value;
    }
  };
  walk(plan.children);
  return text;
}

export function highlightsOf(plan: Plan, doc: number, t: Messages = MESSAGES.zh): Highlight[] {
  const out: Highlight[] = [];
  plan.indicators.forEach((indicator, k) => {
    out.push({
      id: ids.indicator(doc, k),
      kind: 'indicator',
      start: indicator.position.start.offset,
      end: indicator.position.end.offset,
      label: `${indicator.metric}: ${formatValue(indicator)}${indicator.year ? ` (${indicator.year})` : ''} · ${t.kinds[indicator.kind]}${(indicator.flags ?? []).map((f) => ` ⚑${flagLabel(t, f)}`).join('')}`,
    });
  });
  plan.diagnostics.forEach((diagnostic, k) => {
    out.push({
      id: ids.diagnostic(doc, k),
      kind: 'diagnostic',
      start: diagnostic.position.start.offset,
      end: diagnostic.position.end.offset,
      label: `${t.severities[diagnostic.severity]} ${diagnostic.rule}: ${diagnostic.message}`,
      severity: diagnostic.severity,
    });
  });
  return out;
}

function markClass(active: readonly Highlight[]): string {
  const classes = ['hl'];
  if (active.some((h) => h.kind === 'indicator')) classes.push('hl-ind');
  const diagnostics = active.filter((h) => h.kind === 'diagnostic');
  if (diagnostics.length > 0) {
    classes.push('hl-diag');
    const worst = ['error', 'warning', 'info'].find((s) => diagnostics.some((h) => h.severity === s));
    if (worst) classes.push(`sev-${worst}`);
  }
  return classes.join(' ');
}

/** Renders one leaf's text [from, to) with the highlights that touch it. `last` is true for the
 *  document's last leaf, which also takes empty ranges at the very end. */
export function renderText(
  text: string,
  from: number,
  highlights: readonly Highlight[],
  last = true,
  given: Set<string> = new Set(),
): string {
  const to = from + text.length;
  const inside = (p: number) => p >= from && (p < to || (last && p === to));
  const touching = highlights.filter((h) => (h.start < to && h.end > from) || (h.start === h.end && inside(h.start)));
  if (touching.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([from, to]);
  for (const h of touching) {
    if (h.start > from && h.start < to) cuts.add(h.start);
    if (h.end > from && h.end < to) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const points0 = (p: number) =>
    touching
      .filter((h) => h.start === h.end && h.start === p && !given.has(h.id))
      .map((h) => {
        given.add(h.id);
        return `<span${attrs({ id: h.id, class: `hl-anchor hl-point ${markClass([h])}`, title: h.label })}></span>`;
      })
      .join('');
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    html += points0(a);
    const piece = escapeHtml(text.slice(a - from, b - from));
    const active = touching.filter((h) => h.start < b && h.end > a);
    if (active.length === 0) {
      html += piece;
      continue;
    }
    // No tooltip on the text: the tables and the outline say what each highlight is, and a page of
    // 200 documents has tens of thousands of highlights.
    let segment = `<mark class="${markClass(active)}">${piece}</mark>`;
    // Each range gets its id on its first piece (ranges crossing leaves continue unlabelled).
    for (const h of active) {
      if (given.has(h.id)) continue;
      given.add(h.id);
      segment = `<span id="${h.id}" class="hl-anchor">${segment}</span>`;
    }
    html += segment;
  }
  if (last) html += points0(to);
  return html;
}

/** The whole source of a plan as HTML (to go inside a white-space: pre-wrap block). */
export function renderSource(plan: Plan, doc: number, highlights: readonly Highlight[] = highlightsOf(plan, doc)): string {
  const total = plan.position.end.offset;
  let offset = 0;
  let section = 0;
  // A range spanning several leaves gets its id only once: on the first leaf it touches.
  const given = new Set<string>();
  const walk = (children: readonly PlanChild[]): string => {
    let html = '';
    for (const child of children) {
      if (child.type === 'section') {
        const id = ids.section(doc, section++);
        html += `<span id="${id}" class="src-sec">${walk(child.children)}</span>`;
      } else {
        html += renderLeaf(child);
      }
    }
    return html;
  };
  const renderLeaf = (leaf: Leaf): string => {
    const from = offset;
    offset += leaf.value.length;
    const body = renderText(leaf.value, from, highlights, offset >= total, given);
    // Body text goes as it is; furniture is greyed.
    return leaf.type === 'boilerplate' ? `<span class="bp">${body}</span>` : body;
  };
  return walk(plan.children);
}
