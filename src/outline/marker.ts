// Recognises one numbering marker at a given position of a text.
import type { OutlineGrammar, Scheme } from '../grammar/outline.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { HAN } from '../text/han.js';

export interface MarkerMatch {
  scheme: Scheme;
  /** The marker as written (separator kept, surrounding spaces and bullets dropped). */
  marker: string;
  ordinal: number;
  /** Where the marker starts. */
  start: number;
  /** Where the title starts: after the marker, its separator and following spaces. */
  end: number;
}

/** `text` without white space (/[\s\u3000]+/gu removed); the regex runs only when the text holds
 *  some (a marker rarely does: this runs for every marker matched). */
function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (WHITE_SPACE[text.charCodeAt(i)] === 1) return text.replace(/[\s\u3000]+/gu, '');
  return text;
}

/**
 * Whether the source has white space right before text index `i` (which cleaning dropped): what a `spaced` scheme
 * (a bare number set off from its heading, `1 总则`) needs after its number. Callers that cannot tell leave it out,
 * and such a scheme does not match for them.
 */
export type SpacedAt = (i: number) => boolean;

/** Tries each scheme at `pos` (longest match wins, so 另一方面 beats nothing and 十二、 beats 十). */
export function matchMarkerAt(text: string, pos: number, schemes: readonly Scheme[], spacedAt?: SpacedAt): MarkerMatch | undefined {
  let best: MarkerMatch | undefined;
  for (const scheme of schemes) {
    if (scheme.spaced && !spacedAt) continue;
    scheme.pattern.lastIndex = pos;
    const m = scheme.pattern.exec(text);
    if (!m) continue;
    const end = pos + m[0].length;
    if (scheme.spaced && !spacedAt?.(end)) continue;
    if (scheme.notFollowedBy) {
      scheme.notFollowedBy.lastIndex = end;
      if (scheme.notFollowedBy.test(text)) continue;
    }
    const ordinal = scheme.readOrdinal(m.groups?.num ?? '');
    if (!Number.isFinite(ordinal)) continue;
    const marker = withoutSpaces(m.groups?.marker ?? m[0]);
    if (!best || end > best.end) best = { scheme, marker, ordinal, start: pos, end };
  }
  return best;
}

/** Where a paragraph's text starts, after any bullet or indentation. */
function leaderEnd(text: string, grammar: OutlineGrammar): number {
  grammar.leader.lastIndex = 0;
  const lead = grammar.leader.exec(text);
  return lead ? lead[0].length : 0;
}

/** The block scheme matched at the start of a text, after any bullet or indentation, whether or not text follows it. */
export function leadingMatch(text: string, grammar: OutlineGrammar, spacedAt?: SpacedAt): MarkerMatch | undefined {
  return matchMarkerAt(text, leaderEnd(text, grammar), grammar.blockSchemes, spacedAt);
}

/** A block marker at the start of a paragraph, after any bullet or indentation. */
export function matchLeadingMarker(text: string, grammar: OutlineGrammar, leading = leadingMatch(text, grammar)): MarkerMatch | undefined {
  // A marker must be followed by text: "1." alone or "一、" at the end is not a heading.
  if (!leading || leading.end >= text.length) return undefined;
  return leading;
}

/**
 * leadingMatch of a text worked out by an earlier stage (the block layer), with the text and grammar
 * it was worked out for: used only for that very text and grammar.
 */
export interface KnownLeading {
  text: string;
  grammar: OutlineGrammar;
  match: MarkerMatch | undefined;
}

/**
 * How much a leading marker says on its own. `marked`: a marker with its separator and text after
 * it. `bare`: a marker alone on its line (第二十八条 whose text was lost). `unseparated`: digits run
 * straight into the text (2中医…). `beforeDigit`: a written separator with a digit right after it
 * (20.12345政务服务便民热线…), which reads like a decimal. The last three are markers only on sequence
 * evidence.
 */
export type LeadingEvidence = 'marked' | 'bare' | 'unseparated' | 'beforeDigit';

export function matchLeadingCandidate(
  text: string,
  grammar: OutlineGrammar,
  known?: KnownLeading,
  spacedAt?: SpacedAt,
): { match: MarkerMatch; evidence: LeadingEvidence } | undefined {
  const pos = leaderEnd(text, grammar);
  const match = known && known.text === text && known.grammar === grammar ? known.match : matchMarkerAt(text, pos, grammar.blockSchemes, spacedAt);
  if (match) return { match, evidence: match.end >= text.length ? 'bare' : 'marked' };
  for (const { scheme, pattern, notFollowedBy, separated } of grammar.unseparated) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) continue;
    const end = pos + m[0].length;
    notFollowedBy.lastIndex = end;
    // A written separator before what reads as a quantity (3.90%的县级医院…, 4.10个乡镇…) is a marker only on the evidence an
    // unseparated one needs, both neighbours, and only with text after the quantity (a table's cell 5.2% alone is a number).
    let quantityLike = false;
    if (notFollowedBy.test(text)) {
      if (!separated || !HAN.test(text.slice(notFollowedBy.lastIndex))) continue;
      quantityLike = true;
    }
    const ordinal = scheme.readOrdinal(m.groups?.num ?? '');
    if (Number.isFinite(ordinal)) return { match: { scheme, marker: m.groups?.marker ?? m[0], ordinal, start: pos, end }, evidence: separated && !quantityLike ? 'beforeDigit' : 'unseparated' };
  }
  return undefined;
}
