// The report's HTML rendering: escaping, highlights at the right offsets, a self-contained page.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { buildReport, escapeHtml, highlightsOf, renderReport, renderSource, renderText, sourceText, type Highlight } from '../../src/report/index.js';
import { readSeed, seedIds } from '../helpers.js';

const unescape = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/gu, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
/** The text a browser would show for an HTML fragment (tags dropped, entities decoded). */
const textOf = (html: string) => unescape(html.replace(/<[^>]*>/gu, ''));

/** The source offset where the element with this id starts: the text before its opening tag. */
function offsetOfId(html: string, id: string): number {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `no element with id ${id}`).toBeGreaterThanOrEqual(0);
  return textOf(html.slice(0, html.lastIndexOf('<', at))).length;
}

const hl = (id: string, start: number, end: number, kind: Highlight['kind'] = 'indicator'): Highlight => ({
  id,
  kind,
  start,
  end,
  label: `${id} <b>&"'`,
  ...(kind === 'diagnostic' ? { severity: 'warning' } : {}),
});

describe('escapeHtml', () => {
  it('should escape the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x&y")</script>'`)).toBe('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;');
    expect(escapeHtml('婴儿死亡率≤4‰')).toBe('婴儿死亡率≤4‰');
  });
});

describe('renderText', () => {
  it('should wrap exactly the highlighted slice, at offsets relative to the leaf start', () => {
    const html = renderText('婴儿死亡率下降到4‰以下', 100, [hl('a', 100, 105)]);
    expect(html).toMatch(/^<span id="a"[^>]*><mark class="hl hl-ind"[^>]*>婴儿死亡率<\/mark><\/span>下降到4‰以下$/u);
  });

  it('should cut overlapping ranges into flat segments and keep the text intact', () => {
    const text = 'ABCDEFGHIJ';
    const html = renderText(text, 0, [hl('ind', 2, 6), hl('diag', 4, 8, 'diagnostic')]);
    expect(textOf(html)).toBe(text);
    expect(offsetOfId(html, 'ind')).toBe(2);
    expect(offsetOfId(html, 'diag')).toBe(4);
    // The overlap EF carries both classes; no tag is crossed.
    expect(html).toMatch(/<mark class="hl hl-ind hl-diag sev-warning"[^>]*>EF<\/mark>/u);
    expect(html).toMatch(/<mark class="hl hl-diag sev-warning"[^>]*>GH<\/mark>/u);
  });

  it('should mark an empty range with an empty anchor (no text added)', () => {
    const html = renderText('由‰下降到‰', 0, [hl('p', 1, 1, 'diagnostic')]);
    expect(textOf(html)).toBe('由‰下降到‰');
    expect(offsetOfId(html, 'p')).toBe(1);
  });

  it('should escape source text and tooltips', () => {
    const html = renderText('<b>x</b> & "y"', 0, [hl('a', 0, 3), hl('p', 5, 5, 'diagnostic')]);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
    // A point (an empty range) has its label as a tooltip.
    expect(html).toContain('title="p &lt;b&gt;&amp;&quot;&#39;"');
    expect(textOf(html)).toBe('<b>x</b> & "y"');
  });
});

describe('renderSource on the seeds', () => {
  it.each(seedIds())('%s: shows the whole text, every highlight id once, at its offset', async (id) => {
    const plan = await extract(Buffer.from(readSeed(id)), { path: `${id}.txt` });
    const html = renderSource(plan, 0);
    const text = sourceText(plan);
    expect(textOf(html)).toBe(text);
    expect(text.length).toBe(plan.position.end.offset);
    for (const h of highlightsOf(plan, 0)) {
      expect(html.split(`id="${h.id}"`)).toHaveLength(2);
      expect(offsetOfId(html, h.id), h.id).toBe(h.start);
    }
    plan.indicators.forEach((indicator, k) => {
      const at = offsetOfId(html, `doc-0-i${k}`);
      expect(text.slice(at, indicator.position.end.offset)).toBe(text.slice(indicator.position.start.offset, indicator.position.end.offset));
    });
  });
});

describe('renderReport', () => {
  const noChart = () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>';

  it('should escape document text (titles, paths, errors)', async () => {
    const plan = await extract(Buffer.from('关于<script>alert(1)</script>的通知\n一、总体要求"&\n'), { path: 'x<y>.txt' });
    const html = renderReport([{ input: 'x<y>.txt', plan }, { input: '<img src=x>.txt', error: 'no such <file>' }], { chart: noChart });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('no such &lt;file&gt;');
  });

  it('should build a self-contained page from the seeds, charts included', async () => {
    const inputs = await Promise.all(seedIds().map(async (id) => ({ input: `seeds/${id}.txt`, plan: await extract(Buffer.from(readSeed(id)), { path: `seeds/${id}.txt` }) })));
    const html = await buildReport(inputs);
    // Nothing is fetched: no external src/href, no stylesheet or script files, a CSP that forbids them.
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//iu);
    expect(html).not.toMatch(/<script[^>]+src=/iu);
    expect(html).not.toMatch(/<link[^>]+rel=["']?stylesheet/iu);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/iu);
    expect(html).toContain("default-src 'none'");
    // Charts are inline SVG, one figure per metric with two marks or more.
    expect(html.match(/<figure class="chart"/gu)?.length).toBeGreaterThan(2);
    expect(html.match(/<svg [^>]*viewBox/gu)?.length).toBe(html.match(/<figure class="chart"/gu)?.length);
    // The comparison is compare()'s table: grammar metrics under their ids.
    expect(html).toContain('<th scope="row">婴儿死亡率 <span class="code">infant-mortality</span></th>');
    // A metric with a chart links to it.
    expect(html).toMatch(/<th scope="row"><a href="#metric-\d+">孕产妇死亡率<\/a>/u);
    // Every document is there.
    expect(html.match(/<section class="doc"/gu)).toHaveLength(inputs.length);
  });
});
