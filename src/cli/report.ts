// `plan-extract report`: one self-contained HTML page for a set of plans (outline, highlighted
// source, indicator tables, cross-document comparison with SVG charts). The renderer is loaded
// only when this command runs.
import { Command, Option } from 'commander';
import { loadGrammarFiles } from './grammar.js';
import { collect, resolveInputs } from './inputs.js';
import { maxSizeOption } from './limits.js';
import { writeOutputFile } from './output-file.js';
import { errorLine } from './output.js';
import { readInput, type InputResult } from './read.js';
import { VERSION } from './version.js';

export const REPORT_EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

export interface ReportCliOptions {
  output: string;
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

Example:
  $ plan-extract report seeds/*.txt -o report.html`;

export async function runReport(patterns: string[], opts: ReportCliOptions): Promise<number> {
  const { grammars } = await loadGrammarFiles([], opts.metrics);
  const expanded = await resolveInputs(patterns, opts.ignore, 'to report on');
  if (!expanded) return REPORT_EXIT.usage;
  const { files, unmatched } = expanded;
  // Arguments that named nothing are listed in the page too, with the reason.
  const inputs: InputResult[] = unmatched.map((u) => ({ input: u.input, error: u.reason }));
  for (const file of files) {
    const result = await readInput(file, { maxSize: opts.maxSize });
    if ('error' in result) errorLine(file, result.error);
    inputs.push(result);
  }
  const { buildReport } = await import('../report/index.js');
  const html = await buildReport(inputs, { title: opts.title, lang: opts.lang, version: VERSION, metrics: grammars?.metrics });
  if (!(await writeOutputFile(opts.output, html, { makeDirectory: true }))) return REPORT_EXIT.usage;
  const failed = unmatched.length > 0 || inputs.some((i) => 'error' in i);
  return failed ? REPORT_EXIT.inputFailed : REPORT_EXIT.ok;
}

/** The `report` subcommand; `setStatus` receives its exit status. */
export function reportCommand(setStatus: (status: number) => void): Command {
  return new Command('report')
    .description('write one self-contained HTML report: outlines, highlighted sources, indicators, comparison charts')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .requiredOption('-o, --output <file>', 'the HTML file to write (replaced atomically)')
    .option('--title <title>', 'page title (default: plan-extract 报告)')
    .addOption(new Option('--lang <lang>', 'interface language').choices(['zh', 'en']).default('zh'))
    .option('--metrics <file>', 'a metrics file (as grammars/metrics.yaml) merged with the shipped metrics for the comparison (repeatable)', collect, [] as string[])
    .option('--ignore <pattern>', 'glob of files to leave out when expanding directories and globs (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: ReportCliOptions) => {
      setStatus(await runReport(inputs, opts));
    });
}
