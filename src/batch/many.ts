// The library's streaming batch API.
import { extract } from '../pipeline.js';
import type { Plan } from '../schema.js';
import { mapOrdered } from './ordered.js';

/** One input of extractMany: a text or its bytes, with an optional path for messages. */
export interface ManyInput {
  path?: string;
  content: string | Uint8Array;
}

export type ManyResult = { path: string | undefined; plan: Plan } | { path: string | undefined; error: Error };

/**
 * Extracts plans from an (async) iterable of inputs, yielding one result per input in input
 * order. A failing input yields its error and the stream goes on. `concurrency` bounds how many
 * inputs are in flight (and so how many results wait in memory).
 */
export function extractMany(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  options: { concurrency?: number } = {},
): AsyncGenerator<ManyResult> {
  return mapOrdered(inputs, options.concurrency ?? 4, async (input): Promise<ManyResult> => {
    try {
      return { path: input.path, plan: await extract(input.content, { path: input.path }) };
    } catch (error) {
      return { path: input.path, error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
}
