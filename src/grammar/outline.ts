// The outline grammar (grammars/outline.yaml): its zod schema and the compiled form the outline
// stage uses.
import { compilePattern, shippedGrammar } from './load.js';
import type { OutlineGrammarSource } from './schemas.js';
import { readArabic, readCircled, readHanzi } from '../numbers/index.js';

export type { OutlineGrammarSource };


export interface Scheme {
  id: string;
  rank: number;
  inline: boolean;
  /** Anchored at the current position (sticky). */
  pattern: RegExp;
  /** The same pattern for searching running text (global). */
  find: RegExp;
  notFollowedBy: RegExp | undefined;
  readOrdinal(num: string): number;
}

export interface OutlineGrammar {
  blockSchemes: Scheme[];
  inlineSchemes: Scheme[];
  leader: RegExp;
  inlineBoundary: RegExp;
  titleStops: Set<string>;
  runon: OutlineGrammarSource['runon'];
  planTitle: RegExp;
}

function ordinalReader(numeral: OutlineGrammarSource['schemes'][number]['numeral']): (num: string) => number {
  if (numeral === 'hanzi') return readHanzi;
  if (numeral === 'arabic') return readArabic;
  if (numeral === 'circled') return readCircled;
  return (num) => numeral[num] ?? Number.NaN;
}

export function compileOutlineGrammar(source: OutlineGrammarSource): OutlineGrammar {
  const schemes = source.schemes.map((s, i): Scheme => ({
    id: s.id,
    rank: s.rank,
    inline: s.inline,
    pattern: compilePattern(s.pattern, 'uy', `schemes[${i}].pattern`),
    find: compilePattern(s.pattern, 'gu', `schemes[${i}].pattern`),
    notFollowedBy: s.notFollowedBy ? compilePattern(s.notFollowedBy, 'uy', `schemes[${i}].notFollowedBy`) : undefined,
    readOrdinal: ordinalReader(s.numeral),
  }));
  return {
    // Inline schemes are also recognised at the start of a paragraph (一是 on its own line).
    blockSchemes: schemes,
    inlineSchemes: schemes.filter((s) => s.inline),
    leader: compilePattern(source.leader, 'uy', 'leader'),
    inlineBoundary: compilePattern(source.inlineBoundary, 'u', 'inlineBoundary'),
    titleStops: new Set(source.titleStops),
    runon: source.runon,
    planTitle: compilePattern(source.planTitle, 'u', 'planTitle'),
  };
}

let cached: OutlineGrammar | undefined;

/** The shipped outline grammar, loaded once. */
export function defaultOutlineGrammar(): OutlineGrammar {
  cached ??= compileOutlineGrammar(shippedGrammar('outline'));
  return cached;
}
