import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJob, jobChunks, runJob, type JobRequest } from '../../src/batch/job.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-extract-job-'));
const input = join(dir, 'plan.txt');
writeFileSync(input, '2026年工作要点\n\n一、稳就业\n城镇新增就业1.2万人，调查失业率控制在5.5%以内。\n');

describe('runJob (what a worker thread answers)', () => {
  it('should support the output as the UTF-8 bytes of the chunks the main thread would write', async () => {
    const request: JobRequest = { input, format: 'ndjson', compact: true, whole: false };
    const result = await runJob(request);
    const extracted = await extractJob(request);
    if ('error' in result || 'error' in extracted) throw new Error('the job failed');
    const text = [...(await jobChunks(request, extracted.plan))].join('');
    expect(new TextDecoder().decode(result.output)).toBe(text);
    expect(text).toContain('失业率');
  });

  it('should support moving the bytes to another thread: their buffer holds them alone', async () => {
    const result = await runJob({ input, format: 'json', compact: false, whole: true });
    if ('error' in result) throw new Error('the job failed');
    expect(result.output.byteOffset).toBe(0);
    expect(result.output.buffer.byteLength).toBe(result.output.byteLength);
    const moved = structuredClone(result.output, { transfer: [result.output.buffer as ArrayBuffer] });
    expect(JSON.parse(new TextDecoder().decode(moved)).indicators.length).toBeGreaterThan(0);
    expect(result.output.byteLength).toBe(0);
  });

  it('should not support an unreadable input: its error, no output', async () => {
    const result = await runJob({ input: join(dir, 'missing.txt'), format: 'ndjson', compact: true, whole: false });
    expect('error' in result && result.error).toBeTruthy();
  });
});
