// Reads a grammar YAML file and validates it with its zod schema, so a malformed grammar fails
// with a message that names the file and the field, never with a stack trace deep in a stage.
// Loads yaml and zod: the run-time path reads the compiled JSON instead (src/grammar/load.ts).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { GRAMMAR_DIR, GRAMMAR_NAMES, GrammarError, type GrammarName } from './common.js';
import { SHIPPED_SCHEMAS, validate } from './validate.js';

export function loadGrammarFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GrammarError(`cannot read grammar ${path}: ${(error as Error).message}`);
  }
  return validate(raw, schema, path);
}

/** A shipped grammar read from its YAML source and validated. */
export function loadShippedYaml(name: GrammarName): unknown {
  return loadGrammarFile(join(GRAMMAR_DIR, `${name}.yaml`), SHIPPED_SCHEMAS[name] as z.ZodType<unknown>);
}

/** Validates every shipped grammar and writes it as <outDir>/<name>.json (run at build time). */
export function compileShippedGrammars(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return GRAMMAR_NAMES.map((name) => {
    const path = join(outDir, `${name}.json`);
    writeFileSync(`${path}.tmp`, `${JSON.stringify(loadShippedYaml(name))}\n`);
    renameSync(`${path}.tmp`, path);
    return path;
  });
}
