// The outline grammar (grammars/outline.yaml): its zod schema and the compiled form the outline
// stage uses.
import { compilePattern, GrammarError } from './load.js';
import { escapeRegExp } from './common.js';
import type { OutlineGrammarSource } from './schemas.js';
import { readArabic, readCircled, readHanzi } from '../numbers/index.js';

export type { OutlineGrammarSource };


export interface Scheme {
  id: string;
  rank: number;
  inline: boolean;
  /** Divides a text only as a pair (一方面…另一方面). */
  pair: boolean;
  /** The title is the text's first sentence, never cut as a run-on heading (第X条). */
  sentenceTitle: boolean;
  /** The numbered line is a heading alone, its body on the lines after it (第X篇/章/节). */
  headingLine: boolean;
  /** A new section of the scheme opens below the current one whatever its rank (the ordinals of a speech, outside GB/T 9704's levels). */
  nests: boolean;
  /**
   * A bare number set off from its heading by white space (`1 总则`, the chapters of a decimal outline): cleaning
   * drops that space, so the scheme matches only where the caller tells that the source has it. Such a number is a
   * marker only in its sequence: the first opens its first sub-section (1 over 1.1), the next ones continue the run.
   */
  spaced: boolean;
  /**
   * The scheme whose open section this number subdivides (`1.1` within `1`, `2.1.1` within `2.1`): the marker is
   * that section's number, a dot and its own ordinal; one whose leading part is not the open section's number is none.
   */
  within: string | undefined;
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
  /** Finds where any block scheme could match in running text (global; groups unnamed). */
  blockFind: RegExp;
  /** Ordinals written with no separator, read as markers of `scheme` on sequence evidence only. */
  /** `separated`: the separator is written but a digit follows it (20.12345热线…). */
  unseparated: Array<{ scheme: Scheme; pattern: RegExp; notFollowedBy: RegExp; separated: boolean }>;
  leader: RegExp;
  inlineBoundary: RegExp;
  /** Words that end in the numeral of an inline marker (统一, 之一): grammars/outline.yaml inlineWords. */
  inlineWords: string[];
  /** What rules out a marker inside a run-together body (see grammars/outline.yaml `embedded`). */
  embedded: { notAfter: RegExp; notFollowedBy: RegExp; quotes: string[]; maxQuote: number; documentTitle: RegExp; tocEntry: RegExp | undefined; decoration: RegExp | undefined; attachmentLead: RegExp | undefined };
  titleStops: Set<string>;
  runon: OutlineGrammarSource['runon'];
  /** runon.clauseOpeners as one sticky regex, or undefined when there are none. */
  clauseOpeners: RegExp | undefined;
  /** runon.runTogether.bodyOpeners as one sticky regex, or undefined when there are none. */
  bodyOpeners: RegExp | undefined;
  planTitle: RegExp;
  /** An unnumbered label line heading a list (grammars/outline.yaml listLabel), or undefined. */
  listLabel: RegExp | undefined;
  /** An ordinal label that leads a heading's name across a wide gap (grammars/outline.yaml ordinalLabel), or undefined. */
  ordinalLabel: RegExp | undefined;
  /** A line end that leaves its clause open (grammars/outline.yaml openLineEnd), or undefined. */
  openLineEnd: RegExp | undefined;
  /** A heading line's end that joins it to more (grammars/outline.yaml openHeadingEnd), or undefined. */
  openHeadingEnd: RegExp | undefined;
  /** A line start inside a clause, that goes on from the line before (grammars/outline.yaml openLineStart), or undefined. */
  openLineStart: RegExp | undefined;
  /** A line start that a PDF parted from the clause of a line ending no sentence (grammars/outline.yaml partedLineStart), or undefined. */
  partedLineStart: RegExp | undefined;
  /** A line start that is the unit of a bare number the line before ended with (grammars/outline.yaml unitLineStart), or undefined. */
  unitLineStart: RegExp | undefined;
}

function ordinalReader(numeral: OutlineGrammarSource['schemes'][number]['numeral']): (num: string) => number {
  if (numeral === 'hanzi') return readHanzi;
  if (numeral === 'arabic') return readArabic;
  if (numeral === 'circled') return readCircled;
  if (numeral === 'number') return (num) => (/^[0-9０-９]/u.test(num) ? readArabic(num) : readHanzi(num));
  return (num) => numeral[num] ?? Number.NaN;
}

