// Markdown output: a plan as a readable document — metadata, the outline as a nested list, and
// the indicators as a table.
import type { Indicator, Plan, PlanChild } from '../schema.js';

const cell = (s: string | number | null | undefined): string =>
  s === null || s === undefined ? '' : String(s).replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

function outlineLines(children: PlanChild[], depth: number, out: string[]): string[] {
  for (const c of children) {
    if (c.type !== 'section') continue;
    out.push(`${'  '.repeat(depth)}- **${cell(c.marker)}** ${cell(c.title)} <sub>L${c.position.start.line}</sub>`);
    outlineLines(c.children, depth + 1, out);
  }
  return out;
}

function value(i: Indicator): string {
  if (i.value === null) return '—';
  return Array.isArray(i.value) ? `${i.value[0]}–${i.value[1]}` : String(i.value);
}

export function toMarkdown(plan: Plan): string {
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
  const lines = [`# ${cell(m.title ?? plan.source.path ?? 'plan')}`, ''];
  for (const [k, v] of facts) if (v) lines.push(`- ${k}: ${cell(v)}`);
  lines.push('', '## Outline', '');
  const outline = outlineLines(plan.children, 0, []);
  lines.push(...(outline.length > 0 ? outline : ['(no numbered structure)']));
  lines.push('', '## Indicators', '');
  if (plan.indicators.length === 0) lines.push('(none)');
  else {
    lines.push('| metric | value | unit | comparator | kind | year | section | line |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const i of plan.indicators) {
      const section = (i.section ?? []).join(' ');
      lines.push(`| ${[i.metric, value(i), i.unit, i.comparator, i.kind, i.year, section, i.position.start.line].map(cell).join(' | ')} |`);
    }
  }
  if (plan.diagnostics.length > 0) {
    lines.push('', '## Diagnostics', '');
    for (const d of plan.diagnostics) lines.push(`- L${d.position.start.line}:${d.position.start.column} ${d.severity} ${cell(d.message)} (${d.rule})`);
  }
  return `${lines.join('\n')}\n`;
}
