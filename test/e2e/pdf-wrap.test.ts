// The seeds, the dev corpus and the genre fixtures as a PDF of each would give their text: every
// paragraph wrapped at 28 ems (GB/T 9704-2012 7.2: 28 characters a line; an ASCII character takes
// half an em), a page number `— N —` at the foot of every 22 lines (7.2, 7.5) and a form feed before
// the next page. The outline, indicators and metadata read from the wrapped copy must be those read
// from the original (positions aside): a floor on the share that differs, the figures per set printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { ROOT } from '../helpers.js';
import { wrapLines } from '../pdf-lines.js';

const WIDTH = 28;
const PAGE_LINES = 22;
/** Fewer lines than this: the text has no paragraphs to lay out. */
const MIN_LINES = 3;

/** The text as a PDF extraction gives it: blank lines kept, every other line wrapped, page numbers. */
function asPdfText(text: string): string {
  const lines = text.split('\n').flatMap((l) => wrapLines(l.trim(), WIDTH));
  const out: string[] = [];
  let filled = 0;
  let page = 1;
  for (const line of lines) {
    out.push(filled % PAGE_LINES === 0 && filled > 0 && line !== '' ? `\f${line}` : line);
    if (line !== '' && ++filled % PAGE_LINES === 0) out.push(`— ${page++} —`);
  }
  return out.join('\n');
}

/** What the scorer compares, without positions: sections, indicators, metadata. */
function items(plan: Plan): string[] {
  const n = (s: unknown): string => String(s).normalize('NFKC').replace(/\s+/gu, '');
  const out: string[] = [];
  const walk = (nodes: Plan['children'], depth: number): void => {
    for (const c of nodes) {
      if (c.type !== 'section') continue;
      out.push(`section ${depth} ${n(c.marker)} ${n(c.title)}`);
      walk(c.children, depth + 1);
    }
  };
  walk(plan.children, 0);
  for (const i of plan.indicators) out.push(`indicator ${n(i.metric)} ${i.value} ${n(i.unit)} ${i.comparator} ${i.kind} ${i.year}`);
  for (const [k, v] of Object.entries(plan.meta)) out.push(`meta ${k} ${n(JSON.stringify(v))}`);
  return out;
}

/** How many of `a`'s items `b` lacks (as multisets). */
function lost(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let missing = 0;
  for (const x of a) {
    const k = left.get(x) ?? 0;
    if (k > 0) left.set(x, k - 1);
    else missing++;
  }
  return missing;
}

const SETS: Array<{ name: string; dir: string; maxLost: number }> = [
  { name: 'seeds', dir: join(ROOT, 'seeds'), maxLost: 0.02 },
  { name: 'dev corpus', dir: join(ROOT, 'fixtures', 'dev', 'docs'), maxLost: 0.01 },
  { name: 'genre fixtures', dir: join(ROOT, 'fixtures', 'genre', 'docs'), maxLost: 0.01 },
];

describe('documents as PDF text (wrapped at 28 ems, with page numbers)', () => {
  for (const set of SETS) {
    it(`should support the ${set.name} read as from their original text`, async () => {
      let total = 0;
      let missing = 0;
      const lines: string[] = [];
      for (const file of readdirSync(set.dir).filter((f) => f.endsWith('.txt')).sort()) {
        const text = readFileSync(join(set.dir, file), 'utf8');
        // A text printed on one line (g05) has lost its paragraphs already: no PDF was laid out from it.
        if (text.trim().split('\n').length < MIN_LINES) continue;
        const original = items(await extract(text));
        const wrapped = items(await extract(asPdfText(text)));
        const m = lost(original, wrapped);
        total += original.length;
        missing += m;
        lines.push(`  ${file.slice(0, 40).padEnd(40)} ${m}/${original.length} differ`);
      }
      console.log(`${set.name} as PDF text: ${missing}/${total} items differ (${((100 * missing) / total).toFixed(1)}%)\n${lines.join('\n')}`);
      expect(missing / total).toBeLessThanOrEqual(set.maxLost);
    }, 60_000);
  }
});
