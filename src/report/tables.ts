// Per-document blocks of the report: metadata, the indicators table, the diagnostics table.
import type { Plan } from '../schema.js';
import { attrs, escapeHtml } from './html.js';
import { ids } from './ids.js';
import { comparatorSymbol, formatNumber } from './format.js';
import { flagLabel, type Messages } from './i18n.js';

const e = (text: string | number | null | undefined) => (text === null || text === undefined || text === '' ? '<span class="none">—</span>' : escapeHtml(String(text)));

export function renderMeta(plan: Plan, t: Messages): string {
  const { meta, source } = plan;
  const m = t.meta;
  const rows: Array<[string, string]> = [
    [m.title, e(meta.title)],
    [m.issuer, e(meta.issuer)],
    [m.docNumber, e(meta.docNumber)],
    [m.issueDate, e(meta.issueDate)],
    [m.publishDate, e(meta.publishDate)],
    [m.region, meta.region ? `${escapeHtml(meta.region)}${meta.regionCode ? ` <span class="code">${escapeHtml(meta.regionCode)}</span>` : ''}` : e(null)],
    [m.planYears, meta.planYears ? escapeHtml(meta.planYears[0] === meta.planYears[1] ? String(meta.planYears[0]) : `${meta.planYears[0]}–${meta.planYears[1]}`) : e(null)],
    [m.kind, e(meta.kind)],
    [m.addressees, meta.addressees ? escapeHtml(meta.addressees.join('、')) : e(null)],
    [m.source, `${e(source.path ?? '(stdin)')} · ${escapeHtml(source.encoding)} · ${escapeHtml(t.bytes(source.bytes))} · <span class="code" title="sha256">${escapeHtml(source.sha256.slice(0, 12))}</span>`],
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function value(v: Plan['indicators'][number]['value']): string {
  if (v === null) return '<span class="none">—</span>';
  return escapeHtml(Array.isArray(v) ? `${formatNumber(v[0])}–${formatNumber(v[1])}` : formatNumber(v));
}

const flagCell = (flags: readonly string[] | undefined, t: Messages) =>
  flags && flags.length > 0 ? flags.map((f) => `<span${attrs({ class: 'flag', title: f })}>⚑${escapeHtml(flagLabel(t, f))}</span>`).join(' ') : '';

export function renderIndicatorTable(plan: Plan, doc: number, t: Messages): string {
  if (plan.indicators.length === 0) return `<p class="empty">${escapeHtml(t.noIndicators)}</p>`;
  const c = t.columns;
  // Short markup (alignment and widths come from the stylesheet by column): a page of 200
  // documents holds thousands of these rows.
  const cell = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '<td></td>' : `<td>${escapeHtml(String(v))}</td>`);
  const rows = plan.indicators.map(
    (ind, k) =>
      `<tr${attrs({ id: ids.indicatorRow(doc, k), class: ind.damaged ? 'damaged' : ind.flags ? 'flagged' : null })}>` +
      `<td><a href="#${ids.indicator(doc, k)}">${escapeHtml(ind.metric)}</a></td>` +
      `<td>${escapeHtml(comparatorSymbol(ind.comparator))}${ind.value === null ? '' : value(ind.value)}${escapeHtml(ind.unit ?? '')}</td>` +
      `${cell(t.kinds[ind.kind])}${cell(ind.year)}<td>${flagCell(ind.flags, t)}</td>${cell(ind.section?.join(' ') ?? null)}` +
      `${cell(ind.text)}</tr>`,
  );
  const th = (text: string, title?: string) => `<th scope="col"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</th>`;
  return (
    `<table class="indicators"><caption>${escapeHtml(t.indicators)}</caption><thead><tr>${th(c.metric)}${th(c.value)}${th(c.kind)}${th(c.year)}${th(c.flags)}${th(c.section)}${th(c.text)}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

export function renderDiagnosticTable(plan: Plan, doc: number, t: Messages): string {
  if (plan.diagnostics.length === 0) return `<p class="empty">${escapeHtml(t.noDiagnostics)}</p>`;
  const c = t.columns;
  const rows = plan.diagnostics.map(
    (d, k) =>
      `<tr${attrs({ id: ids.diagnosticRow(doc, k), class: `sev-${d.severity}` })}>` +
      `<td class="num"><a${attrs({ href: `#${ids.diagnostic(doc, k)}` })}>${d.position.start.line}:${d.position.start.column}</a></td>` +
      `<td>${escapeHtml(t.severities[d.severity])}</td><td class="code">${escapeHtml(d.rule)}</td><td>${escapeHtml(d.message)}</td></tr>`,
  );
  return (
    `<table class="diagnostics"><caption>${escapeHtml(t.diagnostics)}</caption><thead><tr><th scope="col">${escapeHtml(c.place)}</th><th scope="col">${escapeHtml(c.severity)}</th><th scope="col">${escapeHtml(c.rule)}</th><th scope="col">${escapeHtml(c.message)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}
