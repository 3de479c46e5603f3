// A count of rules whose name runs on into the activity that covers them (开展18项医疗质量安全核心制度全员培训): the count says how
// many rules the training or inspection is about, a description of its content, no number of acts to reach.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { HAN } from '../text/han.js';

/** How far the rules' name and the activity after them may run from the count (医疗质量安全核心制度全员培训). */
const RULE_RUN_REACH = 20;

/** A label word used as an adjective (制度化, 标准化, 规范化 管理): it names no rules. */
const ADJECTIVE_SUFFIX = '化';

/**
 * Whether a count in a classifier of rules (grammar ruleCountUnits: 项, 条), ending at `end`, is followed by one unbroken noun
 * phrase in which a rule or document word (grammar labelWords: 制度, 规范 …) is followed by an activity that ends the phrase
 * (grammar ruleActivities: 培训, 督查 …): the count is of the rules that activity covers.
 */
export function rulesCoveredByActivity(text: string, end: number, unit: string, g: IndicatorGrammar): boolean {
  if (!g.ruleCountUnits.has(unit)) return false;
  let stop = end;
  while (stop < text.length && stop < end + RULE_RUN_REACH && HAN.test(text[stop] as string)) stop++;
  if (stop < text.length && HAN.test(text[stop] as string)) return false;
  const activity = g.ruleActivities.endingAt(text, stop);
  if (activity === undefined) return false;
  const activityStart = stop - activity.length;
  for (let from = end; ; ) {
    const label = g.labelWords.indexIn(text, from, activityStart);
    if (label === undefined) return false;
    if (text[label.index + label.word.length] !== ADJECTIVE_SUFFIX) return true;
    from = label.index + 1;
  }
}
