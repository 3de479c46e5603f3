#!/usr/bin/env node
// Writes schemas/planextractrc.schema.json from the zod schema of the configuration (after a
// build: `npm run build && node scripts/write-config-schema.mjs`). A test keeps it up to date.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/check/config.js';

const target = new URL('../schemas/planextractrc.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
