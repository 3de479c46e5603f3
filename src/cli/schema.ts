// `plan-extract schema`: prints the JSON Schema of a plan document (generated from the zod
// schema in src/schema.ts; the same file ships as schemas/plan.schema.json, and the schema of
// --compact output as schemas/plan-compact.schema.json).
import { Command, Option } from 'commander';
import { outputOption, outputTarget } from './vocabulary.js';

/** The `schema` subcommand; `setStatus` receives its exit status (2: the output could not be written). */
export function schemaCommand(setStatus: (status: number) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of the plan documents plan-extract writes')
    .addOption(outputOption('the schema'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json']).default('json'))
    .option('--compact', 'the schema of --compact output (paragraphs and furniture without their source slice `value`)')
    .action(async (opts: { output?: string; compact?: boolean }) => {
      // zod is loaded only for this command.
      const { planJsonSchema } = await import('../schema.js');
      const { writeOutput } = await import('./output-file.js');
      setStatus((await writeOutput(outputTarget(opts), `${JSON.stringify(planJsonSchema(opts.compact === true), null, 2)}\n`)) ? 0 : 2);
    });
}
