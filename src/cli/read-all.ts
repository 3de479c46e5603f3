// The read loop of the commands that need every document in memory (compare, report): inputs
// expanded as everywhere (files, directories, globs), each read with the size limit and grammars,
// each one that cannot be read named on one stderr line (the others are still read).
import { resolveInputs } from './inputs.js';
import { errorLine } from './output.js';
import { readInput, type InputResult, type ReadOptions } from './read.js';

export interface ReadAllOptions extends ReadOptions {
  ignore: readonly string[];
  /** What the inputs are for, in the "no input" message ("to compare"). */
  what: string;
}

export interface ReadAll {
  /** One result per file, in input order: a plan or the reason it could not be read. */
  results: InputResult[];
  /** Arguments that named nothing, with the reason (already reported on stderr). */
  unmatched: Array<{ input: string; reason: string }>;
}

/** Undefined (usage error, reported) when no input was given or nothing matched. */
export async function readAll(patterns: readonly string[], options: ReadAllOptions): Promise<ReadAll | undefined> {
  const { ignore, what, ...readOptions } = options;
  const expanded = await resolveInputs(patterns, ignore, what);
  if (!expanded) return undefined;
  const results: InputResult[] = [];
  for (const file of expanded.files) {
    const result = await readInput(file, readOptions);
    if ('error' in result) errorLine(file, result.error);
    results.push(result);
  }
  return { results, unmatched: expanded.unmatched };
}
