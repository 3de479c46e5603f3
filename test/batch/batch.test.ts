// Batches: input order under concurrency, failing inputs, the worker pool.
import { describe, expect, it } from 'vitest';
import { extractMany } from '../../src/batch/many.js';
import { mapOrdered } from '../../src/batch/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered', () => {
  it('should support yielding in input order when later items finish first', async () => {
    const out: number[] = [];
    for await (const x of mapOrdered([30, 5, 20, 1, 10], 3, async (ms) => (await sleep(ms), ms))) out.push(x);
    expect(out).toEqual([30, 5, 20, 1, 10]);
  });

  it('should not support more items in flight than the concurrency', async () => {
    let running = 0;
    let peak = 0;
    const work = async (i: number) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(2);
      running--;
      return i;
    };
    const out: number[] = [];
    for await (const x of mapOrdered(Array.from({ length: 20 }, (_, i) => i), 4, work)) out.push(x);
    expect(peak).toBeLessThanOrEqual(4);
    expect(out).toHaveLength(20);
  });
});

describe('extractMany', () => {
  it('should support async iterables and keep going after a failing input', async () => {
    async function* inputs() {
      yield { path: 'a.txt', content: '一、总体要求\n' };
      yield { path: 'bin.txt', content: new Uint8Array([0, 1, 2, 0]) };
      yield { path: 'c.txt', content: '（一）加强领导。\n' };
    }
    const results = [];
    for await (const r of extractMany(inputs(), { concurrency: 2 })) results.push(r);
    expect(results.map((r) => r.path)).toEqual(['a.txt', 'bin.txt', 'c.txt']);
    expect('error' in (results[1] as object)).toBe(true);
    expect('plan' in (results[2] as object)).toBe(true);
  });
});
