// Worker threads kept between batches. Each worker pays once for loading the pipeline and for the
// JIT warming it up (about as long as extracting a couple of hundred small documents); a program
// that extracts batch after batch keeps its workers warm in an ExtractPool instead of starting new
// ones for every extractMany call.
import type { RuleSettings } from '../check/types.js';
import type { Grammars } from '../grammar/grammars.js';
import { loadGrammars, type GrammarInput } from '../pipeline.js';
import type { Plan } from '../schema.js';
import { inFlightFor } from './in-flight.js';
import { mapOrdered } from './ordered.js';
import { WorkerPool } from './pool.js';
import { batchSettings } from './settings.js';

/** One input of a batch: a text or its bytes, with an optional path for messages. */
export interface ManyInput {
  path?: string;
  content: string | Uint8Array;
}

export type ManyResult = { path: string | undefined; plan: Plan } | { path: string | undefined; error: Error };

/** What the extract worker is sent and answers (see extract-worker.ts). */
export interface ManyRequest {
  path: string | undefined;
  content: string | Uint8Array;
}
export type ManyReply = { path: string | undefined; plan: Plan } | { path: string | undefined; error: { name: string; message: string } };

export interface ExtractPoolOptions {
  /** Worker threads (CPU-bound batches gain up to one per core). */
  workers: number;
  /** The compiled grammars (compileGrammars, loadGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /** User grammar(s) merged with the shipped ones, compiled once for the pool. */
  grammar?: GrammarInput | readonly GrammarInput[];
  /** Rule settings: a severity, "off", or [severity, options] per rule id. */
  rules?: RuleSettings;
}

function toError(e: { name: string; message: string }): Error {
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

/** Worker threads that extract documents, batch after batch, until closed. */
export class ExtractPool {
  private readonly pool: WorkerPool<ManyRequest, ManyReply>;

  /** Use createExtractPool (it compiles user grammars first). */
  constructor(
    readonly workers: number,
    grammars: Grammars | undefined,
    rules: RuleSettings | undefined,
  ) {
    this.pool = new WorkerPool<ManyRequest, ManyReply>(workers, {
      script: new URL('./extract-worker.js', import.meta.url),
      workerData: batchSettings(grammars, rules),
      failed: (request, message) => ({ path: request.path, error: { name: 'Error', message } }),
    });
  }

  /**
   * Extracts a batch on the pool's workers, yielding one result per input in input order; a
   * failing input yields its error and the batch goes on. `concurrency`: inputs in flight (and so
   * results that may wait in memory), eight per worker by default.
   */
  async *extractMany(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>, concurrency = inFlightFor(this.workers)): AsyncGenerator<ManyResult> {
    for await (const reply of mapOrdered(inputs, concurrency, (input) => this.pool.run({ path: input.path, content: input.content }))) {
      yield 'plan' in reply ? reply : { path: reply.path, error: toError(reply.error) };
    }
  }

  /** Stops the workers; the pool cannot be used afterwards. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** A pool of `workers` worker threads extracting with the given grammars and rules; close it when done. */
export async function createExtractPool(options: ExtractPoolOptions): Promise<ExtractPool> {
  const grammars = options.grammar === undefined ? options.grammars : await loadGrammars(options.grammar);
  return new ExtractPool(Math.max(1, Math.floor(options.workers)), grammars, options.rules);
}
