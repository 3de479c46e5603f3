// The name of an age limit: the population an age bounds and the service it limits, then 年龄 (月龄 for an age in months), as
// gold/INDICATORS.md ("Age thresholds") names it: 为农村35—64岁妇女免费做"两癌"检查 → 农村妇女免费"两癌"检查年龄, 托班招收2—3岁幼儿 →
// 托班招收幼儿年龄. The people alone (妇女) would name the group, not the threshold a plan sets for the service.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { WordSet } from '../grammar/words.js';
import { metricName, pastAge, type Span } from './metric.js';
import type { Reading } from './reading.js';

/** Words that open a service's clause before the people it reaches (为, 对, 针对): the name starts after the last of them. */
const SERVED_MARK = new WordSet(['为', '对', '向', '给', '针对']);

/** Characters that end the service's words: a number starts another item, a bracket an aside. */
const SERVICE_STOP = /[0-9０-９(（]/u;

/** The mark between groups named one after another in a list (老年人、糖尿病患者). */
const LIST_MARK = '、';

/** The longest service kept in the name; a longer clause is cut there. */
const MAX_SERVICE = 16;

/**
 * The metric of an age limit. `pop` is the group the age bounds, named before it (老年人（65岁及以上）) when `groupFirst`, else
 * after it; `lead` is where the clause's words start past its lead words, `end` where the clause ends.
 */
export function ageLimitName(text: string, r: Reading, pop: Span, groupFirst: boolean, lead: number, end: number, g: IndicatorGrammar): string {
  const head = groupFirst ? '' : headBeforeAge(text, lead, r.q.start, g);
  const from = groupFirst ? pastAge(text, r.end, g) : pop.end;
  const name = metricName(head + text.slice(pop.start, pop.end) + service(text, from, end, g), g);
  return name + (r.q.unit.unit === '月龄' ? '月龄' : '年龄');
}

/**
 * The words before the age that belong to the name (托班招收2—3岁幼儿: 托班招收): after the last word that marks the served
 * (为, 对), the last 的 (有条件的幼儿园招收 → 幼儿园招收), which closes a modifier of what comes before, and the last joiner of a
 * list of groups (孕产妇、0—6岁儿童: the other groups are no part of this one's name).
 */
function headBeforeAge(text: string, lead: number, ageStart: number, g: IndicatorGrammar): string {
  let from = lead;
  for (let k = lead; k < ageStart; k++) {
    const mark = SERVED_MARK.startingAt(text, k) ?? g.joiners.startingAt(text, k);
    if (mark) from = k + mark.length;
    else if (text[k] === '的') from = k + 1;
  }
  if (from >= ageStart) return '';
  // The age's own noun with what it qualifies (预产期年龄35周岁: the age at the due date) is said by the name's end; the bracket
  // the age stands in and a word of reaching it (年满, 未满: its bound) are no words of the name.
  const head = text.slice(from, ageStart).replace(/[\s（(]+$/u, '');
  if (AGE_NOUN.test(head)) return '';
  const full = g.fullAgeWords.endingAt(head, head.length);
  return full ? head.slice(0, -full.length) : head;
}

/** An age's noun and its link written right before it (年龄, 年龄在, 年龄为). */
const AGE_NOUN = /年龄[在为]?$/u;

/**
 * The service the age limits, after the people (免费开展健康体检 → 免费健康体检): its light verb (开展, 提供, 做) names no part of
 * it. After a list of other groups the service is read past the verb that ends the list (…等重点人群提供连续健康管理服务).
 */
function service(text: string, from: number, end: number, g: IndicatorGrammar): string {
  let s = text.slice(from, end).replace(/\s+/gu, '');
  // Before the joiner test: 及时 ("promptly") opens with the joiner 及.
  s = s.slice(dutyWordsAt(s, g));
  // A joiner (grammar joiners) after the people goes on with a list of other groups (0—6岁儿童、65岁以上老年人以及…患者等重点
  // 人群提供…): the service named after the list is theirs too.
  if (g.joiners.startingAt(s, 0)) {
    const verb = g.servicesReceived.indexIn(s);
    s = verb ? s.slice(verb.index) : '';
  }
  const cut = SERVICE_STOP.exec(s);
  if (cut) s = s.slice(0, cut.index);
  const free = s.startsWith('免费') ? '免费' : '';
  const rest = s.slice(free.length);
  const light = g.servicesReceived.startingAt(rest, 0) ?? (rest.startsWith('做') ? '做' : undefined);
  s = free + (light ? rest.slice(light.length) : rest);
  return s.slice(0, MAX_SERVICE);
}

/**
 * How far the duty words that open a service reach (一律测量血压, 必须提供免费体检, 及时接种: grammar conditionDuties): a rule's
 * "across the board", "must", "promptly" orders the service, as 免费 does not qualify it; they name no part of it.
 */
function dutyWordsAt(s: string, g: IndicatorGrammar): number {
  let at = 0;
  for (let w = g.conditionDuties.startingAt(s, at); w; w = g.conditionDuties.startingAt(s, at)) at += w.length;
  return at;
}

/**
 * Whether the age at [ageStart, ageEnd) bounds one member of a list of groups that a list end (grammar listEnds: 等) closes before the
 * service (对65岁及以上老年人、糖尿病患者等重点人群开展筛查, 对学生、65岁以上老年人等人群开展…): such a list gives examples of the people
 * a service reaches, and the age names one of them; it is not the only quantity that bounds who is served (INDICATORS.md), so no limit.
 * A list after the service word is what is provided (提供体检、随访等服务), not who receives it. `end`: the clause's end.
 */
export function ageOfListedGroup(text: string, clause: number, ageStart: number, ageEnd: number, end: number, g: IndicatorGrammar): boolean {
  const service = g.ageServiceWords.indexIn(text, ageEnd, end);
  const close = g.listEnds.indexIn(text, ageEnd, service?.index ?? end);
  if (!close) return false;
  const markBefore = text.lastIndexOf(LIST_MARK, ageStart - 1);
  const markAfter = text.indexOf(LIST_MARK, ageEnd);
  return (markBefore >= clause) || (markAfter >= 0 && markAfter < close.index);
}
