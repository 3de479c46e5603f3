// The furniture grammar (grammars/furniture.yaml): which lines are web-page or PDF furniture.
import { join } from 'node:path';
import { z } from 'zod';
import { compilePattern, GRAMMAR_DIR, loadGrammarFile } from './load.js';

export const furnitureGrammarSchema = z.object({
  lines: z.array(z.string()),
  head: z.array(z.string()),
  headLines: z.number().int().min(0),
  tail: z.array(z.string()),
});

export interface FurnitureGrammar {
  lines: RegExp[];
  head: RegExp[];
  headLines: number;
  tail: RegExp[];
}

const compileAll = (patterns: string[], field: string): RegExp[] =>
  patterns.map((p, i) => compilePattern(p, 'u', `${field}[${i}]`));

export function compileFurnitureGrammar(source: z.infer<typeof furnitureGrammarSchema>): FurnitureGrammar {
  return {
    lines: compileAll(source.lines, 'lines'),
    head: compileAll(source.head, 'head'),
    headLines: source.headLines,
    tail: compileAll(source.tail, 'tail'),
  };
}

let cached: FurnitureGrammar | undefined;

export function defaultFurnitureGrammar(): FurnitureGrammar {
  cached ??= compileFurnitureGrammar(loadGrammarFile(join(GRAMMAR_DIR, 'furniture.yaml'), furnitureGrammarSchema));
  return cached;
}
