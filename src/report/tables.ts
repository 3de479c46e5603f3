// Per-document blocks of the report: metadata, the indicators table, the diagnostics table.
import type { Plan } from '../schema.js';
import { attrs, escapeHtml } from './html.js';
import { ids } from './ids.js';
import { comparatorSymbol, formatNumber } from './format.js';

const e = (text: string | number | null | undefined) => (text === null || text === undefined || text === '' ? '<span class="none">—</span>' : escapeHtml(String(text)));

export function renderMeta(plan: Plan): string {
  const { meta, source } = plan;
  const rows: Array<[string, string]> = [
    ['标题 title', e(meta.title)],
    ['发文机关 issuer', e(meta.issuer)],
    ['文号 number', e(meta.docNumber)],
    ['成文日期 issued', e(meta.issueDate)],
    ['发布日期 published', e(meta.publishDate)],
    ['地区 region', meta.region ? `${escapeHtml(meta.region)}${meta.regionCode ? ` <span class="code">${escapeHtml(meta.regionCode)}</span>` : ''}` : e(null)],
    ['规划年度 years', meta.planYears ? escapeHtml(meta.planYears[0] === meta.planYears[1] ? String(meta.planYears[0]) : `${meta.planYears[0]}–${meta.planYears[1]}`) : e(null)],
    ['类型 kind', e(meta.kind)],
    ['主送 addressees', meta.addressees ? escapeHtml(meta.addressees.join('、')) : e(null)],
    ['来源 source', `${e(source.path ?? '(stdin)')} · ${escapeHtml(source.encoding)} · ${source.bytes} bytes · <span class="code" title="sha256">${escapeHtml(source.sha256.slice(0, 12))}</span>`],
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function value(v: Plan['indicators'][number]['value']): string {
  if (v === null) return '<span class="none">—</span>';
  return escapeHtml(Array.isArray(v) ? `${formatNumber(v[0])}–${formatNumber(v[1])}` : formatNumber(v));
}

export function renderIndicatorTable(plan: Plan, doc: number): string {
  if (plan.indicators.length === 0) return '<p class="empty">No indicators.</p>';
  const rows = plan.indicators.map(
    (ind, k) =>
      `<tr${attrs({ id: ids.indicatorRow(doc, k), class: ind.damaged ? 'damaged' : null })}>` +
      `<td><a${attrs({ href: `#${ids.indicator(doc, k)}`, class: 'ilink', 'data-indicator': k })}>${escapeHtml(ind.metric)}</a></td>` +
      `<td class="num">${escapeHtml(comparatorSymbol(ind.comparator))}</td><td class="num">${value(ind.value)}</td><td>${e(ind.unit)}</td>` +
      `<td>${escapeHtml(ind.kind)}</td><td class="num">${e(ind.year)}</td><td>${e(ind.section?.join(' ') ?? null)}</td>` +
      `<td class="quote">${escapeHtml(ind.text)}</td></tr>`,
  );
  return (
    '<table class="indicators"><caption>Indicators</caption><thead><tr><th scope="col">metric</th><th scope="col" title="comparator">cmp</th>' +
    '<th scope="col">value</th><th scope="col">unit</th><th scope="col">kind</th><th scope="col">year</th><th scope="col">section</th><th scope="col">text</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

export function renderDiagnosticTable(plan: Plan, doc: number): string {
  if (plan.diagnostics.length === 0) return '<p class="empty">No diagnostics.</p>';
  const rows = plan.diagnostics.map(
    (d, k) =>
      `<tr${attrs({ id: ids.diagnosticRow(doc, k), class: `sev-${d.severity}` })}>` +
      `<td class="num"><a${attrs({ href: `#${ids.diagnostic(doc, k)}`, 'data-diagnostic': k })}>${d.position.start.line}:${d.position.start.column}</a></td>` +
      `<td>${escapeHtml(d.severity)}</td><td class="code">${escapeHtml(d.rule)}</td><td>${escapeHtml(d.message)}</td></tr>`,
  );
  return (
    '<table class="diagnostics"><caption>Diagnostics</caption><thead><tr><th scope="col">line:col</th><th scope="col">severity</th><th scope="col">rule</th><th scope="col">message</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
