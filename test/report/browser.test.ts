// The report in a real browser: Debian's Chromium (headless), driven by playwright-core with its
// executable path (no browser is downloaded). Builds report.html from the seeds through the real
// CLI, then checks documents, outline nodes, indicators, outline navigation, charts and the
// console; then a report of 200 documents (the seeds and the dev corpus repeated): its size, the
// time it takes to open, the sticky header and first column of the comparison, charts.
// Skipped, saying so, when no Chromium is installed (.ci/run installs it).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type Plan, type PlanChild } from '../../src/schema.js';
import { ROOT, runCli, seedIds } from '../helpers.js';

/** Marks drawn in each chart of the page (a mark is a dot, or an arrow for a change). */
const marksPerChart = (page: Page) => page.evaluate(`[...document.querySelectorAll('figure.chart svg')].map((svg) => svg.querySelectorAll('g.pt').length)`) as Promise<number[]>;

/** Where the comparison's header row and first column are, against its scrolling box. */
const stickyOffsets = (page: Page) =>
  page.evaluate(`(() => {
    const wrap = document.querySelector('.table-wrap.sticky').getBoundingClientRect();
    const head = document.querySelector('table.comparison thead th:nth-child(3)').getBoundingClientRect();
    const first = document.querySelector('table.comparison tbody tr:nth-child(20) th').getBoundingClientRect();
    return { top: head.top - wrap.top, left: first.left - wrap.left };
  })()`) as Promise<{ top: number; left: number }>;

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
      expect(await doc.locator('.otree a[href*="-s"]').count(), `outline of document ${d}`).toBe(countSections(plan.children));
      expect(await doc.locator('.source .src-sec').count()).toBe(countSections(plan.children));
      expect(await doc.locator('table.indicators tbody tr').count()).toBe(plan.indicators.length);
      for (const [k, indicator] of plan.indicators.entries()) {
        const mark = doc.locator(`#doc-${d}-i${k}`);
        expect(await mark.count(), `indicator ${d}/${k}`).toBe(1);
        // The highlight starts where the indicator starts in the source.
        const shown = (await mark.textContent()) ?? '';
        expect(indicator.text.length === 0 || shown.length > 0).toBe(true);
        expect(await doc.locator(`table.indicators a[href="#doc-${d}-i${k}"]`).count()).toBe(1);
      }
      expect(await doc.locator(`.source [id^="doc-${d}-g"]`).count()).toBe(plan.diagnostics.length);
    }
    // The document list and the comparison.
    expect(await page.locator('.doclist li').count()).toBe(plans.length);
    expect(await page.locator('#comparison figure.chart svg').count()).toBeGreaterThan(2);
  });

  it('should scroll to the source text when an outline node is clicked', async () => {
    // The last top-level section of the longest document: far below the top of its source pane.
    const d = plans.reduce((best, p, i) => (p.position.end.offset > (plans[best]?.position.end.offset ?? 0) ? i : best), 0);
    const plan = plans[d]!;
    const total = countSections(plan.children);
    const lastTop = total - countSections((plan.children.filter((c) => c.type === 'section').at(-1) as { children: PlanChild[] }).children) - 1;
    const target = `#doc-${d}-s${lastTop}`;
    expect(await inView(page, target)).toBe(false);
    await page.locator(`#doc-${d} .outline a[href="${target}"]`).click();
    await expect.poll(() => inView(page, target)).toBe(true);
    expect(await page.evaluate('location.hash')).toBe(target);

    // From the indicators table to the highlight.
    const k = plan.indicators.length - 1;
    await page.locator(`#doc-${d}-ir${k} td:first-child a`).click();
    await expect.poll(() => inView(page, `#doc-${d}-i${k}`)).toBe(true);
  });

  it('should work with the keyboard: Enter on a focused outline link navigates', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const link = page.locator('#doc-0 .outline a[href="#doc-0-s0"]');
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
    await page.locator(`#doc-${d} .outline a[href="#${section}"]`).click();
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

describe.skipIf(!haveChromium)('report.html of the seeds: the comparison', () => {
  let context: BrowserContext;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    userData = mkdtempSync(join(tmpdir(), 'plan-extract-chromium-'));
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    await page.goto(pathToFileURL(join(OUT, 'report.html')).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('should support a Chinese interface and no chart with a single point', async () => {
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    expect(await page.locator('#comparison-h').textContent()).toBe('指标比较');
    const marks = await marksPerChart(page);
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.filter((n) => n < 2)).toEqual([]);
  });

  it("should support 贵阳's 婴儿死亡率 shown with its flag in the comparison", async () => {
    const row = page.locator('table.comparison tbody tr', { has: page.locator('th', { hasText: 'infant-mortality' }) });
    const guiyang = row.locator('td.flagged', { hasText: '≤7%' });
    await expect(guiyang.locator('.flag').textContent()).resolves.toBe('⚑单位存疑');
    await expect(guiyang.locator('.flag').getAttribute('title')).resolves.toBe('indicator/implausible-unit');
  });

  it('should leave a screenshot of the comparison', async () => {
    await page.locator('#comparison').scrollIntoViewIfNeeded();
    await page.evaluate(`document.getElementById('comparison').scrollIntoView()`);
    await page.screenshot({ path: join(OUT, 'report-comparison.png') });
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'report-charts.png') });
    expect(existsSync(join(OUT, 'report-charts.png'))).toBe(true);
  });
});

