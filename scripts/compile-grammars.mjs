#!/usr/bin/env node
// Build step (after tsc): validates grammars/*.yaml with their zod schemas and writes
// dist/grammars/*.json, which the CLI reads at run time without loading yaml or zod.
import { fileURLToPath } from 'node:url';
import { compileShippedGrammars } from '../dist/grammar/source.js';

try {
  compileShippedGrammars(fileURLToPath(new URL('../dist/grammars/', import.meta.url)));
} catch (error) {
  process.stderr.write(`compile-grammars: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
