// The grant of a support policy (给予…补贴, 给与一次性奖励): what it gives is a standard paid to whoever qualifies, no target.
import type { IndicatorGrammar } from '../grammar/indicators.js';

/** The verb that grants what a support policy gives (给予, 给与). */
export const GRANT = /给[予与]/u;

/** Whether the text from `from` to `to` grants something a reward word names (给予…生活补贴, 给予一次性奖励). */
export function grantsReward(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  const grant = GRANT.exec(text.slice(from, to));
  return grant !== null && g.rewardWords.indexIn(text, from + grant.index, to) !== undefined;
}
