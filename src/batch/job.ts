// One unit of batch work: read and extract an input, serialize it (or write it to --out-dir),
// and count what it holds. Runs on the main thread or in a worker; returns plain data that can
// cross a thread.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readInput } from '../cli/read.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Plan, PlanChild } from '../schema.js';
import { EXTENSIONS, serializeOne, serializePiece, type Format } from '../serialize/format.js';

export interface JobRequest {
  input: string;
  format: Format;
  pretty: boolean;
  /** Write the document to <outDir>/<name><ext> instead of returning it. */
  outDir?: string;
}

export interface JobCounts {
  sections: number;
  indicators: number;
  diagnostics: number;
}

export type JobResult = { input: string; output: string; counts: JobCounts } | { input: string; error: string };

function countSections(children: PlanChild[]): number {
  let n = 0;
  for (const c of children) if (c.type === 'section') n += 1 + countSections(c.children);
  return n;
}

function countsOf(plan: Plan): JobCounts {
  return { sections: countSections(plan.children), indicators: plan.indicators.length, diagnostics: plan.diagnostics.length };
}

/** Writes atomically: a reader never sees a half-written file. */
async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** `options`: the grammars and rule settings of the whole batch. */
export async function runJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<JobResult> {
  const result = await readInput(request.input, options);
  if ('error' in result) return { input: request.input, error: result.error };
  const { plan } = result;
  if (request.outDir === undefined) {
    return { input: request.input, output: await serializePiece(plan, request.format, request.pretty), counts: countsOf(plan) };
  }
  const name = request.input === '-' ? 'stdin' : basename(request.input, extname(request.input));
  await mkdir(request.outDir, { recursive: true });
  await writeAtomic(join(request.outDir, name + EXTENSIONS[request.format]), await serializeOne(plan, request.format, request.pretty));
  return { input: request.input, output: '', counts: countsOf(plan) };
}
