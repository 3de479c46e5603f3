// What the grammar loaders share: the error type, the folders, pattern compilation.
import { fileURLToPath } from 'node:url';
import { withHanRanges } from '../text/han.js';

/** The grammars/ folder shipped with the package (the YAML sources). */
export const GRAMMAR_DIR = fileURLToPath(new URL('../../grammars/', import.meta.url));

/** dist/grammars/: the shipped grammars validated and compiled to JSON at build time. */
export const COMPILED_DIR = fileURLToPath(new URL('../grammars/', import.meta.url));

/** The shipped grammars, by file name (grammars/<name>.yaml). */
export const GRAMMAR_NAMES = ['furniture', 'blocks', 'periods', 'outline', 'meta', 'indicators', 'metrics', 'tables'] as const;
export type GrammarName = (typeof GRAMMAR_NAMES)[number];

export class GrammarError extends Error {
  override name = 'GrammarError';
}

/** A grammar's word written into a regex source as itself (its metacharacters escaped). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Compiles a regex source from a grammar, reporting which field holds a bad pattern; a `u` pattern's
 * \p{Script=Han} is compiled as the Han ranges (text/han.ts says why).
 */
export function compilePattern(source: string, flags: string, field: string): RegExp {
  try {
    return new RegExp(flags.includes('u') ? withHanRanges(source) : source, flags);
  } catch (error) {
    throw new GrammarError(`invalid pattern in ${field}: ${(error as Error).message}`);
  }
}
