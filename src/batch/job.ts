// One unit of batch work: read and extract an input, serialize it, and count what it holds. Runs
// on the main thread or in a worker; returns plain data that can cross a thread. Output files are
// written by the main thread (src/cli/extract.ts), which alone can remove a temporary file when
// the run is interrupted.
import { readInput } from '../cli/read.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Plan, PlanChild } from '../schema.js';
import { documentChunks, pieceChunks, type Format } from '../serialize/format.js';

export interface JobRequest {
  input: string;
  format: Format;
  /** The smaller output (--compact): see SerializeOptions. */
  compact: boolean;
  /** The whole document (for a file of its own) rather than its piece of a stream. */
  whole: boolean;
  /** Inputs larger than this many bytes are refused. */
  maxSize?: number;
}

export interface JobCounts {
  sections: number;
  indicators: number;
  diagnostics: number;
}

/**
 * The output as UTF-8 bytes, encoded by the worker and moved to the main thread, not copied (see
 * worker.ts): a worker answers only inputs below the large-input threshold (src/cli/extract.ts),
 * larger ones are serialized in chunks on the main thread as they are written.
 */
export type JobResult = { input: string; output: Uint8Array; counts: JobCounts } | { input: string; error: string };

/** A job's plan before it is serialized (what the main thread streams itself). */
export type ExtractedJob = { input: string; plan: Plan; counts: JobCounts } | { input: string; error: string };

function countSections(children: PlanChild[]): number {
  let n = 0;
  for (const c of children) if (c.type === 'section') n += 1 + countSections(c.children);
  return n;
}

function countsOf(plan: Plan): JobCounts {
  return { sections: countSections(plan.children), indicators: plan.indicators.length, diagnostics: plan.diagnostics.length };
}

/** `options`: the grammars and rule settings of the whole batch. */
export async function extractJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<ExtractedJob> {
  const result = await readInput(request.input, { ...options, maxSize: request.maxSize });
  if ('error' in result) return { input: request.input, error: result.error };
  return { input: request.input, plan: result.plan, counts: countsOf(result.plan) };
}

/** The output of a job, in the chunks it will be written in. */
export function jobChunks(request: JobRequest, plan: Plan): Promise<Iterable<string>> {
  return (request.whole ? documentChunks : pieceChunks)(plan, request.format, { compact: request.compact });
}

/**
 * Chunks of text as one array of UTF-8 bytes, on a buffer of its own (it can be transferred to
 * another thread). Encoding here spares the thread that writes it both the copy of the strings
 * across threads and their encoding at the write.
 */
function utf8Of(chunks: Iterable<string>): Uint8Array {
  const texts = [...chunks];
  let size = 0;
  for (const text of texts) size += Buffer.byteLength(text);
  const bytes = new Uint8Array(size);
  const encoder = new TextEncoder();
  let at = 0;
  for (const text of texts) at += encoder.encodeInto(text, bytes.subarray(at)).written;
  return bytes;
}

/** Extracts and serializes (what a worker thread answers). */
export async function runJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<JobResult> {
  const result = await extractJob(request, options);
  if ('error' in result) return result;
  return { input: result.input, output: utf8Of(await jobChunks(request, result.plan)), counts: result.counts };
}
