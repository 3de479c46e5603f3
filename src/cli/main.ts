// The plan-extract command line.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import chalk from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Plan } from '../schema.js';
import { EXTENSIONS, FORMATS, serializeMany, serializeOne, type Format } from '../serialize/format.js';
import { GrammarError } from '../grammar/load.js';
import { checkCommand } from './check.js';
import { errorLine } from './output.js';
import { readInput } from './read.js';
import { VERSION } from './version.js';

/** Exit statuses, documented in the README. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

const EXAMPLES = `
Examples:
  $ plan-extract seeds/*.txt                       plan trees of all seeds as one JSON array
  $ plan-extract --format yaml plan.txt            one plan as YAML
  $ plan-extract -o out/ seeds/*.txt               one out/<name>.json per input
  $ cat plan.txt | plan-extract --format ndjson    read standard input
  $ plan-extract check seeds/*.txt                 diagnostics for CI (see: plan-extract check --help)

Exit status: 0 all inputs processed, 1 an input could not be read or decoded
(the others are still printed), 2 bad usage.`;


/** Writes atomically: a reader never sees a half-written file. */
async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

async function run(files: string[], opts: { format: Format; outDir?: string; compact?: boolean }): Promise<number> {
  const inputs = files.length > 0 ? files : ['-'];
  const pretty = !opts.compact;
  const plans: Plan[] = [];
  let failed = false;
  for (const input of inputs) {
    const result = await readInput(input);
    if ('error' in result) {
      failed = true;
      errorLine(input, result.error);
      continue;
    }
    if (opts.outDir) {
      await mkdir(opts.outDir, { recursive: true });
      const name = input === '-' ? 'stdin' : basename(input, extname(input));
      await writeAtomic(join(opts.outDir, name + EXTENSIONS[opts.format]), await serializeOne(result.plan, opts.format, pretty));
    } else plans.push(result.plan);
  }
  if (!opts.outDir && plans.length > 0) {
    const out = inputs.length > 1 ? await serializeMany(plans, opts.format, pretty) : await serializeOne(plans[0] as Plan, opts.format, pretty);
    process.stdout.write(out);
  }
  return failed ? EXIT.inputFailed : EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('plan-extract')
    .description('Turn Chinese government policy plans (工作要点, 工作计划, 规划 …) into plan trees:\nmetadata, outline, indicators, dates and diagnostics.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'text (.txt) or markdown (.md) files; none or "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(FORMATS as unknown as string[]).default('json'),
    )
    .option('-o, --out-dir <dir>', 'write one output file per input into <dir> instead of standard output')
    .option('--compact', 'JSON without indentation')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(chalk.red(str)) });

  let status: number = EXIT.ok;
  program.addCommand(
    checkCommand((s) => {
      status = s;
    }).copyInheritedSettings(program),
  );
  program.action(async (files: string[], opts: { format: Format; outDir?: string; compact?: boolean }) => {
    status = await run(files, opts);
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
