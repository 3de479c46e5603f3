// The period grammar (grammars/periods.yaml): named plan periods (十四五 → 2021–2025) and the
// words of year-relative dates.
import { join } from 'node:path';
import { z } from 'zod';
import { GRAMMAR_DIR, loadGrammarFile } from './load.js';
import { WordSet } from './words.js';

const monthDay = z.string().regex(/^\d{2}-\d{2}$/u, 'expected MM-DD');
const words = z.array(z.string().min(1));

export const periodGrammarSchema = z.object({
  periods: z
    .array(
      z
        .object({ name: z.string().min(1), aliases: words.default([]), from: z.number().int(), to: z.number().int() })
        .refine((p) => p.from <= p.to, 'from must not be after to'),
    )
    .min(1),
  periodSuffixes: words,
  yearParts: z.array(z.object({ word: z.string().min(1), from: monthDay, to: monthDay })),
  yearEnds: words,
  deadlineBefore: words,
  deadlineAfter: words,
  rangeSeparators: words.min(1),
});

export type PeriodGrammarSource = z.infer<typeof periodGrammarSchema>;

export interface PeriodGrammar {
  /** Written name → years. */
  periods: Map<string, [number, number]>;
  periodNames: WordSet;
  periodSuffixes: WordSet;
  yearParts: Map<string, [string, string]>;
  yearPartWords: WordSet;
  yearEnds: WordSet;
  deadlineBefore: WordSet;
  deadlineAfter: WordSet;
  rangeSeparators: WordSet;
}

export function compilePeriodGrammar(source: PeriodGrammarSource): PeriodGrammar {
  const periods = new Map<string, [number, number]>();
  for (const p of source.periods) for (const name of [p.name, ...p.aliases]) periods.set(name, [p.from, p.to]);
  const yearParts = new Map<string, [string, string]>(source.yearParts.map((p) => [p.word, [p.from, p.to]]));
  return {
    periods,
    periodNames: new WordSet(periods.keys()),
    periodSuffixes: new WordSet(source.periodSuffixes),
    yearParts,
    yearPartWords: new WordSet(yearParts.keys()),
    yearEnds: new WordSet(source.yearEnds),
    deadlineBefore: new WordSet(source.deadlineBefore),
    deadlineAfter: new WordSet(source.deadlineAfter),
    rangeSeparators: new WordSet(source.rangeSeparators),
  };
}

let cached: PeriodGrammar | undefined;

/** The shipped period grammar, loaded once. */
export function defaultPeriodGrammar(): PeriodGrammar {
  cached ??= compilePeriodGrammar(loadGrammarFile(join(GRAMMAR_DIR, 'periods.yaml'), periodGrammarSchema));
  return cached;
}
