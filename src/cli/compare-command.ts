// The `compare` subcommand's definition: its options and help. What it does (src/cli/compare.ts,
// with the pipeline and the comparison) is loaded when it runs.
import { Command, Option } from 'commander';
import { COMPARE_FORMATS, type CompareFormat } from '../compare/formats.js';
import { maxSizeOption } from './limits.js';
import { collect, ignoreOption, legacyOutputFileOption, outputOption } from './vocabulary.js';

export interface CompareCliOptions {
  format?: CompareFormat;
  matchedOnly?: boolean;
  ignore: string[];
  output?: string;
  /** The old spelling of output (-O). */
  outputFile?: string;
  metrics: string[];
  maxSize?: number;
}

const HELP = `
Inputs are files, directories (their .txt and .md files, recursively) and globs
(quote them: 'docs/**/*.txt'). Each document is a column, labelled region + plan
years + kind ("贵阳市 2020 工作要点"); each metric is a row: the metrics of
grammars/metrics.yaml under their canonical name and id (婴儿死亡率,
infant-mortality), then the others under their own name; a value of another
unit class than its metric's (310天 for a % rate) gets a row of its own. A cell
holds the document's targets ("≤4‰ (2025)", "Δ1岁" for a change), its baseline
and its actual level, each with its flags ("≤7% (2020) ⚑implausible-unit").
Ages that name a population (35—64岁妇女) are listed apart, not as metrics.
A document that cannot be read is reported on stderr and shown as a failed column.

Formats (--format): markdown (default when standard output is a terminal),
json (default otherwise: the typed Comparison that compare() returns, version 1,
schemas/compare.schema.json), csv
(UTF-8 with BOM, one column per document).

Exit status: 0 all documents compared, 1 a document could not be read (the
others are still compared), 2 bad usage, no input matched, or the output could
not be written.

Examples:
  $ plan-extract compare seeds/*.txt
  $ plan-extract compare --format csv -o compare.csv docs/
  $ plan-extract compare --matched-only --format json 'docs/**/*.txt' | jq '.rows[0]'`;

/** The `compare` subcommand; `setStatus` receives its exit status. */
export function compareCommand(setStatus: (status: number) => void): Command {
  return new Command('compare')
    .description('compare documents: a table with a row per metric and a column per document')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (see below)').choices(COMPARE_FORMATS as unknown as string[]))
    .option('--matched-only', 'only the metrics of grammars/metrics.yaml (leave out metrics it does not know)')
    .option('--metrics <file>', 'a metrics file (as grammars/metrics.yaml) merged with the shipped metrics: indicators are matched with it (repeatable)', collect, [] as string[])
    .addOption(ignoreOption())
    .addOption(outputOption('the table'))
    .addOption(legacyOutputFileOption())
    .addOption(maxSizeOption())
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: CompareCliOptions) => {
      const { runCompare } = await import('./compare.js');
      setStatus(await runCompare(inputs, opts));
    });
}
