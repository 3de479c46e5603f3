// The joiners of a list (、, 和, 及, 与, 以及, 或; grammar joiners) as the readers meet them around quantities: a gap between two
// values or verbs that holds only joiners, an object that opens with one, and one joiner with the spaces around it.
import type { IndicatorGrammar } from '../grammar/indicators.js';

/** Where the spaces that start at `k` end. */
function pastSpaces(text: string, k: number): number {
  while (k < text.length && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k++;
  return k;
}

/** Whether `gap` holds nothing but joiners and spaces (also when empty): the values or verbs it parts are members of one list. */
export function onlyJoiners(gap: string, g: IndicatorGrammar): boolean {
  for (let k = pastSpaces(gap, 0); k < gap.length; k = pastSpaces(gap, k)) {
    const joiner = g.joiners.startingAt(gap, k);
    if (joiner === undefined) return false;
    k += joiner.length;
  }
  return true;
}

/** Whether `s` opens with a joiner, after any spaces: what it starts is the next member of a list. */
export function opensWithJoiner(s: string, g: IndicatorGrammar): boolean {
  return g.joiners.startingAt(s, pastSpaces(s, 0)) !== undefined;
}

/** Where one joiner at `k`, with the spaces before and after it, ends; undefined when none stands there (、50个, 和 5家). */
export function joinerEnd(text: string, k: number, g: IndicatorGrammar): number | undefined {
  const at = pastSpaces(text, k);
  const joiner = g.joiners.startingAt(text, at);
  return joiner === undefined ? undefined : pastSpaces(text, at + joiner.length);
}
