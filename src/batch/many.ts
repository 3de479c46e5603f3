// The library's streaming batch API: in this thread, or on a pool of worker threads for
// CPU-bound batches (each worker compiles the grammars once).
import type { RuleSettings } from '../check/types.js';
import type { Grammars } from '../grammar/grammars.js';
import { extract, loadGrammars, type GrammarInput } from '../pipeline.js';
import type { Plan } from '../schema.js';
import { mapOrdered } from './ordered.js';
import { inFlightFor } from './in-flight.js';
import { WorkerPool } from './pool.js';
import { batchSettings } from './settings.js';

/** One input of extractMany: a text or its bytes, with an optional path for messages. */
export interface ManyInput {
  path?: string;
  content: string | Uint8Array;
}

export type ManyResult = { path: string | undefined; plan: Plan } | { path: string | undefined; error: Error };

export interface ManyOptions {
  /** How many inputs are in flight (and so how many results wait in memory); default 4, or eight per worker. */
  concurrency?: number;
  /**
   * Worker threads to extract on (CPU-bound batches of many documents gain up to one per core);
   * by default inputs are extracted in this thread.
   */
  workers?: number;
  /** The compiled grammars (compileGrammars, loadGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /** User grammar(s) merged with the shipped ones, compiled once for the whole batch. */
  grammar?: GrammarInput | readonly GrammarInput[];
  /** Rule settings: a severity, "off", or [severity, options] per rule id. */
  rules?: RuleSettings;
}

/** What the extract worker is sent and answers (see extract-worker.ts). */
export interface ManyRequest {
  path: string | undefined;
  content: string | Uint8Array;
}
export type ManyReply = { path: string | undefined; plan: Plan } | { path: string | undefined; error: { name: string; message: string } };

function toError(e: { name: string; message: string }): Error {
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

/**
 * Extracts plans from an (async) iterable of inputs, yielding one result per input in input
 * order. A failing input yields its error and the stream goes on. With `workers`, documents are
 * extracted on that many worker threads.
 */
export async function* extractMany(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>, options: ManyOptions = {}): AsyncGenerator<ManyResult> {
  const grammars = options.grammar === undefined ? options.grammars : await loadGrammars(options.grammar);
  const { rules } = options;
  if (!options.workers || options.workers < 1) {
    yield* mapOrdered(inputs, options.concurrency ?? 4, async (input): Promise<ManyResult> => {
      try {
        return { path: input.path, plan: await extract(input.content, { path: input.path, grammars, rules }) };
      } catch (error) {
        return { path: input.path, error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
    return;
  }
  const pool = new WorkerPool<ManyRequest, ManyReply>(options.workers, {
    script: new URL('./extract-worker.js', import.meta.url),
    workerData: batchSettings(grammars, rules),
    failed: (request, message) => ({ path: request.path, error: { name: 'Error', message } }),
  });
  try {
    for await (const reply of mapOrdered(inputs, options.concurrency ?? inFlightFor(options.workers), (input) => pool.run({ path: input.path, content: input.content }))) {
      yield 'plan' in reply ? reply : { path: reply.path, error: toError(reply.error) };
    }
  } finally {
    await pool.close();
  }
}
