// `plan-extract report`: one self-contained HTML page for a set of plans (outline, highlighted
// source, indicator tables, cross-document comparison with SVG charts). The renderer is loaded
// only when this command runs (the command's options and help: report-command.ts).
import { loadGrammarFiles } from './grammar.js';
import { writeOutput } from './output-file.js';
import type { InputResult } from './read.js';
import { readAll } from './read-all.js';
import type { ReportCliOptions } from './report-command.js';
import { outputTarget } from './vocabulary.js';
import { VERSION } from './version.js';

export const REPORT_EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

export async function runReport(patterns: string[], opts: ReportCliOptions): Promise<number> {
  const { grammars } = await loadGrammarFiles([], opts.metrics);
  const read = await readAll(patterns, { ignore: opts.ignore, what: 'to report on', maxSize: opts.maxSize });
  if (!read) return REPORT_EXIT.usage;
  // Arguments that named nothing are listed in the page too, with the reason.
  const inputs: InputResult[] = [...read.unmatched.map((u) => ({ input: u.input, error: u.reason })), ...read.results];
  const { buildReport } = await import('../report/index.js');
  const html = await buildReport(inputs, { title: opts.title, lang: opts.lang, version: VERSION, metrics: grammars?.metrics });
  if (!(await writeOutput(outputTarget(opts), html))) return REPORT_EXIT.usage;
  const failed = inputs.some((i) => 'error' in i);
  return failed ? REPORT_EXIT.inputFailed : REPORT_EXIT.ok;
}
