// Markdown output: a plan as a readable document — metadata, the outline as a nested list, and
// the indicators as a table.
import type { Indicator, Plan, PlanChild } from '../schema.js';
import { lineChunks } from './chunks.js';

const cell = (s: string | number | null | undefined): string =>
  s === null || s === undefined ? '' : String(s).replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

function* outlineLines(children: PlanChild[], depth: number): Generator<string> {
  for (const c of children) {
    if (c.type !== 'section') continue;
    yield `${'  '.repeat(depth)}- **${cell(c.marker)}** ${cell(c.title)} <sub>L${c.position.start.line}</sub>`;
    yield* outlineLines(c.children, depth + 1);
  }
}

const hasSections = (children: PlanChild[]): boolean => children.some((c) => c.type === 'section');

function value(i: Indicator): string {
  if (i.value === null) return '—';
  return Array.isArray(i.value) ? `${i.value[0]}–${i.value[1]}` : String(i.value);
}

function* markdownLines(plan: Plan): Generator<string> {
  const m = plan.meta;
  const facts: Array<[string, string | null]> = [
    ['issuer', m.issuer],
    ['region', m.region && m.regionCode ? `${m.region} (${m.regionCode})` : m.region],
    ['years', m.planYears ? `${m.planYears[0]}–${m.planYears[1]}` : null],
    ['kind', m.kind],
    ['number', m.docNumber],
    ['published', m.publishDate],
    ['issued', m.issueDate],
    ['source', plan.source.path],
  ];
  yield `# ${cell(m.title ?? plan.source.path ?? 'plan')}`;
  yield '';
  for (const [k, v] of facts) if (v) yield `- ${k}: ${cell(v)}`;
  yield* ['', '## Outline', ''];
  if (hasSections(plan.children)) yield* outlineLines(plan.children, 0);
  else yield '(no numbered structure)';
  yield* ['', '## Indicators', ''];
  if (plan.indicators.length === 0) yield '(none)';
  else {
    yield* ['| metric | value | unit | comparator | kind | year | section | line |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
    for (const i of plan.indicators) {
      const section = (i.section ?? []).join(' ');
      yield `| ${[i.metric, value(i), i.unit, i.comparator, i.kind, i.year, section, i.position.start.line].map(cell).join(' | ')} |`;
    }
  }
  if (plan.diagnostics.length > 0) {
    yield* ['', '## Diagnostics', ''];
    for (const d of plan.diagnostics) yield `- L${d.position.start.line}:${d.position.start.column} ${d.severity} ${cell(d.message)} (${d.rule})`;
  }
}

/** A plan as markdown, in chunks. */
export const markdownChunks = (plan: Plan): Generator<string> => lineChunks(markdownLines(plan));
