// The plan-extract command line. Only the commands' definitions (options, help) load at start;
// each command's implementation, and with it the pipeline, is imported when the command runs, so
// --version and --help load none of it.
import { chalkStderr as chalk } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS } from '../serialize/formats.js';
import { GrammarError } from '../grammar/common.js';
import { checkCommand } from './check-command.js';
import { compareCommand } from './compare-command.js';
import { addColorOptions, applyColorFlag, collect, ignoreOption, outputOption } from './vocabulary.js';
import { errorLine } from './output.js';
import { exportCommand } from './export-command.js';
import { reportCommand } from './report-command.js';
import type { ExtractCliOptions } from './extract.js';
import { defaultJobs } from './jobs.js';
import { maxSizeOption } from './limits.js';
import { schemaCommand } from './schema.js';
import { VERSION } from './version.js';

/** Exit statuses, documented in the README. 2 also when an output cannot be written. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

const EXAMPLES = `
Examples:
  $ plan-extract seeds/*.txt                       plan trees of all seeds as one JSON array
  $ plan-extract --format yaml plan.txt            one plan as YAML
  $ plan-extract -o plans.json docs/               every .txt and .md under docs/ into one file
  $ plan-extract --out-dir out/ seeds/*.txt        one out/<name>.json per input
  $ cat plan.txt | plan-extract --format ndjson    read standard input
  $ plan-extract check seeds/*.txt                 diagnostics for CI (see: plan-extract check --help)
  $ plan-extract compare seeds/*.txt               a metric × document table (see: plan-extract compare --help)
  $ plan-extract report seeds/*.txt -o report.html one self-contained HTML report
  $ plan-extract export --tables out/ seeds/*.txt  tidy tables as CSV, NDJSON or Parquet (see: plan-extract export --help)
  $ plan-extract export --db corpus.sqlite docs/   the same tables in a SQLite database

Exit status: 0 all inputs processed, 1 an input could not be read, decoded or
was refused (the others are still printed), 2 bad usage, or an output could not
be written (a full disk, a directory that cannot be made; the run stops there).
A reader that closes the pipe early (| head) ends the run with one line (status 0).`;

/** The subcommands by name. */
const COMMANDS = new Map([
  ['check', checkCommand],
  ['compare', compareCommand],
  ['report', reportCommand],
  ['export', exportCommand],
  ['schema', schemaCommand],
]);

/**
 * Whether the command line may need the subcommands' definitions: it names one, or asks for
 * help. Otherwise it is an extraction, and building every subcommand with its options was a
 * good part of the CLI's own start-up.
 */
const needsCommands = (argv: readonly string[]): boolean => argv.some((a) => COMMANDS.has(a) || a === '--help' || a === '-h');

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export async function main(argv: string[]): Promise<number> {
  applyColorFlag(argv);
  const program = new Command('plan-extract')
    .description('Turn Chinese government policy plans (工作要点, 工作计划, 规划 …) into plan trees:\nmetadata, outline, indicators, dates and diagnostics.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'text (.txt) or markdown (.md) files, directories or globs; none or "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(FORMATS as unknown as string[]).default('json'),
    )
    .addOption(outputOption('every document (as with standard output)'))
    .option('--out-dir <dir>', 'write one output file per input into <dir> (mirroring the inputs\' folders) instead of standard output')
    .addOption(ignoreOption())
    .option('--compact', 'smaller output for corpus runs: JSON on one line, and no `value` source slices on paragraphs and furniture (text and positions kept; schema: plan-extract schema --compact)')
    .option('--grammar <file>', 'a grammar file merged with the shipped grammars (repeatable; see the README)', collect, [] as string[])
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for many files, at most the number of cores (a handful of files runs in one thread)')
        .argParser(positiveInt)
        .default(defaultJobs(), 'number of cores'),
    )
    .addOption(maxSizeOption())
    .option('--summary', 'print a one-line summary on stderr (default when stderr is a terminal and there are several files)')
    .option('--no-summary', 'never print the summary')
    .addHelpText('after', EXAMPLES)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(chalk.red(str)) });

  let status: number = EXIT.ok;
  const setStatus = (s: number): void => {
    status = s;
  };
  if (needsCommands(argv)) {
    for (const define of COMMANDS.values()) program.addCommand(define(setStatus).copyInheritedSettings(program));
  }
  for (const command of [program, ...program.commands]) addColorOptions(command);
  program.action(async (files: string[], opts: ExtractCliOptions) => {
    const { runExtract } = await import('./extract.js');
    status = await runExtract(files, opts);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT.ok;
    if (error instanceof InvalidArgumentError || (code && code.startsWith('commander.'))) return EXIT.usage;
    if (error instanceof GrammarError) {
      errorLine(null, error.message);
      return EXIT.usage;
    }
    throw error;
  }
  return status;
}
