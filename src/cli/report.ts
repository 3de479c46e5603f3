// `plan-extract report`: one self-contained HTML page for a set of plans (outline, highlighted
// source, indicator tables, cross-document comparison with SVG charts). The renderer is loaded
// only when this command runs.
import { Command, Option } from 'commander';
import { loadGrammarFiles } from './grammar.js';
import { collect } from './inputs.js';
import { maxSizeOption } from './limits.js';
import { writeOutput } from './output-file.js';
import type { InputResult } from './read.js';
import { readAll } from './read-all.js';
import { ignoreOption, outputOption, outputTarget } from './vocabulary.js';
import { VERSION } from './version.js';

export const REPORT_EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

export interface ReportCliOptions {
  /** The HTML file; undefined or "-": standard output. */
  output?: string;
  title?: string;
  lang?: 'zh' | 'en';
  ignore: string[];
  metrics: string[];
  maxSize?: number;
}

const HELP = `
Inputs are files, directories (their .txt and .md files, recursively) and globs.
The page loads nothing from the network (inline CSS, script and SVG charts), so it
opens from disk and can be mailed or archived as one file. A document that cannot
be read is reported on stderr and listed in the page; the others are still shown.
The page is in Chinese; --lang en gives it in English. Documents are listed in natural
order of their names (doc_2 before doc_10); the comparison comes first, with a chart
for every metric that has two values or more.

Exit status: 0 report written, 1 written but a document could not be read,
2 bad usage, no input matched, or the report could not be written.

Without -o (or with -o -) the page is written to standard output.

Examples:
  $ plan-extract report seeds/*.txt -o report.html
  $ plan-extract report docs/ -o - | gzip > report.html.gz`;

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

/** The `report` subcommand; `setStatus` receives its exit status. */
export function reportCommand(setStatus: (status: number) => void): Command {
  return new Command('report')
    .description('write one self-contained HTML report: outlines, highlighted sources, indicators, comparison charts')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .addOption(outputOption('the HTML page'))
    .addOption(new Option('-f, --format <format>', 'output format (the page is one HTML file)').choices(['html']).default('html'))
    .option('--title <title>', 'page title (default: plan-extract 报告)')
    .addOption(new Option('--lang <lang>', 'interface language').choices(['zh', 'en']).default('zh'))
    .option('--metrics <file>', 'a metrics file (as grammars/metrics.yaml) merged with the shipped metrics for the comparison (repeatable)', collect, [] as string[])
    .addOption(ignoreOption())
    .addOption(maxSizeOption())
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: ReportCliOptions) => {
      setStatus(await runReport(inputs, opts));
    });
}
