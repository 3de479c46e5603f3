// `plan-extract check`: runs the pipeline on many files and reports their diagnostics for CI.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Config } from '../check/config.js';
import { RULES } from '../check/registry.js';
import { report, REPORTERS, totals, type FileResult, type ReporterName } from '../check/reporters/index.js';
import type { Suppressions } from '../check/suppressions.js';
import type { Diagnostic } from '../schema.js';
import { collect, resolveInputs } from './inputs.js';
import { maxSizeOption } from './limits.js';
import { writeOutputFile } from './output-file.js';
import { errorLine } from './output.js';
import { readInput } from './read.js';
import { VERSION } from './version.js';

/** As check/suppressions.ts; that module (with config.ts) loads zod and yaml, so it is imported only when check runs. */
const DEFAULT_SUPPRESSIONS = 'plan-extract-suppressions.json';

export const CHECK_EXIT = { ok: 0, problems: 1, couldNotRun: 2 } as const;

export interface CheckOptions {
  reporter: ReporterName;
  maxWarnings: number;
  quiet?: boolean;
  config?: string;
  suppressions?: string;
  suppressAll?: boolean;
  ignore: string[];
  outputFile?: string;
  listRules?: boolean;
  maxSize?: number;
}

const HELP = `
Inputs are files, directories (their .txt and .md files, recursively) and globs
(quote them: 'docs/**/*.txt'); "-" reads standard input. Results are printed in
input order; a file that cannot be read is reported on one stderr line and the
others are still checked.

Reporters (--reporter):
  stylish  grouped by file, line:column, severity, message, rule (default)
  json     eslint's result shape (filePath, messages, errorCount, …)
  github   GitHub Actions annotations (::warning file=…,line=…::…), then stylish
  sarif    SARIF 2.1.0, for code-scanning upload

Configuration: .planextractrc.yaml in the working directory or a parent
(or --config FILE) sets rule severities:  rules: { numbering/level-skip: off }
Schema: schemas/planextractrc.schema.json. Rules: plan-extract check --list-rules.

Suppressions: --suppress-all records every current problem in
plan-extract-suppressions.json (or --suppressions FILE); later runs report only
new ones.

Exit status: 0 no errors and no more warnings than --max-warnings;
1 errors, too many warnings, or a file could not be read;
2 check could not run (bad option, bad configuration or grammar, no input matched)
or its output could not be written.

Examples:
  $ plan-extract check seeds/*.txt
  $ plan-extract check --reporter github --max-warnings 0 docs/
  $ plan-extract check --reporter sarif -O results.sarif 'docs/**/*.txt'
  $ plan-extract check --suppress-all docs/ && git add plan-extract-suppressions.json`;

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/u.test(value) || Number(value) < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return Number(value);
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * The description's first sentence: up to the first full stop outside brackets and quotes that
 * does not end a number marker (the "1." of "1. items").
 */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if ('(（“「《'.includes(c)) depth++;
    else if (')）”」》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && !/\d/u.test(text[i - 1] ?? '') && (i + 1 === text.length || /\s/u.test(text[i + 1] as string))) return text.slice(0, i + 1);
  }
  return text;
}

function listRules(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.description)}`).join('\n')}\n`;
}

