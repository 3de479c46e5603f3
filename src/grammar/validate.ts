// Validates grammar sources with their zod schemas, so a malformed grammar fails with a message
// that names the grammar and the field, never with a stack trace deep in a stage. Loads zod: the
// CLI's run-time path reads the build's validated JSON instead (src/grammar/load.ts).
import type { z } from 'zod';
import { GRAMMAR_NAMES, GrammarError, type GrammarName } from './common.js';
import type { GrammarSources } from './grammars.js';
import {
  blocksGrammarSchema,
  furnitureGrammarSchema,
  indicatorGrammarSchema,
  metaGrammarSchema,
  metricGrammarSchema,
  outlineGrammarSchema,
  periodGrammarSchema,
  tableGrammarSchema,
} from './schemas.js';

/** The schema of each grammar, by name. */
export const SHIPPED_SCHEMAS = {
  furniture: furnitureGrammarSchema,
  blocks: blocksGrammarSchema,
  periods: periodGrammarSchema,
  outline: outlineGrammarSchema,
  meta: metaGrammarSchema,
  indicators: indicatorGrammarSchema,
  metrics: metricGrammarSchema,
  tables: tableGrammarSchema,
} as const;

/** `raw` validated with `schema`, or a GrammarError naming the grammar (`what`) and the field. */
export function validate<T>(raw: unknown, schema: z.ZodType<T>, what: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new GrammarError(`invalid grammar ${what}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * User-provided grammar sources (parsed YAML or JSON, by grammar name) validated with the shipped
 * schemas, ready for compileGrammars. A name that is not a grammar is an error, not ignored.
 */
export function validateGrammarSources(raw: Readonly<Record<string, unknown>>): Partial<GrammarSources> {
  const out: Partial<Record<GrammarName, unknown>> = {};
  for (const [name, source] of Object.entries(raw)) {
    if (!(GRAMMAR_NAMES as readonly string[]).includes(name)) throw new GrammarError(`unknown grammar ${name} (one of ${GRAMMAR_NAMES.join(', ')})`);
    out[name as GrammarName] = validate(source, SHIPPED_SCHEMAS[name as GrammarName] as z.ZodType<unknown>, `${name}.yaml`);
  }
  return out as Partial<GrammarSources>;
}
