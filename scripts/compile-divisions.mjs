#!/usr/bin/env node
// Build step (after tsc): writes dist/data/divisions.json, the administrative divisions index for
// the shipped grammar's notPlaces, which the CLI reads instead of indexing the dataset at every start.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultGrammars } from '../dist/grammar/grammars.js';
import { compileDivisions } from '../dist/meta/division-dataset.js';

try {
  const path = fileURLToPath(new URL('../dist/data/divisions.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../dist/data/', import.meta.url)), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(compileDivisions(defaultGrammars().meta.notPlaces))}\n`);
  renameSync(`${path}.tmp`, path);
} catch (error) {
  process.stderr.write(`compile-divisions: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
