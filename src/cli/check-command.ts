// The `check` subcommand's definition: its options and help. What it does (src/cli/check.ts,
// with the pipeline, the rules and the reporters) is loaded when it runs.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CACHE, DEFAULT_SUPPRESSIONS } from '../check/defaults.js';
import { REPORTERS, type ReporterName } from '../check/reporters/names.js';
import { maxSizeOption } from './limits.js';
import { collect, ignoreOption, legacyOutputFileOption, outputOption } from './vocabulary.js';

export interface CheckOptions {
  /** The reporter (-f, --format). */
  format?: ReporterName;
  /** The old spelling of format (-r, --reporter). */
  reporter?: ReporterName;
  maxWarnings: number;
  quiet?: boolean;
  config?: string;
  suppressions?: string;
  suppressAll?: boolean;
  ignore: string[];
  output?: string;
  /** The old spelling of output (-O, --output-file). */
  outputFile?: string;
  listRules?: boolean;
  /** User grammar files (--grammar), after those of the configuration. */
  grammar: string[];
  cache?: boolean;
  cacheLocation?: string;
  /** The name standard input is reported under (and read as: .md is markdown). */
  stdinFilename?: string;
  /** Print the configuration that applies to this file, and exit. */
  printConfig?: string;
  maxSize?: number;
}

const HELP = `
Inputs are files, directories (their .txt and .md files, recursively) and globs
(quote them: 'docs/**/*.txt'); "-" reads standard input. Results are printed in
input order; a file that cannot be read is reported on one stderr line and the
others are still checked.

Reporters (-f, --format; --reporter and -r are the same option):
  stylish  grouped by file, line:column, severity, message, rule (default)
  json     eslint's result shape (filePath, messages, errorCount, …)
  github   GitHub Actions annotations (::warning file=…,line=…::…), then stylish
  sarif    SARIF 2.1.0, for code-scanning upload

Configuration: .planextractrc.yaml in the working directory or a parent
(or --config FILE) sets rule severities and options, ignores and grammars:
  rules: { numbering/level-skip: off, encoding/mixed-width-punctuation: [info, { maxPerMark: 1 }] }
  grammar: my-grammar.yaml
Schema: schemas/planextractrc.schema.json. Rules: plan-extract check --list-rules.
--print-config FILE shows what applies to a file.

Ignore files: .plan-extractignore and .gitignore in the working directory
(gitignore syntax) leave files out of directories and globs.

Cache: --cache keeps each file's results in .plan-extractcache (--cache-location)
under its content hash, the tool version and the configuration; unchanged files
are not read into the pipeline again.

Suppressions: --suppress-all records every current problem in
plan-extract-suppressions.json (or --suppressions FILE); later runs report only
new ones.

Exit status: 0 no errors and no more warnings than --max-warnings;
1 errors, too many warnings, or a file could not be read;
2 check could not run (bad option, bad configuration or grammar, no input matched)
or its output could not be written.

Examples:
  $ plan-extract check seeds/*.txt
  $ plan-extract check -f github --max-warnings 0 docs/
  $ plan-extract check -f sarif -o results.sarif 'docs/**/*.txt'
  $ plan-extract check --suppress-all docs/ && git add plan-extract-suppressions.json`;

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/u.test(value) || Number(value) < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return Number(value);
}

/** The `check` subcommand; `setStatus` receives its exit status. */
export function checkCommand(setStatus: (status: number) => void): Command {
  return new Command('check')
    .description('check documents for CI: outline numbering, lost text, tables and encoding, with file:line:column diagnostics')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'report format (see below; default: stylish)').choices(REPORTERS as unknown as string[]))
    .addOption(new Option('-r, --reporter <name>', 'the same as --format').choices(REPORTERS as unknown as string[]))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than <n> warnings (-1: no limit)').argParser(parseMaxWarnings).default(-1))
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor counted)')
    .option('-c, --config <file>', 'configuration file (default: .planextractrc.yaml found from the working directory up)')
    .option('--suppressions <file>', `suppressions file (default: ${DEFAULT_SUPPRESSIONS}, used when it exists)`)
    .option('--suppress-all', 'record every current problem in the suppressions file, then report nothing')
    .addOption(ignoreOption())
    .addOption(outputOption('the report'))
    .addOption(legacyOutputFileOption())
    .option('--grammar <file>', 'a grammar file merged with the shipped grammars (repeatable; after those of the configuration)', collect, [] as string[])
    .option('--cache', 'reuse the results of files unchanged since the last run (content hash, tool version and configuration)')
    .option('--cache-location <file>', `the cache file (default: ${DEFAULT_CACHE})`)
    .option('--stdin-filename <name>', 'the name standard input is reported under (no inputs: read standard input)')
    .option('--print-config <file>', 'print the configuration that applies to <file> (rules with severity and options, ignores, grammars) and exit')
    .addOption(maxSizeOption())
    .option('--list-rules', 'list the rules with their default severity and exit')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: CheckOptions) => {
      const { runCheck } = await import('./check.js');
      setStatus(await runCheck(inputs, opts));
    });
}
