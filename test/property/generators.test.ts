// The generators must make documents worth testing: large on average, and holding what the stages
// look for (sections, indicators, dates), not the few characters of fast-check's default sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { anyBytes, anyDocument, chineseNumeral } from './documents.js';

describe('document generators', () => {
  it('should support Chinese numerals 1..99', () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十三', '九十九']);
  });

  it('should make large documents that hold sections, indicators and dates', async () => {
    const docs = fc.sample(anyDocument, { numRuns: 100, seed: 42 });
    const plans: Plan[] = [];
    for (const d of docs) {
      plans.push(await extract(d.text, { path: d.markdown ? 'doc.md' : 'doc.txt' }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const share = (f: (i: number) => boolean) => docs.filter((_, i) => f(i)).length / docs.length;
    expect(docs.reduce((n, d) => n + d.text.length, 0) / docs.length).toBeGreaterThan(1000);
    expect(share((i) => (docs[i] as { text: string }).text.length > 5000)).toBeGreaterThan(0.05);
    expect(share((i) => plans[i]?.children.some((c) => c.type === 'section') ?? false)).toBeGreaterThan(0.6);
    expect(share((i) => (plans[i]?.indicators.length ?? 0) > 0)).toBeGreaterThan(0.4);
    expect(share((i) => (plans[i]?.dates.length ?? 0) > 0)).toBeGreaterThan(0.5);
    expect(share((i) => (docs[i] as { text: string }).text.includes('\r'))).toBeGreaterThan(0.2);
    expect(share((i) => /[\uff01-\uff5e]/u.test((docs[i] as { text: string }).text))).toBeGreaterThan(0.3);
    expect(share((i) => docs[i]?.markdown ?? false)).toBeGreaterThan(0.3);
  });

  it('should make bytes in every encoding, damaged UTF-8 among them', () => {
    const samples = fc.sample(anyBytes, { numRuns: 200, seed: 7 });
    const invalidUtf8 = samples.filter((s) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(s.bytes);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalidUtf8.length).toBeGreaterThan(40);
  });
});
