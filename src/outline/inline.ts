// Finds inline enumerations (一是…二是…, 一要…二要…) inside a paragraph's text.
import type { OutlineGrammar } from '../grammar/outline.js';
import type { MarkerMatch } from './marker.js';
import { partitionPoint } from '../text/sorted.js';

/**
 * Whether any inline scheme matches somewhere in a text, as one regex: the schemes' patterns joined
 * (their group names dropped), or null when a pattern refers to a group (joined, the reference
 * would change meaning). Most paragraphs hold no inline marker; one search tells so.
 */
const anyInline = new WeakMap<OutlineGrammar, RegExp | null>();

function anyInlineOf(grammar: OutlineGrammar): RegExp | null {
  let joined = anyInline.get(grammar);
  if (joined === undefined) {
    const sources = grammar.inlineSchemes.map((s) => s.find.source);
    joined = null;
    if (sources.length > 1 && !sources.some((p) => /\\[1-9k]/u.test(p))) {
      try {
        joined = new RegExp(sources.map((p) => `(?:${p.replace(/\(\?<(?![=!])[^>]*>/gu, '(?:')})`).join('|'), 'u');
      } catch {
        // Not joinable: each scheme searches on its own.
      }
    }
    anyInline.set(grammar, joined);
  }
  return joined;
}

/** Every inline marker of `text`, in order (one scan per paragraph, however it is cut later). */
export function inlineCandidates(text: string, grammar: OutlineGrammar): MarkerMatch[] {
  const candidates: MarkerMatch[] = [];
  const any = anyInlineOf(grammar);
  if (any && !any.test(text)) return candidates;
  for (const scheme of grammar.inlineSchemes) {
    scheme.find.lastIndex = 0;
    for (let m = scheme.find.exec(text); m; m = scheme.find.exec(text)) {
      const ordinal = scheme.readOrdinal(m.groups?.num ?? '');
      if (Number.isFinite(ordinal)) {
        candidates.push({ scheme, marker: m.groups?.marker ?? m[0], ordinal, start: m.index, end: m.index + m[0].length });
      } else {
        // Numeral characters that read as no number (单一三是, 统一二要: a word's last 一 before the marker, its
        // 。 lost) hold the marker in their tail: the search goes on from the next character.
        scheme.find.lastIndex = m.index + 1;
      }
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** Index of the first candidate starting at or after `from`. */
function firstFrom(candidates: readonly MarkerMatch[], from: number): number {
  return partitionPoint(candidates.length, (i) => (candidates[i] as MarkerMatch).start < from);
}

/** A heading's words and nothing else: no stop, comma, enumeration comma or digit. */
const HEADING_WORDS = /^[^。；;，,、：:！!？?0-9０-９]+$/u;

/**
 * Whether an item at `at` opens right after a heading that starts at `from` and lost its line end or its stop (a body
 * run together on one line: 二、守牢安全底线一是压实责任。二是…; 6.完善调整机制一是…；二是…): within `reach` of the heading's start, after at
 * least two characters of heading words (no stop or comma between: then the item would be at a boundary anyway).
 */
function endsRunOnHeading(text: string, from: number, at: number, reach: number): boolean {
  return reach > 0 && at - from >= 2 && at - from <= reach && HEADING_WORDS.test(text.slice(from, at));
}

/** Whether the numeral of the marker at `at` ends a word (grammar inlineWords: 统一是, 之一是), not an item's number. */
function endsWord(text: string, at: number, grammar: OutlineGrammar): boolean {
  return grammar.inlineWords.some((w) => text.startsWith(w, at + 1 - w.length));
}

/**
 * A heading whose first inline item runs straight on from its words (…机制一是…): how far from the heading's start the
 * item may open, and whether the sequence's next member must stand at a clause boundary to confirm it. A heading of a
 * body run together on one line lost its line break there; a heading on a line of its own lost only the 。 or 、 a
 * drafter writes after it, and its words may end in what looks like a marker, so it asks for the confirmation.
 */
export interface RunOnHeading {
  reach: number;
  confirm: boolean;
}

/**
 * The inline items of text[from, to), as sequences that start with ordinal 1 at a clause boundary
 * and continue 2, 3, … in the same scheme. A later item needs no boundary (the source may have
 * lost the 。 before 二是), but an item on its own is not a sequence, and a word like 统一要求
 * never starts one. With `runOnHeading`, the first item may also open right after the heading's words, within that
 * reach of `from` (…底线一是压实…。二是…), unless its numeral ends a word (统一是).
 */
export function inlineRuns(
  all: readonly MarkerMatch[],
  text: string,
  from: number,
  to: number,
  grammar: OutlineGrammar,
  runOnHeading?: RunOnHeading,
): MarkerMatch[] {
  const candidates: MarkerMatch[] = [];
  for (let k = firstFrom(all, from); k < all.length && (all[k] as MarkerMatch).end <= to; k++) candidates.push(all[k] as MarkerMatch);
  const boundaryBefore = (m: MarkerMatch): boolean => {
    const before = text[m.start - 1];
    return m.start === from || before === undefined || grammar.inlineBoundary.test(before);
  };

  const items: MarkerMatch[] = [];
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i] as MarkerMatch;
    const atBoundary = boundaryBefore(first);
    const runOn =
      !atBoundary && runOnHeading !== undefined && endsRunOnHeading(text, from, first.start, runOnHeading.reach) && !endsWord(text, first.start, grammar);
    if (first.ordinal !== 1 || !(atBoundary || runOn)) {
      i++;
      continue;
    }
    const run = [first];
    let j = i + 1;
    for (; j < candidates.length; j++) {
      const c = candidates[j] as MarkerMatch;
      const last = run[run.length - 1] as MarkerMatch;
      if (c.start < last.end) continue;
      if (c.scheme === first.scheme && c.ordinal === last.ordinal + 1) run.push(c);
      else if (c.scheme === first.scheme && c.ordinal === 1) break;
    }
    const confirmed = !runOn || !runOnHeading?.confirm || (run[1] !== undefined && boundaryBefore(run[1]));
    if (run.length >= 2 && confirmed) {
      for (const item of run) items.push(item);
      const lastItem = run[run.length - 1] as MarkerMatch;
      while (i < candidates.length && (candidates[i] as MarkerMatch).start < lastItem.end) i++;
    } else i++;
  }
  return items;
}