describe.skipIf(!haveChromium)('report.html of 200 documents (the seeds and the dev corpus repeated)', () => {
  let context: BrowserContext;
  let page: Page;
  let userData: string;
  let dir: string;
  let report: string;
  let openMs: number;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-extract-200-'));
    const sources = [...seedIds().map((id) => join(ROOT, 'seeds', `${id}.txt`)), ...readdirSync(join(ROOT, 'fixtures/dev/docs')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'fixtures/dev/docs', f))];
    for (let n = 0; n < 200; n++) copyFileSync(sources[n % sources.length]!, join(dir, `doc_${n + 1}.txt`));
    report = join(OUT, 'report-200.html');
    const run = runCli(['report', dir, '-o', report]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const { chromium } = await import('playwright-core');
    userData = mkdtempSync(join(tmpdir(), 'plan-extract-chromium-'));
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // The time to open: from navigation to the load event, as Chromium measures it. The machine
    // that runs the tests is shared, so the page is opened three times and the fastest counts
    // (the others measure the neighbours' load, not the page).
    const times: number[] = [];
    for (let n = 0; n < 3; n++) {
      await page.goto('about:blank');
      await page.goto(pathToFileURL(report).href, { waitUntil: 'load', timeout: 60_000 });
      times.push((await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number);
    }
    openMs = Math.round(Math.min(...times));
    console.log(`report of 200 documents: ${(statSync(report).size / 1e6).toFixed(1)} MB, opened in ${times.map(Math.round).join(', ')} ms`);
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('should support 200 documents in under 15 MB, opened in under 3 s', () => {
    expect(statSync(report).size).toBeLessThan(15_000_000);
    expect(openMs).toBeLessThan(3000);
  });

  it('should support natural document order: doc_2 before doc_10', async () => {
    const names = (await page.locator('.doclist li .counts').allTextContents()).map((t) => /doc_\d+\.txt/u.exec(t)?.[0]);
    expect(names.slice(0, 11)).toEqual(['doc_1.txt', 'doc_2.txt', 'doc_3.txt', 'doc_4.txt', 'doc_5.txt', 'doc_6.txt', 'doc_7.txt', 'doc_8.txt', 'doc_9.txt', 'doc_10.txt', 'doc_11.txt']);
  });

  it('should support the header row and the first column staying visible when the comparison is scrolled', async () => {
    const wrap = page.locator('.table-wrap.sticky');
    await wrap.scrollIntoViewIfNeeded();
    const before = await stickyOffsets(page);
    await wrap.evaluate((el) => el.scrollTo(2000, 1500));
    expect(await wrap.evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([2000, 1500]);
    const after = await stickyOffsets(page);
    // The header row stays at the top of the box, the metric column at its left edge.
    expect(Math.abs(after.top)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.left)).toBeLessThanOrEqual(2);
    expect(before.top).toBeGreaterThanOrEqual(after.top);
    await page.screenshot({ path: join(OUT, 'report-200-scrolled.png') });
  });

  it('should support charts with two marks or more only, and log no console errors', async () => {
    const marks = await marksPerChart(page);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((n) => n < 2)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

