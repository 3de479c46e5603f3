// `plan-extract schema`: prints the JSON Schema of a plan document (generated from the zod
// schema in src/schema.ts; the same file ships as schemas/plan.schema.json).
import { Command } from 'commander';

export function schemaCommand(): Command {
  return new Command('schema').description('print the JSON Schema of the plan documents plan-extract writes').action(async () => {
    // zod is loaded only for this command.
    const { planJsonSchema } = await import('../schema.js');
    process.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  });
}
