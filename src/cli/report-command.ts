// The `report` subcommand's definition: its options and help. What it does (src/cli/report.ts,
// with the pipeline and the HTML renderer) is loaded when it runs.
import { Command, Option } from 'commander';
import { maxSizeOption } from './limits.js';
import { collect, ignoreOption, outputOption } from './vocabulary.js';

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
      const { runReport } = await import('./report.js');
      setStatus(await runReport(inputs, opts));
    });
}
