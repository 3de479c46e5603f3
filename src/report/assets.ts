// The report's inline stylesheet and script (the page loads nothing else).
import { FONT_STACK, PALETTE } from './chart.js';

export const CSS = `
:root { ${PALETTE.map((c, n) => `--c${n}: ${c};`).join(' ')} color-scheme: light; --ind: #fde68a; --ind-edge: #d97706; --err: #dc2626; --warn: #ea580c; --info: #2563eb; --line: #e5e7eb; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 ${FONT_STACK}; color: #111827; background: #f9fafb; }
header.top { padding: 16px 24px; background: #1f2937; color: #f9fafb; }
header.top h1 { margin: 0 0 4px; font-size: 20px; }
header.top p { margin: 0; color: #d1d5db; }
main { padding: 16px 24px 48px; max-width: 1600px; margin: 0 auto; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
a { color: #1d4ed8; }
a:focus-visible, summary:focus-visible, button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
.doclist li { margin: 2px 0; }
.doclist .failed { color: var(--err); }
.counts { color: var(--muted); font-size: 12px; }
/* Off-screen documents are not laid out until scrolled to: a page of 200 documents opens fast. */
section.doc { content-visibility: auto; contain-intrinsic-size: auto 1200px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px 16px; margin: 24px 0; }
section.doc > h2 { margin-top: 8px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.none { color: #9ca3af; }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; color: #374151; }
.panes { display: grid; grid-template-columns: minmax(260px, 2fr) 3fr; gap: 16px; align-items: start; }
@media (max-width: 900px) { .panes { grid-template-columns: 1fr; } }
.outline, .source { border: 1px solid var(--line); border-radius: 4px; max-height: 75vh; overflow: auto; padding: 8px; background: #fff; }
.outline .tools { display: flex; gap: 6px; margin-bottom: 6px; }
.outline button { font: inherit; font-size: 12px; padding: 1px 8px; }
.otree details > summary { cursor: pointer; }
.otree details > div { margin-left: 14px; border-left: 1px dotted #d1d5db; padding-left: 6px; }
.otree p { margin: 0; }
.otree > p, .otree details > div > p { padding-left: 14px; }
.otree a { text-decoration: none; color: #111827; }
.otree a:hover { text-decoration: underline; }
.otree b { color: #6d28d9; font-weight: 600; }
.oitems { list-style: none; margin: 0 0 2px; padding-left: 14px; font-size: 12px; }
.oitems a { text-decoration: none; }
.oind a { color: #92400e; }
.odiag a { color: var(--warn); }
.source { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14px; line-height: 1.8; }
.source .bp { color: #9ca3af; }
.src-sec:target { background: #dbeafe; }
mark.hl { background: none; color: inherit; }
mark.hl-ind { background: var(--ind); border-bottom: 2px solid var(--ind-edge); }
mark.hl-diag { text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.sev-error.hl-diag { text-decoration-color: var(--err); }
.sev-warning.hl-diag { text-decoration-color: var(--warn); }
.sev-info.hl-diag { text-decoration-color: var(--info); }
.hl-point::before { content: "⚑"; color: var(--warn); font-size: 11px; }
.hl-anchor:target mark, .hl-point:target { outline: 2px solid #2563eb; outline-offset: 1px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
thead th { background: #f3f4f6; }
td.num, table.indicators td:nth-child(2), table.indicators td:nth-child(4) { text-align: right; white-space: nowrap; }
td.quote, table.indicators td:last-child { color: #374151; max-width: 480px; }
tr.damaged td { background: #fef2f2; }
tr:target td { background: #dbeafe; }
.table-wrap { overflow-x: auto; }
/* The comparison scrolls in its own box, its header row and metric column stuck to the edges. */
.table-wrap.sticky { content-visibility: auto; contain-intrinsic-size: auto 80vh; max-height: 80vh; overflow: auto; border: 1px solid var(--line); background: #fff; }
table.comparison { margin: 0; border-collapse: separate; border-spacing: 0; }
table.comparison caption { position: sticky; left: 0; padding: 4px 6px; }
table.comparison th, table.comparison td { border-width: 0 1px 1px 0; }
table.comparison td { min-width: 90px; }
table.comparison thead th { position: sticky; top: 0; z-index: 2; background: #f3f4f6; }
table.comparison tbody th { position: sticky; left: 0; z-index: 1; background: #fff; min-width: 160px; max-width: 240px; }
table.comparison thead th:first-child { left: 0; z-index: 3; }
td.flagged { background: #fff7ed; }
tr.flagged td { background: #fff7ed; }
.flag { color: var(--err); font-size: 12px; white-space: nowrap; }
.lost, .yr { color: var(--muted); font-size: 12px; }
details.populations, details.problems { margin: 8px 0; }
details.populations summary, details.problems summary { cursor: pointer; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 12px; }
svg.chart-svg { font-size: 10px; overflow: visible; }
svg.chart-svg .grid { stroke: #eef0f3; }
svg.chart-svg .axis, svg.chart-svg .zero { stroke: #9ca3af; }
svg.chart-svg .ytick { text-anchor: end; fill: #6b7280; }
svg.chart-svg .xtick { text-anchor: middle; fill: #6b7280; }
svg.chart-svg polyline { stroke-width: 1.5; }
svg.chart-svg .flag-ring { fill: none; stroke: var(--err); stroke-width: 2; }
.chart-legend { list-style: none; margin: 2px 0 0; padding: 0; max-width: 380px; font-size: 11px; color: #374151; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.chart-legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 3px; vertical-align: -1px; }
figure.chart { content-visibility: auto; contain-intrinsic-size: auto 280px; margin: 0; padding: 6px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
figure.chart:target { outline: 2px solid #2563eb; }
figure.chart figcaption { font-weight: 600; font-size: 13px; }
figure.chart .unit { color: var(--muted); font-weight: normal; }
figure.chart svg { display: block; }
figure.chart .note { margin: 0; max-width: 380px; font-size: 11px; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.legend { font-size: 12px; color: var(--muted); }
.legend mark { padding: 0 3px; }
`;

/** Expand/collapse buttons for the outlines. Links and <details> need no script. */
export const SCRIPT = `
document.addEventListener('click', function (event) {
  var target = event.target;
  if (!(target instanceof HTMLElement) || !target.matches('button[data-outline]')) return;
  var tree = target.closest('.outline');
  if (!tree) return;
  var open = target.getAttribute('data-outline') === 'open';
  tree.querySelectorAll('details').forEach(function (d) { d.open = open; });
});
`;
