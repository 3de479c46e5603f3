// The library's streaming batch API: in this thread, or on a pool of worker threads for
// CPU-bound batches (each worker compiles the grammars once).
import type { RuleSettings } from '../check/types.js';
import type { Grammars } from '../grammar/grammars.js';
import { extract, loadGrammars, type GrammarInput } from '../pipeline.js';
import { ExtractPool, type ManyInput, type ManyResult } from './extract-pool.js';
import { mapOrdered } from './ordered.js';

export type { ManyInput, ManyReply, ManyRequest, ManyResult } from './extract-pool.js';

export interface ManyOptions {
  /** How many inputs are in flight (and so how many results wait in memory); default 4, or eight per worker. */
  concurrency?: number;
  /**
   * Worker threads to extract on (CPU-bound batches of many documents gain up to one per core);
   * by default inputs are extracted in this thread. They are started for this call and stopped at
   * its end: to keep warm workers across batches, use createExtractPool.
   */
  workers?: number;
  /** The compiled grammars (compileGrammars, loadGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /** User grammar(s) merged with the shipped ones, compiled once for the whole batch. */
  grammar?: GrammarInput | readonly GrammarInput[];
  /** Rule settings: a severity, "off", or [severity, options] per rule id. */
  rules?: RuleSettings;
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
  const pool = new ExtractPool(options.workers, grammars, rules);
  try {
    yield* pool.extractMany(inputs, options.concurrency);
  } finally {
    await pool.close();
  }
}
