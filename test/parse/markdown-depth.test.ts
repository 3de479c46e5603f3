// Markdown nested too deeply for remark-parse (issue 11 item 7): found by one linear pass and read
// as plain text with a parse/too-deep warning, the same in the main thread and in workers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { findTooDeep, MAX_CONTAINER_DEPTH, MAX_INLINE_OPEN } from '../../src/parse/markdown-depth.js';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { ROOT, runCli } from '../helpers.js';

const tooDeep = (text: string) => findTooDeep(text, splitLines(text));

/** The adversarial files of the issue, and a few more of the same kind. */
const DEEP: Record<string, string> = {
  'stars.md': `${'*'.repeat(20000)}text${'*'.repeat(20000)}\n`,
  'list.md': `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- 第${i}项`).join('\n')}\n`,
  'bullets.md': `${'- '.repeat(5000)}x\n`,
  'quotes.md': `${'>'.repeat(20000)} x\n`,
  'images.md': `${'!['.repeat(2000)}x${'](u)'.repeat(2000)}\n`,
  'emphasis.md': `${'*a '.repeat(4000)}x${' a*'.repeat(4000)}\n`,
  'underscores.md': `${'_'.repeat(20000)}text${'_'.repeat(20000)}\n`,
};

describe('findTooDeep', () => {
  it.each(Object.entries(DEEP))('should support finding %s too deep', (_name, text) => {
    expect(tooDeep(text)).not.toBeNull();
  });

  it('should not support calling real markdown too deep', () => {
    const fixture = readFileSync(join(ROOT, 'fixtures/markdown/plan.md'), 'utf8');
    const nested = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- **第${i}项** *强调* [链接](http://x) ![图](y.png)`).join('\n');
    const form = Array.from({ length: 200 }, () => '姓名：________ 电话：________ ____年____月____日').join('\n');
    const bold = Array.from({ length: 500 }, (_, i) => `| **${i}** | _${i}_ | [${i}](u) |`).join('\n');
    for (const text of [fixture, nested, form, bold, '***\n* * *\n___\n', `${' '.repeat(100)}居中的标题\n`]) expect(tooDeep(text)).toBeNull();
  });

  it('should support the limits exactly: one level fewer passes, one more does not', () => {
    const openers = (n: number) => `${'*a '.repeat(n)}x\n`;
    expect(tooDeep(openers(MAX_INLINE_OPEN))).toBeNull();
    expect(tooDeep(openers(MAX_INLINE_OPEN + 1))).not.toBeNull();
    const quotes = (n: number) => `${'>'.repeat(n)} x\n`;
    expect(tooDeep(quotes(MAX_CONTAINER_DEPTH))).toBeNull();
    expect(tooDeep(quotes(MAX_CONTAINER_DEPTH + 1))).not.toBeNull();
  });

  it('should not support counting openers across paragraphs', () => {
    expect(tooDeep(Array.from({ length: 100 }, () => '*a *b *c x').join('\n\n'))).toBeNull();
  });

  it('should not support counting escaped marks', () => {
    expect(tooDeep(`${'\\*'.repeat(5000)}x\n`)).toBeNull();
  });
});

describe('markdown too deep to parse', () => {
  it('should read it as plain text, losslessly, with a parse/too-deep warning where the limit is passed', async () => {
    const plan = await extract(Buffer.from(DEEP['list.md'] as string), { path: 'list.md' });
    const [warning] = plan.diagnostics.filter((d) => d.rule === 'parse/too-deep');
    expect(warning).toMatchObject({ severity: 'warning', position: { start: { line: MAX_CONTAINER_DEPTH * 2 + 1, column: 1 } } });
    expect(plan.children.map((c) => (c.type === 'section' ? '' : c.value)).join('')).toBe(DEEP['list.md']);
  });

  it('should give every file the same result alone (--jobs 1) and in a batch of worker threads, the good files too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-deep-'));
    const files = Object.keys(DEEP);
    for (const [name, text] of Object.entries(DEEP)) writeFileSync(join(dir, name), text);
    for (const name of ['good1.md', 'good2.md']) writeFileSync(join(dir, name), readFileSync(join(ROOT, 'fixtures/markdown/plan.md')));
    files.push('good1.md', 'good2.md');
    const alone = runCli(['--format', 'ndjson', '--jobs', '1', ...files], undefined, {}, dir);
    const batch = runCli(['--format', 'ndjson', '--jobs', '2', ...files], undefined, {}, dir);
    expect(alone.stderr).toBe('');
    expect(alone.status).toBe(0);
    expect(batch.status).toBe(0);
    expect(batch.stdout).toBe(alone.stdout);
    const plans = alone.stdout.trim().split('\n').map((l) => JSON.parse(l) as Plan);
    expect(plans.map((p) => p.source.path)).toEqual(files);
    expect(plans.map((p) => p.diagnostics.some((d) => d.rule === 'parse/too-deep'))).toEqual([...Object.keys(DEEP).map(() => true), false, false]);
  }, 120_000);
});
