import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { Quantity } from './quantity.js';

/** Spaces allowed around a sign of multiplication (5米 × 5米). */
const SPACES = /^[ \u3000]*/u;

/**
 * Whether the quantity `q` is one factor of a size written as a product (每个样方按5米×5米设框, 展板120厘米×80厘米): a sign of
 * multiplication (grammar dimensionSigns) joins it to another quantity of the sentence, before or after it. Such a size is the
 * dimensions of one thing, a specification of how it is made, and neither factor is a level to reach.
 */
export function dimensionFactor(text: string, q: Quantity, others: readonly Quantity[], g: IndicatorGrammar): boolean {
  const afterSign = signAfter(text, q.end, g);
  if (afterSign !== undefined && others.some((o) => o !== q && o.start === afterSign)) return true;
  return others.some((o) => o !== q && o.end <= q.start && signAfter(text, o.end, g) === q.start);
}

/** Where the text resumes after a sign of multiplication that starts at `at` (spaces allowed around it); undefined without one. */
function signAfter(text: string, at: number, g: IndicatorGrammar): number | undefined {
  const from = at + (SPACES.exec(text.slice(at, at + 4))?.[0].length ?? 0);
  const sign = g.dimensionSigns.startingAt(text, from);
  if (sign === undefined) return undefined;
  const next = from + sign.length;
  return next + (SPACES.exec(text.slice(next, next + 4))?.[0].length ?? 0);
}
