// One unit of batch work: read and extract an input, serialize it, and count what it holds.
// Runs on the main thread or in a worker; returns plain data that can cross a thread.
import { readInput } from '../cli/read.js';
import type { Plan, PlanChild } from '../schema.js';
import { serializeOne, type Format } from '../serialize/format.js';

export interface JobRequest {
  input: string;
  format: Format;
  pretty: boolean;
}

export interface JobCounts {
  sections: number;
  indicators: number;
  diagnostics: number;
}

export type JobResult =
  | { input: string; output: string; counts: JobCounts; plan?: Plan }
  | { input: string; error: string };

function countSections(children: PlanChild[]): number {
  let n = 0;
  for (const c of children) if (c.type === 'section') n += 1 + countSections(c.children);
  return n;
}

export function countsOf(plan: Plan): JobCounts {
  return { sections: countSections(plan.children), indicators: plan.indicators.length, diagnostics: plan.diagnostics.length };
}

/** `keepPlan`: also return the tree (on the main thread, for outputs built from all plans). */
export async function runJob(request: JobRequest, keepPlan = false): Promise<JobResult> {
  const result = await readInput(request.input);
  if ('error' in result) return { input: request.input, error: result.error };
  const output = keepPlan ? '' : await serializeOne(result.plan, request.format, request.pretty);
  return { input: request.input, output, counts: countsOf(result.plan), ...(keepPlan ? { plan: result.plan } : {}) };
}