export function compileOutlineGrammar(source: OutlineGrammarSource): OutlineGrammar {
  const schemes = source.schemes.map((s, i): Scheme => ({
    id: s.id,
    rank: s.rank,
    inline: s.inline,
    pair: s.pair,
    sentenceTitle: s.sentenceTitle,
    headingLine: s.headingLine,
    nests: s.nests,
    spaced: s.spaced,
    within: s.within,
    pattern: compilePattern(s.pattern, 'uy', `schemes[${i}].pattern`),
    find: compilePattern(s.pattern, 'gu', `schemes[${i}].pattern`),
    notFollowedBy: s.notFollowedBy ? compilePattern(s.notFollowedBy, 'uy', `schemes[${i}].notFollowedBy`) : undefined,
    readOrdinal: ordinalReader(s.numeral),
  }));
  for (const [i, s] of schemes.entries()) {
    if (s.within !== undefined && !schemes.some((t) => t.id === s.within)) throw new GrammarError(`schemes[${i}].within: no scheme "${s.within}"`);
  }
  const unseparated = source.unseparated.map((u, i) => {
    const scheme = schemes.find((s) => s.id === u.scheme);
    if (!scheme) throw new GrammarError(`unseparated[${i}].scheme: no scheme "${u.scheme}"`);
    return {
      scheme,
      pattern: compilePattern(u.pattern, 'uy', `unseparated[${i}].pattern`),
      notFollowedBy: compilePattern(u.notFollowedBy, 'uy', `unseparated[${i}].notFollowedBy`),
      separated: u.separated,
    };
  });
  const dutyWords = source.runon.dutyWords.map(escapeRegExp).join('|') || '(?!)';
  return {
    // Inline schemes are also recognised at the start of a paragraph (一是 on its own line).
    blockSchemes: schemes,
    blockFind: compilePattern(
      source.schemes.filter((s) => !s.inline).map((s) => `(?:${s.pattern.replace(/\(\?<[A-Za-z]+>/gu, '(?:')})`).join('|'),
      'gu',
      'schemes[].pattern',
    ),
    inlineSchemes: schemes.filter((s) => s.inline),
    unseparated,
    leader: compilePattern(source.leader, 'uy', 'leader'),
    inlineBoundary: compilePattern(source.inlineBoundary, 'u', 'inlineBoundary'),
    inlineWords: source.inlineWords,
    embedded: {
      notAfter: compilePattern(source.embedded.notAfter, 'u', 'embedded.notAfter'),
      notFollowedBy: compilePattern(source.embedded.notFollowedBy, 'uy', 'embedded.notFollowedBy'),
      quotes: source.embedded.quotes,
      maxQuote: source.embedded.maxQuote,
      documentTitle: compilePattern(source.embedded.documentTitle, 'u', 'embedded.documentTitle'),
      tocEntry: source.embedded.tocEntry ? compilePattern(source.embedded.tocEntry, 'uy', 'embedded.tocEntry') : undefined,
      decoration: source.embedded.decoration ? compilePattern(source.embedded.decoration, 'u', 'embedded.decoration') : undefined,
      attachmentLead: source.embedded.attachmentLead ? compilePattern(source.embedded.attachmentLead, 'u', 'embedded.attachmentLead') : undefined,
    },
    titleStops: new Set(source.titleStops),
    runon: source.runon,
    bodyOpeners:
      (source.runon.runTogether?.bodyOpeners.length ?? 0) > 0
        ? compilePattern((source.runon.runTogether?.bodyOpeners ?? []).map((p) => `(?:${p.replaceAll('{dutyWords}', dutyWords)})`).join('|'), 'uy', 'runon.runTogether.bodyOpeners')
        : undefined,
    clauseOpeners: source.runon.clauseOpeners.length > 0 ? compilePattern(source.runon.clauseOpeners.map((p) => `(?:${p})`).join('|'), 'uy', 'runon.clauseOpeners') : undefined,
    planTitle: compilePattern(source.planTitle, 'u', 'planTitle'),
    listLabel: source.listLabel ? compilePattern(source.listLabel, 'u', 'listLabel') : undefined,
    ordinalLabel: source.ordinalLabel ? compilePattern(source.ordinalLabel, 'u', 'ordinalLabel') : undefined,
    openLineEnd: source.openLineEnd ? compilePattern(source.openLineEnd, 'u', 'openLineEnd') : undefined,
    openHeadingEnd: source.openHeadingEnd ? compilePattern(source.openHeadingEnd, 'u', 'openHeadingEnd') : undefined,
    openLineStart: source.openLineStart ? compilePattern(source.openLineStart, 'u', 'openLineStart') : undefined,
    partedLineStart: source.partedLineStart ? compilePattern(source.partedLineStart, 'u', 'partedLineStart') : undefined,
    unitLineStart: source.unitLineStart ? compilePattern(source.unitLineStart, 'u', 'unitLineStart') : undefined,
  };
}
