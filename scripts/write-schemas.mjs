#!/usr/bin/env node
// Writes the published JSON Schemas from their zod schemas (after a build: `npm run build &&
// node scripts/write-schemas.mjs`): schemas/plan.schema.json (the output documents),
// schemas/plan-compact.schema.json (the documents --compact writes),
// schemas/planextractrc.schema.json (the check configuration) and schemas/compare.schema.json
// (`plan-extract compare -f json`). Tests keep both up to date.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/check/config.js';
import { comparisonJsonSchema } from '../dist/compare/schema.js';
import { planJsonSchema } from '../dist/schema.js';

for (const [name, schema] of [
  ['plan.schema.json', planJsonSchema()],
  ['plan-compact.schema.json', planJsonSchema(true)],
  ['planextractrc.schema.json', configJsonSchema()],
  ['compare.schema.json', comparisonJsonSchema()],
]) {
  const target = new URL(`../schemas/${name}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${target.pathname}\n`);
}
