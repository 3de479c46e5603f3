// extractMany on worker threads: the built package (workers run dist/batch/extract-worker.js).
// Same plans as in this thread, in input order, with the caller's grammars and rule settings; a
// failing input yields its error and the others go on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// Built by `npm test` (and `npm run build`) before vitest runs.
const dist = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../../src/index.js');
const TIANGAN = join(ROOT, 'fixtures', 'grammars', 'tiangan.yaml');
const DOC = '一、总体要求\n甲、加强组织领导\n坚持党的全面领导。\n乙、完善工作机制\n健全协调机制，明确责任分工,确保落实。\n';

async function all(options: Parameters<typeof dist.extractMany>[1]) {
  const inputs = [
    { path: 'a.txt', content: DOC },
    { path: 'bin.txt', content: new Uint8Array([0, 1, 2, 0]) },
    { path: 'c.txt', content: new TextEncoder().encode(`${DOC}二、重点任务\n推进医改。\n`) },
  ];
  const out = [];
  for await (const r of dist.extractMany(inputs, options)) out.push(r);
  return out;
}

describe('extractMany with workers', () => {
  it('should support worker threads giving the plans of this thread, in order, with a user grammar and rule settings', async () => {
    const options = { grammar: TIANGAN, rules: { 'encoding/mixed-width-punctuation': 'off' as const } };
    const threaded = await all({ ...options, workers: 2 });
    const here = await all(options);
    expect(threaded.map((r) => r.path)).toEqual(['a.txt', 'bin.txt', 'c.txt']);
    expect(threaded.filter((r) => 'plan' in r)).toEqual(here.filter((r) => 'plan' in r));
    const first = threaded[0];
    expect(first && 'plan' in first ? first.plan.children.some((c) => c.type === 'section' && c.children.some((s) => s.type === 'section' && s.scheme === 'tiangan')) : false).toBe(true);
    expect(first && 'plan' in first ? first.plan.diagnostics.map((d) => d.rule) : ['no plan']).not.toContain('encoding/mixed-width-punctuation');
  });

  it('should not support a binary input: its error (name and message) comes back and the stream goes on', async () => {
    const [, bad, last] = await all({ workers: 1 });
    expect(bad && 'error' in bad ? [bad.error.name, bad.error.message] : []).toEqual(['DecodeError', expect.stringMatching(/binary/u)]);
    expect(last && 'plan' in last).toBe(true);
  });

  it('should support a pool kept across batches: the same plans as this thread, batch after batch, until closed', async () => {
    const options = { grammar: TIANGAN, rules: { 'encoding/mixed-width-punctuation': 'off' as const } };
    const here = (await all(options)).filter((r) => 'plan' in r);
    const pool = await dist.createExtractPool({ ...options, workers: 2 });
    const batch = async () => {
      const out = [];
      for await (const r of pool.extractMany([{ path: 'a.txt', content: DOC }, { path: 'bin.txt', content: new Uint8Array([0, 1, 2, 0]) }, { path: 'c.txt', content: `${DOC}二、重点任务\n推进医改。\n` }])) out.push(r);
      return out;
    };
    try {
      for (let round = 0; round < 2; round++) {
        const results = await batch();
        expect(results.map((r) => r.path)).toEqual(['a.txt', 'bin.txt', 'c.txt']);
        expect(results.filter((r) => 'plan' in r)).toEqual(here);
        expect(results[1] && 'error' in results[1] ? results[1].error.name : undefined).toBe('DecodeError');
      }
    } finally {
      await pool.close();
    }
  });
});
