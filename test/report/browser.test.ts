// The report in a real browser: Debian's Chromium (headless), driven by playwright-core with its
// executable path (no browser is downloaded). Builds report.html from the seeds through the real
// CLI, then checks documents, outline nodes, indicators, outline navigation and the console.
// Skipped, saying so, when no Chromium is installed (.ci/run installs it).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type Plan, type PlanChild } from '../../src/schema.js';
import { ROOT, runCli, seedIds } from '../helpers.js';

const CHROMIUM = process.env.PLAN_EXTRACT_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = join(ROOT, 'test-output');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log(`browser test skipped: no Chromium at ${CHROMIUM}`);

const countSections = (children: readonly PlanChild[]): number =>
  children.reduce((n, c) => (c.type === 'section' ? n + 1 + countSections(c.children) : n), 0);

/** Whether the element is visible inside its scrolling pane and inside the window. */
const inView = (page: Page, selector: string) =>
  page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) return 'missing';
    const r = el.getClientRects()[0] || el.getBoundingClientRect();
    const pane = el.closest('.source');
    const p = pane ? pane.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    return r.top >= Math.max(0, p.top) - 1 && r.top < Math.min(window.innerHeight, p.bottom);
  })()`);

describe.skipIf(!haveChromium)('report.html in headless Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let plans: Plan[];
  let userData: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const seeds = seedIds().map((id) => `seeds/${id}.txt`);
    const report = join(OUT, 'report.html');
    const run = runCli(['report', ...seeds, '-o', report]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    plans = (JSON.parse(runCli(seeds).stdout) as unknown[]).map((p) => planSchema.parse(p));

    const { chromium } = await import('playwright-core');
    userData = mkdtempSync(join(tmpdir(), 'plan-extract-chromium-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('should show every document, outline node and indicator', async () => {
    expect(await page.locator('section.doc').count()).toBe(plans.length);
    for (const [d, plan] of plans.entries()) {
      const doc = page.locator(`#doc-${d}`);
      if (plan.meta.title) await expect(doc.locator('h2').textContent()).resolves.toBe(plan.meta.title);
      expect(await doc.locator('.outline a.onode').count(), `outline of document ${d}`).toBe(countSections(plan.children));
      expect(await doc.locator('.source .src-sec').count()).toBe(countSections(plan.children));
      expect(await doc.locator('table.indicators tbody tr').count()).toBe(plan.indicators.length);
      for (const [k, indicator] of plan.indicators.entries()) {
        const mark = doc.locator(`#doc-${d}-i${k}`);
        expect(await mark.count(), `indicator ${d}/${k}`).toBe(1);
        // The highlight starts where the indicator starts in the source.
        const shown = (await mark.textContent()) ?? '';
        expect(indicator.text.length === 0 || shown.length > 0).toBe(true);
        expect(await doc.locator(`.outline a[href="#doc-${d}-i${k}"]`).count()).toBe(1);
      }
      expect(await doc.locator('.source [id^="doc-"][data-kind="diagnostic"]').count()).toBe(plan.diagnostics.length);
    }
    // The document list and the comparison.
    expect(await page.locator('.doclist li').count()).toBe(plans.length);
    expect(await page.locator('#comparison figure.chart svg').count()).toBeGreaterThan(5);
  });

  it('should scroll to the source text when an outline node is clicked', async () => {
    // The last top-level section of the longest document: far below the top of its source pane.
    const d = plans.reduce((best, p, i) => (p.position.end.offset > (plans[best]?.position.end.offset ?? 0) ? i : best), 0);
    const plan = plans[d]!;
    const total = countSections(plan.children);
    const lastTop = total - countSections((plan.children.filter((c) => c.type === 'section').at(-1) as { children: PlanChild[] }).children) - 1;
    const target = `#doc-${d}-s${lastTop}`;
    expect(await inView(page, target)).toBe(false);
    await page.locator(`#doc-${d} .outline a.onode[data-node="${lastTop}"]`).click();
    await expect.poll(() => inView(page, target)).toBe(true);
    expect(await page.evaluate('location.hash')).toBe(target);

    // From the indicators table to the highlight.
    const k = plan.indicators.length - 1;
    await page.locator(`#doc-${d}-ir${k} a.ilink`).click();
    await expect.poll(() => inView(page, `#doc-${d}-i${k}`)).toBe(true);
  });

  it('should work with the keyboard: Enter on a focused outline link navigates', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const link = page.locator('#doc-0 .outline a.onode[data-node="0"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('location.hash')).toBe('#doc-0-s0');
  });

  it('should log no console errors and fetch nothing, and leave a screenshot', async () => {
    // A fresh load, then the view a reader gets: the document with the most indicators, its
    // outline node around the first indicator clicked, the document scrolled to the top.
    const d = plans.reduce((best, p, i) => (p.indicators.length > (plans[best]?.indicators.length ?? 0) ? i : best), 0);
    await page.goto(pathToFileURL(join(OUT, 'report.html')).href);
    await page.reload();
    const section = (await page.evaluate(`document.getElementById('doc-${d}-i0').closest('.src-sec').id`)) as string;
    await page.locator(`#doc-${d} .outline a.onode[href="#${section}"]`).click();
    await expect.poll(() => inView(page, `#doc-${d}-i0`)).toBe(true);
    await page.evaluate(`document.getElementById('doc-${d}').scrollIntoView()`);
    const shot = join(OUT, 'report.png');
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
    // UPDATE_SCREENSHOT=1 refreshes the README's picture.
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(shot, join(ROOT, 'docs', 'report.png'));
    expect(problems).toEqual([]);
  });
});
