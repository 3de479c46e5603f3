// Assembles the report page: document list, one section per document (metadata, outline,
// highlighted source, indicator and diagnostic tables), then the cross-document comparison.
import type { Plan } from '../schema.js';
import { CSS, SCRIPT } from './assets.js';
import type { ChartRenderer } from './chart.js';
import { comparisonOf } from './comparison-data.js';
import { renderComparison } from './comparison.js';
import { documentLabel } from './format.js';
import { escapeHtml } from './html.js';
import { ids } from './ids.js';
import { renderOutline, sectionsOf } from './outline.js';
import { renderSource } from './source.js';
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
  chart: ChartRenderer;
}

/** Loads nothing from anywhere: styles and scripts inline, images as data: only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

function renderDocument(plan: Plan, doc: number, label: string): string {
  const heading = plan.meta.title ?? label;
  return (
    `<section class="doc" id="${ids.doc(doc)}" data-doc="${doc}" aria-labelledby="${ids.doc(doc)}-h">` +
    `<h2 id="${ids.doc(doc)}-h">${escapeHtml(heading)}</h2>` +
    renderMeta(plan) +
    '<div class="panes">' +
    `<nav class="outline" aria-label="${escapeHtml(`Outline of ${heading}`)}"><div class="tools"><button type="button" data-outline="open">expand all</button><button type="button" data-outline="close">collapse all</button></div>${renderOutline(plan, doc)}</nav>` +
    `<div class="source" tabindex="0" role="region" aria-label="${escapeHtml(`Source text of ${heading}`)}">${renderSource(plan, doc)}</div>` +
    '</div>' +
    renderIndicatorTable(plan, doc) +
    renderDiagnosticTable(plan, doc) +
    '</section>'
  );
}

export function renderReport(inputs: readonly ReportInput[], options: ReportOptions): string {
  const title = options.title ?? 'plan-extract report';
  const plans = inputs.filter((i): i is { input: string; plan: Plan } => 'plan' in i);
  const list = inputs
    .map((item) => {
      if (!('plan' in item)) return `<li class="failed">${escapeHtml(item.input)}: ${escapeHtml(item.error)}</li>`;
      const doc = plans.indexOf(item);
      const { plan } = item;
      return (
        `<li><a href="#${ids.doc(doc)}">${escapeHtml(documentLabel(plan, item.input))}</a> — ${escapeHtml(plan.meta.title ?? item.input)} ` +
        `<span class="counts">${escapeHtml(item.input)} · ${sectionsOf(plan.children).length} sections · ${plan.indicators.length} indicators · ${plan.diagnostics.length} diagnostics</span></li>`
      );
    })
    .join('');
  const documents = plans.map((item, doc) => renderDocument(item.plan, doc, documentLabel(item.plan, item.input))).join('');
  const comparison = renderComparison(comparisonOf(plans.map((p) => p.plan), options.metrics), plans.map((p) => p.plan), options.chart);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1><p>${plans.length} of ${inputs.length} documents${options.version ? ` · plan-extract ${escapeHtml(options.version)}` : ''}</p></header>
<main>
<section aria-labelledby="documents-h"><h2 id="documents-h">Documents</h2><ol class="doclist">${list}</ol>
<p class="legend">In the source text: <mark class="hl hl-ind">indicator</mark> <mark class="hl hl-diag sev-warning">diagnostic</mark>. Outline entries, table rows and comparison cells link to them. <a href="#comparison">Comparison ↓</a></p></section>
${documents}
<section id="comparison" aria-labelledby="comparison-h"><h2 id="comparison-h">Comparison</h2>${comparison}</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
