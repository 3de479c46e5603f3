// A list of counts in one unit that share the noun after the last of them (分别建成30个、50个智慧健康驿站, 新增3家和5家社区医院):
// where a distributor spreads values over years or places, official writing lists the values and names the thing they count
// once, after the last.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { readNumber } from '../numbers/index.js';
import { HAN } from '../text/han.js';
import { joinerEnd } from './joiners.js';

/**
 * Where the noun starts that a list of counts shares, the list going on from a count whose unit ends at `unitEnd` with more
 * counts in the same unit (、50个…, 和5家…), each maybe bounded (以上); undefined when no such list follows, or when no noun
 * follows its last count (新增学位3000个和2400个。).
 */
export function sharedNounStart(text: string, unitEnd: number, g: IndicatorGrammar): number | undefined {
  const unit = g.unitWords.endingAt(text, unitEnd);
  if (unit === undefined || g.units.get(unit)?.kind !== 'count') return undefined;
  let k = unitEnd + (g.after.startingAt(text, unitEnd)?.length ?? 0);
  let members = 0;
  for (let next = joinerEnd(text, k, g); next !== undefined; next = joinerEnd(text, k, g)) {
    const n = readNumber(text, next);
    if (!n || g.unitWords.startingAt(text, n.end) !== unit) break;
    k = n.end + unit.length;
    k += g.after.startingAt(text, k)?.length ?? 0;
    members++;
  }
  return members > 0 && HAN.test(text[k] ?? '') && text[k] !== '的' && g.joiners.startingAt(text, k) === undefined ? k : undefined;
}

/** Whether the count whose number starts at `at` opens such a list, with the noun after its last count. */
export function opensSharedNounList(text: string, at: number, g: IndicatorGrammar): boolean {
  const n = readNumber(text, at);
  const unit = n ? g.unitWords.startingAt(text, n.end) : undefined;
  return n !== undefined && unit !== undefined && sharedNounStart(text, n.end + unit.length, g) !== undefined;
}
