// Finds inline enumerations (一是…二是…, 一要…二要…) inside a paragraph's text.
import type { OutlineGrammar } from '../grammar/outline.js';
import type { MarkerMatch } from './marker.js';

/**
 * The inline items of `text` at or after `from`, as sequences that start with ordinal 1 at a
 * clause boundary and continue 2, 3, … in the same scheme. A later item needs no boundary (the
 * source may have lost the 。 before 二是), but an item on its own is not a sequence, and a
 * word like 统一要求 never starts one.
 */
export function findInlineItems(text: string, from: number, grammar: OutlineGrammar): MarkerMatch[] {
  const candidates: MarkerMatch[] = [];
  for (const scheme of grammar.inlineSchemes) {
    scheme.find.lastIndex = from;
    for (let m = scheme.find.exec(text); m; m = scheme.find.exec(text)) {
      const ordinal = scheme.readOrdinal(m.groups?.num ?? '');
      if (Number.isFinite(ordinal)) {
        candidates.push({ scheme, marker: m.groups?.marker ?? m[0], ordinal, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start);

  const items: MarkerMatch[] = [];
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i] as MarkerMatch;
    const before = text[first.start - 1];
    const atBoundary = first.start === from || before === undefined || grammar.inlineBoundary.test(before);
    if (first.ordinal !== 1 || !atBoundary) {
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
    if (run.length >= 2) {
      items.push(...run);
      const lastItem = run[run.length - 1] as MarkerMatch;
      while (i < candidates.length && (candidates[i] as MarkerMatch).start < lastItem.end) i++;
    } else i++;
  }
  return items;
}
