import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { Quantity } from './quantity.js';
import { han } from '../text/han.js';

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

/** Marks that pair a product's spacing with its time step (1公里、逐1小时). */
const PAIRED = /^[、，,和及]$/u;
/** The rest of a time step after its word (逐|1小时, 逐|10分钟, 逐|小时, 逐|日). */
const STEP_REST = han(/^[0-9.]*个?\p{Script=Han}{1,2}$/u);
/** How far back a time step may start before the mark that pairs it (逐10分钟、). */
const MAX_STEP = 8;

/**
 * Whether the length `q` is the spacing of a gridded product (气象, 测绘, 遥感): right before a resolution noun (grammar
 * resolutionNouns: 500米网格实况产品, 3公里分辨率数值预报) or paired by 、 with a time step (grammar timeStepWords: 1公里、逐1小时
 * 智能网格预报, 逐10分钟、1公里…产品). The resolution names the product, how it is made, no level to reach; a resolution set after its
 * noun (空间分辨率提高到1公里) is a value and stays.
 */
export function resolutionSpacing(text: string, q: Quantity, g: IndicatorGrammar): boolean {
  if (q.unit.kind !== 'measure' || !g.resolutionUnits.has(q.unit.unit)) return false;
  if (g.resolutionNouns.startingAt(text, q.end) !== undefined) return true;
  if (PAIRED.test(text[q.end] ?? '') && g.timeStepWords.startingAt(text, q.end + 1) !== undefined) return true;
  const mark = q.start - 1;
  if (!PAIRED.test(text[mark] ?? '')) return false;
  const window = text.slice(Math.max(0, mark - MAX_STEP), mark);
  for (let k = window.length - 1; k >= 0; k--) {
    const word = g.timeStepWords.startingAt(window, k);
    if (word !== undefined) return STEP_REST.test(window.slice(k + word.length));
  }
  return false;
}
