#!/usr/bin/env node
// Build step (after tsc): validates grammars/*.yaml with their zod schemas and writes
// dist/grammars/*.json, which the CLI reads at run time without loading yaml or zod, and the
// shipped metric aliases normalised (dist/grammars/metric-keys.json, src/grammar/metric-keys.ts).
import { fileURLToPath } from 'node:url';
import { writeMetricKeys } from '../dist/grammar/metric-keys.js';
import { metricAliases, metricNormalizeRules } from '../dist/grammar/metrics.js';
import { compileShippedGrammars, loadShippedYaml } from '../dist/grammar/source.js';

try {
  compileShippedGrammars(fileURLToPath(new URL('../dist/grammars/', import.meta.url)));
  const metrics = loadShippedYaml('metrics');
  writeMetricKeys(metricAliases(metrics), metricNormalizeRules(metrics));
} catch (error) {
  process.stderr.write(`compile-grammars: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