export async function runCheck(patterns: string[], opts: CheckOptions): Promise<number> {
  if (opts.listRules) {
    process.stdout.write(listRules());
    return CHECK_EXIT.ok;
  }
  const { applyConfig, ConfigError, findConfig, loadConfig } = await import('../check/config.js');
  const { applySuppressions, buildSuppressions, loadSuppressions, suppressionKey } = await import('../check/suppressions.js');
  const cwd = process.cwd();
  let config: Config = {};
  let suppressions: Suppressions = {};
  const suppressionsPath = opts.suppressions ?? DEFAULT_SUPPRESSIONS;
  try {
    const configPath = opts.config ?? findConfig(cwd);
    if (configPath) config = loadConfig(configPath);
    if (!opts.suppressAll) suppressions = loadSuppressions(suppressionsPath);
  } catch (error) {
    if (error instanceof ConfigError) {
      errorLine(null, error.message);
      return CHECK_EXIT.couldNotRun;
    }
    throw error;
  }
  const expanded = await resolveInputs(patterns, [...opts.ignore, ...(config.ignore ?? [])], 'to check ("-" reads standard input)', cwd);
  if (!expanded) return CHECK_EXIT.couldNotRun;
  const { files, unmatched } = expanded;

  const results: FileResult[] = [];
  const recorded: Array<{ key: string; diagnostics: Diagnostic[] }> = [];
  for (const file of files) {
    const input = await readInput(file, { maxSize: opts.maxSize });
    if ('error' in input) {
      errorLine(file, input.error);
      results.push({ path: file, error: input.error, messages: [], suppressed: [] });
      continue;
    }
    const diagnostics = applyConfig(input.plan.diagnostics, config.rules).sort(byPlace);
    const key = file === '-' ? '-' : suppressionKey(file, suppressionsPath);
    if (opts.suppressAll) {
      recorded.push({ key, diagnostics });
      results.push({ path: file, messages: [], suppressed: diagnostics });
      continue;
    }
    const { reported, suppressed } = applySuppressions(diagnostics, file === '-' ? undefined : suppressions[key]);
    results.push({ path: file, messages: opts.quiet ? reported.filter((d) => d.severity === 'error') : reported, suppressed });
  }

  if (opts.suppressAll) {
    const previous = (() => {
      try {
        return loadSuppressions(suppressionsPath);
      } catch {
        return {};
      }
    })();
    const checked = new Set(recorded.map((r) => r.key));
    const merged: Suppressions = {};
    for (const [key, value] of Object.entries(previous)) if (!checked.has(key)) merged[key] = value;
    Object.assign(merged, buildSuppressions(recorded.filter((r) => r.key !== '-')));
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (!(await writeOutputFile(suppressionsPath, `${JSON.stringify(sorted, null, 2)}\n`))) return CHECK_EXIT.couldNotRun;
    const count = recorded.reduce((n, r) => n + r.diagnostics.length, 0);
    process.stderr.write(`plan-extract: recorded ${count} problem${count === 1 ? '' : 's'} of ${recorded.length} file${recorded.length === 1 ? '' : 's'} in ${suppressionsPath}\n`);
  }

  const output = report(opts.reporter, results, { cwd, version: VERSION });
  if (opts.outputFile) {
    if (!(await writeOutputFile(opts.outputFile, output))) return CHECK_EXIT.couldNotRun;
  } else process.stdout.write(output);

  const t = totals(results);
  if (t.errors > 0 || t.unreadable > 0 || unmatched.length > 0) return CHECK_EXIT.problems;
  if (opts.maxWarnings >= 0 && !opts.quiet && t.warnings > opts.maxWarnings) {
    errorLine(null, `too many warnings (${t.warnings}, at most ${opts.maxWarnings} allowed by --max-warnings)`);
    return CHECK_EXIT.problems;
  }
  return CHECK_EXIT.ok;
}

/** The `check` subcommand; `setStatus` receives its exit status. */
export function checkCommand(setStatus: (status: number) => void): Command {
  return new Command('check')
    .description('check documents for CI: outline numbering, lost text, tables and encoding, with file:line:column diagnostics')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .addOption(new Option('-r, --reporter <name>', 'report format (see below)').choices(REPORTERS as unknown as string[]).default('stylish'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than <n> warnings (-1: no limit)').argParser(parseMaxWarnings).default(-1))
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor counted)')
    .option('-c, --config <file>', 'configuration file (default: .planextractrc.yaml found from the working directory up)')
    .option('--suppressions <file>', `suppressions file (default: ${DEFAULT_SUPPRESSIONS}, used when it exists)`)
    .option('--suppress-all', 'record every current problem in the suppressions file, then report nothing')
    .option('--ignore <pattern>', 'glob of files to leave out when expanding directories and globs (repeatable)', collect, [] as string[])
    .option('-O, --output-file <file>', 'write the report to <file> (replaced atomically) instead of standard output')
    .addOption(maxSizeOption())
    .option('--list-rules', 'list the rules with their default severity and exit')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: CheckOptions) => {
      setStatus(await runCheck(inputs, opts));
    });
}
