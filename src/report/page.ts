// Assembles the report page: document list, the cross-document comparison, then one section per
// document (metadata, outline, highlighted source, indicator and diagnostic tables). Documents
// come in natural order of their names (doc_2 before doc_10).
import type { Plan } from '../schema.js';
import { CSS, SCRIPT } from './assets.js';
import type { ChartRenderer } from './chart.js';
import { comparisonOf } from './comparison-data.js';
import { renderComparison } from './comparison.js';
import { documentLabel } from './format.js';
import { escapeHtml } from './html.js';
import { MESSAGES, type Messages, type ReportLang } from './i18n.js';
import { ids } from './ids.js';
import { renderOutline, sectionsOf } from './outline.js';
import { highlightsOf, renderSource } from './source.js';
import { renderDiagnosticTable, renderIndicatorTable, renderMeta } from './tables.js';
import type { MetricGrammar } from '../grammar/metrics.js';

/** One input of the report: a plan, or the reason it could not be read. */
export type ReportInput = { input: string; plan: Plan } | { input: string; error: string };

export interface ReportOptions {
  title?: string;
  /** Tool version shown in the header. */
  version?: string;
  /** The metric grammar to match indicators with (--metrics); the plans' own metricId otherwise. */
  metrics?: MetricGrammar;
  /** Interface language: zh (default) or en. */
  lang?: ReportLang;
  chart: ChartRenderer;
}

/** Loads nothing from anywhere: styles and scripts inline, images as data: only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Natural order of names: digits compare as numbers ("_2" before "_10"). */
const natural = new Intl.Collator('en', { numeric: true }).compare;

function renderDocument(plan: Plan, doc: number, label: string, t: Messages): string {
  const heading = plan.meta.title ?? label;
  return (
    `<section class="doc" id="${ids.doc(doc)}" data-doc="${doc}" aria-labelledby="${ids.doc(doc)}-h">` +
    `<h2 id="${ids.doc(doc)}-h">${escapeHtml(heading)}</h2>` +
    renderMeta(plan, t) +
    '<div class="panes">' +
    `<nav class="outline" aria-label="${escapeHtml(t.outlineOf(heading))}"><div class="tools"><button type="button" data-outline="open">${escapeHtml(t.expandAll)}</button><button type="button" data-outline="close">${escapeHtml(t.collapseAll)}</button></div>${renderOutline(plan, doc, t)}</nav>` +
    `<div class="source" tabindex="0" role="region" aria-label="${escapeHtml(t.sourceOf(heading))}">${renderSource(plan, doc, highlightsOf(plan, doc, t))}</div>` +
    '</div>' +
    renderIndicatorTable(plan, doc, t) +
    renderDiagnosticTable(plan, doc, t) +
    '</section>'
  );
}

export function renderReport(given: readonly ReportInput[], options: ReportOptions): string {
  const t = MESSAGES[options.lang ?? 'zh'];
  const title = options.title ?? t.defaultTitle;
  const inputs = [...given].sort((a, b) => natural(a.input, b.input));
  const plans = inputs.filter((i): i is { input: string; plan: Plan } => 'plan' in i);
  const list = inputs
    .map((item) => {
      if (!('plan' in item)) return `<li class="failed">${escapeHtml(item.input)}: ${escapeHtml(item.error)}</li>`;
      const doc = plans.indexOf(item);
      const { plan } = item;
      return (
        `<li><a href="#${ids.doc(doc)}">${escapeHtml(documentLabel(plan, item.input))}</a> — ${escapeHtml(plan.meta.title ?? item.input)} ` +
        `<span class="counts">${escapeHtml(item.input)} · ${escapeHtml(t.counts(sectionsOf(plan.children).length, plan.indicators.length, plan.diagnostics.length))}</span></li>`
      );
    })
    .join('');
  const documents = plans.map((item, doc) => renderDocument(item.plan, doc, documentLabel(item.plan, item.input), t)).join('');
  const comparison = renderComparison(comparisonOf(plans.map((p) => p.plan), options.metrics), plans.map((p) => p.plan), options.chart, t);
  const legend = t.legend(
    `<mark class="hl hl-ind">${escapeHtml(t.indicatorWord)}</mark>`,
    `<mark class="hl hl-diag sev-warning">${escapeHtml(t.diagnosticWord)}</mark>`,
    `<span class="flag">⚑${escapeHtml(t.columns.flags)}</span>`,
  );
  return `<!DOCTYPE html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t.documentsCount(plans.length, inputs.length))}${options.version ? ` · plan-extract ${escapeHtml(options.version)}` : ''}</p></header>
<main>
<section aria-labelledby="documents-h"><h2 id="documents-h">${escapeHtml(t.documents)}</h2><ol class="doclist">${list}</ol>
<p class="legend">${legend} <a href="#comparison">${escapeHtml(t.toComparison)}</a></p></section>
<section id="comparison" aria-labelledby="comparison-h"><h2 id="comparison-h">${escapeHtml(t.comparison)}</h2>${comparison}</section>
${documents}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
