// Reads a grammar YAML file and validates it with its zod schema, so a malformed grammar fails
// with a message that names the file and the field, never with a stack trace deep in a stage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** The grammars/ folder shipped with the package. */
export const GRAMMAR_DIR = fileURLToPath(new URL('../../grammars/', import.meta.url));

export class GrammarError extends Error {
  override name = 'GrammarError';
}

export function loadGrammarFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GrammarError(`cannot read grammar ${path}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new GrammarError(`invalid grammar ${path}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Compiles a regex source from a grammar, reporting which field holds a bad pattern. */
export function compilePattern(source: string, flags: string, field: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new GrammarError(`invalid pattern in ${field}: ${(error as Error).message}`);
  }
}
