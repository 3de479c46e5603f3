// The worker pool finishes every batch: workers that cannot start fail their jobs with the reason,
// a worker that dies fails only its own job and is replaced.
import { describe, expect, it } from 'vitest';
import type { JobRequest, JobResult } from '../../src/batch/job.js';
import { WorkerPool } from '../../src/batch/pool.js';

const script = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);
const request = (input: string): JobRequest => ({ input, format: 'json', compact: false, whole: false });

const BROKEN = script(`throw new Error('cannot load the pipeline');`);
const FLAKY = script(`
  import { parentPort } from 'node:worker_threads';
  parentPort.on('message', ({ request }) => {
    if (request.input === 'crash') process.exit(3);
    parentPort.postMessage({ result: { input: request.input, output: ['ok'], counts: { sections: 0, indicators: 0, diagnostics: 0 } } });
  });`);

const errorOf = (r: JobResult) => ('error' in r ? r.error : undefined);

describe('WorkerPool', () => {
  it('should not hang when its workers cannot start: every job fails with the reason', async () => {
    const pool = new WorkerPool(2, { script: BROKEN });
    try {
      const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((i) => pool.run(request(i))));
      expect(results.map((r) => r.input)).toEqual(['a', 'b', 'c', 'd', 'e']);
      for (const r of results) expect(errorOf(r)).toMatch(/^worker thread(s cannot start| failed): .*cannot load the pipeline/u);
      // A job given after the pool broke fails at once too.
      expect(errorOf(await pool.run(request('f')))).toMatch(/^worker threads cannot start: .*cannot load the pipeline/u);
    } finally {
      await pool.close();
    }
  });

  it('should support a worker dying on one job: that job fails, a fresh worker runs the next', async () => {
    const pool = new WorkerPool(1, { script: FLAKY });
    try {
      expect(await pool.run(request('a'))).toEqual({ input: 'a', output: ['ok'], counts: { sections: 0, indicators: 0, diagnostics: 0 } });
      expect(errorOf(await pool.run(request('crash')))).toBe('worker thread failed: the worker thread stopped (exit code 3)');
      expect('output' in (await pool.run(request('b')))).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('should support a worker dying with jobs queued behind it: only the running job fails, the queued ones run on a fresh worker', async () => {
    const pool = new WorkerPool(1, { script: FLAKY });
    try {
      const results = await Promise.all(['a', 'crash', 'b', 'c'].map((i) => pool.run(request(i))));
      expect(results.map((r) => r.input)).toEqual(['a', 'crash', 'b', 'c']);
      expect(results.map((r) => errorOf(r) ?? 'ok')).toEqual(['ok', 'worker thread failed: the worker thread stopped (exit code 3)', 'ok', 'ok']);
    } finally {
      await pool.close();
    }
  });

  it('should support answers in order when a worker holds more than one job', async () => {
    // Each job takes longer than the next: answers matched by order of arrival, not by timing.
    const SLOW_FIRST = script(`
      import { parentPort } from 'node:worker_threads';
      import { serveInOrder } from ${JSON.stringify(new URL('../../dist/batch/serial.js', import.meta.url).href)};
      serveInOrder(async (request) => {
        await new Promise((r) => setTimeout(r, Number(request.input)));
        return { input: request.input, output: 'after ' + request.input, counts: { sections: 0, indicators: 0, diagnostics: 0 } };
      });`);
    const pool = new WorkerPool(1, { script: SLOW_FIRST });
    try {
      const inputs = ['40', '20', '0', '30', '10'];
      const results = await Promise.all(inputs.map((i) => pool.run(request(i))));
      expect(results.map((r) => ('output' in r ? r.output : r.error))).toEqual(inputs.map((i) => `after ${i}`));
    } finally {
      await pool.close();
    }
  });
});
