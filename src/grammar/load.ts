// Loads the shipped grammars. The build validates grammars/*.yaml with their zod schemas and writes
// dist/grammars/*.json (scripts/compile-grammars.mjs); reading that JSON needs neither yaml nor zod,
// which keeps them off the start-up path. When the JSON is missing or older than its YAML (tests run
// from src/, a grammar edited after the build), the YAML is read and validated as before.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BlocksGrammarSource, FurnitureGrammarSource, IndicatorGrammarSource, MetaGrammarSource, MetricGrammarSource, OutlineGrammarSource, PeriodGrammarSource, TableGrammarSource } from './schemas.js';
import { COMPILED_DIR, GRAMMAR_DIR, GRAMMAR_NAMES, GrammarError, type GrammarName } from './common.js';

export { COMPILED_DIR, compilePattern, GRAMMAR_DIR, GRAMMAR_NAMES, GrammarError, type GrammarName } from './common.js';

export interface ShippedSources {
  furniture: FurnitureGrammarSource;
  blocks: BlocksGrammarSource;
  periods: PeriodGrammarSource;
  outline: OutlineGrammarSource;
  meta: MetaGrammarSource;
  indicators: IndicatorGrammarSource;
  metrics: MetricGrammarSource;
  tables: TableGrammarSource;
}

const compiledPath = (name: GrammarName): string => join(COMPILED_DIR, `${name}.json`);

function compiledIsFresh(name: GrammarName): boolean {
  try {
    return statSync(compiledPath(name)).mtimeMs >= statSync(join(GRAMMAR_DIR, `${name}.yaml`)).mtimeMs;
  } catch {
    return false;
  }
}

// The YAML + zod loader, imported only when some compiled grammar cannot be used.
const fallback = GRAMMAR_NAMES.every(compiledIsFresh) ? undefined : await import('./source.js');

/** A shipped grammar's validated source: the compiled JSON, or its YAML validated now. */
export function shippedGrammar<K extends GrammarName>(name: K): ShippedSources[K] {
  if (fallback) return fallback.loadShippedYaml(name) as ShippedSources[K];
  try {
    return JSON.parse(readFileSync(compiledPath(name), 'utf8')) as ShippedSources[K];
  } catch (error) {
    throw new GrammarError(`cannot read compiled grammar ${compiledPath(name)}: ${(error as Error).message}`);
  }
}
