// `plan-extract compare`: one table across documents — a row per metric, a column per document
// (the command's options and help: compare-command.ts).
import { compare, type FailedDocument } from '../compare/compare.js';
import { formatComparison } from '../compare/format.js';
import type { Plan } from '../schema.js';
import { loadGrammarFiles } from './grammar.js';
import { writeOutput } from './output-file.js';
import { readAll } from './read-all.js';
import type { CompareCliOptions } from './compare-command.js';
import { outputTarget } from './vocabulary.js';

export const COMPARE_EXIT = { ok: 0, inputFailed: 1, usage: 2, outputFailed: 2 } as const;

export async function runCompare(patterns: string[], opts: CompareCliOptions): Promise<number> {
  const { grammars } = await loadGrammarFiles([], opts.metrics);
  const read = await readAll(patterns, { ignore: opts.ignore, what: 'to compare', maxSize: opts.maxSize });
  if (!read) return COMPARE_EXIT.usage;
  const documents: Array<Plan | FailedDocument> = read.results.map((r) => ('error' in r ? { path: r.input === '-' ? null : r.input, error: r.error } : r.plan));
  const failed = read.unmatched.length > 0 || read.results.some((r) => 'error' in r);
  const target = outputTarget(opts);
  const format = opts.format ?? (target === undefined && process.stdout.isTTY ? 'markdown' : 'json');
  const output = formatComparison(compare(documents, { matchedOnly: opts.matchedOnly, metrics: grammars?.metrics }), format);
  if (!(await writeOutput(target, output))) return COMPARE_EXIT.outputFailed;
  return failed ? COMPARE_EXIT.inputFailed : COMPARE_EXIT.ok;
}
