// The options every command spells the same way: -o/--output <file> (one output; "-" and the
// default are standard output), --out-dir <dir> (one file per input), -f/--format, --color and
// --no-color, --ignore, --max-size. Old spellings are kept as hidden aliases (-O/--output-file).
import { stat } from 'node:fs/promises';
import chalk, { chalkStderr } from 'chalk';
import { type Command, Option } from 'commander';

/** commander's collector for a repeatable option (--ignore a --ignore b). */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** -o, --output <file>: the command's one output, written atomically; "-" is standard output. */
export const outputOption = (what: string): Option =>
  new Option('-o, --output <file>', `write ${what} to <file> (replaced atomically; "-": standard output, the default)`);

/** The spelling of -o before the vocabulary was unified (check, compare); hidden from help. */
export const legacyOutputFileOption = (): Option => new Option('-O, --output-file <file>', 'old spelling of --output').hideHelp();

/** The output file a command was given, whichever spelling; undefined: standard output. */
export function outputTarget(opts: { output?: string; outputFile?: string }): string | undefined {
  const target = opts.output ?? opts.outputFile;
  return target === '-' ? undefined : target;
}

/**
 * -o names one file. A directory that exists, or a path ending in a slash, was meant as the
 * extract command's old `-o <dir>` (now --out-dir): the hint to give, or undefined when the path
 * is a file.
 */
export async function directoryOutputHint(target: string): Promise<string | undefined> {
  const isDirectory = /[\\/]$/u.test(target) || (await stat(target).catch(() => undefined))?.isDirectory() === true;
  return isDirectory ? `-o names one output file, not a directory; write one file per input with --out-dir ${target}` : undefined;
}

/** Adds --color and --no-color, accepted by every command (applied before parsing: see applyColorFlag). */
export function addColorOptions(command: Command): Command {
  return command
    .addOption(new Option('--color', 'colour messages and reports even when not written to a terminal'))
    .addOption(new Option('--no-color', 'never colour messages and reports (wins over FORCE_COLOR)'));
}

/** --ignore <pattern>, for every command that expands directories and globs. */
export const ignoreOption = (): Option =>
  new Option('--ignore <pattern>', 'glob of files to leave out when expanding directories and globs (repeatable)').argParser(collect).default([] as string[]);

/**
 * Sets chalk's colour level from the last --color / --no-color before "--", so the flag wins over
 * NO_COLOR and FORCE_COLOR (which still apply when no flag is given) and also governs the error
 * line of a usage error, printed before any command runs.
 */
export function applyColorFlag(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  let flag: boolean | undefined;
  for (const arg of end === -1 ? argv : argv.slice(0, end)) {
    if (arg === '--color') flag = true;
    else if (arg === '--no-color') flag = false;
  }
  if (flag === undefined) return;
  for (const instance of [chalk, chalkStderr]) instance.level = flag ? Math.max(instance.level, 1) as typeof instance.level : 0;
}
