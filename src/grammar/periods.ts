// The period grammar (grammars/periods.yaml): named plan periods (十四五 → 2021–2025) and the
// words of year-relative dates.
import type { PeriodGrammarSource } from './schemas.js';
import { WordSet } from './words.js';

export type { PeriodGrammarSource };


export interface PeriodGrammar {
  /** Written name → years. */
  periods: Map<string, [number, number]>;
  periodNames: WordSet;
  periodSuffixes: WordSet;
  /** Suffixes that name the period's end (“十五五”末): a deadline at its last year. */
  periodEndSuffixes: Set<string>;
  /** Words before a count of years after a period's name (“十四五”前四年): its first years, a span of its own. */
  periodFirstYears: WordSet;
  yearParts: Map<string, [string, string]>;
  yearPartWords: WordSet;
  yearEnds: WordSet;
  /** Times named by a season or an event (汛期前, 春节前): no calendar date, but the plan year's. */
  eventTimes: string[];
  eventTimeWords: WordSet;
  deadlineBefore: WordSet;
  /** Verbs whose 到/至 is their complement: a year after them is no deadline. */
  notDeadlineAfter: WordSet;
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
    periodEndSuffixes: new Set(source.periodEndSuffixes),
    periodFirstYears: new WordSet(source.periodFirstYears),
    yearParts,
    yearPartWords: new WordSet(yearParts.keys()),
    yearEnds: new WordSet(source.yearEnds),
    eventTimes: source.eventTimes,
    eventTimeWords: new WordSet(source.eventTimes),
    deadlineBefore: new WordSet(source.deadlineBefore),
    notDeadlineAfter: new WordSet(source.notDeadlineAfter),
    deadlineAfter: new WordSet(source.deadlineAfter),
    rangeSeparators: new WordSet(source.rangeSeparators),
  };
}
