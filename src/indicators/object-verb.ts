// The verb that governs a count's object before the number (新建 N 个 X): which verb of the clause it is, past words that
// only look like one (a word of a project's or a holder's name, a lead word run into the verb), and where the clause's
// adverbials of time and place end before it.
import type { WordSet } from '../grammar/words.js';
import { NOT_NOUN_START, nounFollows } from './inside-names.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import type { Reading } from './reading.js';
import type { Predicate } from './predicate.js';
import { trimLead } from './metric.js';
import { LEADING_YEARS } from './years-count.js';
import { han } from '../text/han.js';

/** 和 joins nouns as often as verbs: a "verb" found at the end of a noun (基础设施建设和民生实事项目, 城乡建设和产业发展项目) is
 *  no verb of a list. 和 joins two verbs only where an object verb follows it, or the verb before it opens the clause after its
 *  lead words and adverbials (`opens`), as 新开通和优化城乡公交线路 does. */
export function verbJoinedByHe(text: string, found: { index: number; word: string }, joinerAt: number, verbs: WordSet, opens: number): boolean {
  return verbs.startingAt(text, found.index + found.word.length + joinerAt + 1) !== undefined || opens === found.index;
}

/** Whether a verb at text[at] stands inside the object of a verb that ended at `after`: a noun of two or
 *  more characters runs into it (城市 in 实施城市更新项目), with no list joiner or stop between. */
export function insideObject(text: string, after: number, at: number): boolean {
  if (at - after < 2) return false;
  for (let k = after; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff || NOT_NOUN_START.has(text[k] as string)) return false;
  }
  return true;
}

/**
 * Whether `verb` is the act of an agent engaged by the verb at `opens` (grammar engagingVerbs): only the agent, a noun, stands
 * between them (聘请第三方机构|开展模拟暗访不少于2次, 组织医务人员|开展义诊活动20场以上), so the count after `verb`'s object is that
 * act's and `verb` governs it as if it opened the clause.
 */
export function actOfEngagedAgent(text: string, opens: number, verb: { index: number; word: string }, g: IndicatorGrammar): boolean {
  const engaging = g.engagingVerbs.startingAt(text, opens);
  return engaging !== undefined && g.engagedActs.has(verb.word) && insideObject(text, opens + engaging.length, verb.index);
}

/**
 * Whether a verb found before a number is a word of a project's name: a noun runs into it and a project head follows it
 * (沱河综合治理工程完成年度投资4亿元, 城区排涝改造工程完成投资3亿元: 治理工程 and 改造工程 are the works' names, grammar
 * projectLabelHeads), so the verb after the name governs. A verb that opens its clause after lead words and adverbials
 * (全年实施项目120个) is the clause's own, and so is one that no other verb of `verbs` stands beside, before the name or between it
 * and the number: the noun before it is then its subject (县财政安排项目配套资金4000万元).
 */
export function projectNameWord(text: string, floor: number, v: { index: number; word: string }, before: number, dates: DateHit[], verbs: WordSet, g: IndicatorGrammar): boolean {
  const after = v.index + v.word.length;
  const head = g.projectLabelHeads.startingAt(text, after);
  if (!head || after + head.length >= before || !nounFollows(text, v.index - 1)) return false;
  if (verbs.indexIn(text, floor, v.index) === undefined && verbs.indexIn(text, after + head.length, before) === undefined) return false;
  return adverbialsEnd(text, floor, v.index, dates, g) < v.index;
}

/**
 * Whether a verb found before a number is a word of the name of a holder that a stock word after it says has the count
 * (区级卫生应急物资储备库现有医用防护服1.2万套: 储备 of 储备库; grammar stockHolding). A stock word right after the verb is
 * an attribute of its object instead (改造现有村卫生室30个), and the verb stays the clause's.
 */
export function insideHolderName(text: string, v: { index: number; word: string }, before: number, g: IndicatorGrammar): boolean {
  const holding = g.stockHolding.indexIn(text, v.index + v.word.length, before);
  return holding !== undefined && holding.index > v.index + v.word.length && !/[，,；;。、]/u.test(text.slice(v.index, holding.index));
}

/**
 * Whether a verb found before a number is a word of the name of what a holder has (全区现有预防接种单位14个: 接种 of 预防接种单位,
 * 全市共有职业健康检查机构9家: 检查 of 检查机构; grammar stockHolding): 现有 / 共有 as the clause's predicate, with only the held
 * thing's name between it and the verb, states the stock, and the verb names what kind of thing is held. Not where a verb before
 * the stock word governs it (改造现有村卫生室30个: 现有 is an attribute of the object), nor 在现有… (在现有基础上新增床位200张: the
 * base of today's level a change starts from).
 */
export function insideHeldName(text: string, clause: number, v: { index: number; word: string }, verbs: WordSet, g: IndicatorGrammar): boolean {
  const holding = g.stockHolding.indexIn(text, clause, v.index);
  if (!holding || text[holding.index - 1] === '在' || verbs.indexIn(text, clause, holding.index) !== undefined) return false;
  return HELD_NAME.test(text.slice(holding.index + holding.word.length, v.index));
}
/** The name of a thing held, up to a verb inside it: characters with no punctuation or digit (预防, 职业健康). */
const HELD_NAME = han(/^\p{Script=Han}*$/u);

/** A verb whose first character closes a lead word, where another verb starts one character on (力争|创建, not 争创): that verb. */
export function leadSplit(text: string, v: { index: number; word: string }, verbs: WordSet, g: IndicatorGrammar): { index: number; word: string } {
  if ((g.leadWords.endingAt(text, v.index + 1)?.length ?? 0) < 2) return v;
  const next = verbs.startingAt(text, v.index + 1);
  return next === undefined ? v : { index: v.index + 1, word: next };
}

/** The longest qualifier between a verb of admitting members and the member noun (35岁以下年轻 in 发展35岁以下年轻党员). */
const MAX_MEMBER_QUALIFIER = 12;

/**
 * The verb of admitting members (grammar memberAdmissionVerbs: 发展) that governs a count right after a member noun (memberNouns:
 * 党员, 团员, 会员) with a qualifier between them and no stop (发展35岁以下年轻党员12名): the members a 党组织, 团组织 or 工会
 * admits, as the term 发展党员 counts them. Searched from `from` to the count at `countStart`; undefined where none.
 */
export function admissionVerb(text: string, from: number, countStart: number, g: IndicatorGrammar): { index: number; word: string } | undefined {
  const noun = g.memberNouns.endingAt(text, countStart);
  if (noun === undefined) return undefined;
  const nounStart = countStart - noun.length;
  let found: { index: number; word: string } | undefined;
  for (let v = g.memberAdmissionVerbs.indexIn(text, Math.max(from, nounStart - MAX_MEMBER_QUALIFIER - 3), nounStart); v; v = g.memberAdmissionVerbs.indexIn(text, v.index + 1, nounStart)) found = v;
  if (!found || /[、，,；;。：:（(）)]/u.test(text.slice(found.index, nounStart)) || nounStart - (found.index + found.word.length) > MAX_MEMBER_QUALIFIER) return undefined;
  return found;
}

/**
 * A word of aid or subsidy read as a verb (救助, 补助: grammar rewardWords) right before a benefit cap's word (grammar benefitCaps) is
 * the first half of the cap's noun, the scheme whose cap it is, no act on an object (年度救助限额按6万元执行 sets the cap, it aids
 * nothing). Only such words: 新增限额以上商贸企业 adds firms of the statistics' 限额以上 class.
 */
export function opensBenefitCap(text: string, v: { index: number; word: string }, g: IndicatorGrammar): boolean {
  return g.rewardWords.has(v.word) && g.benefitCaps.startingAt(text, v.index + v.word.length) !== undefined;
}

/** How far into its clause an opening object verb may start: after a prefix of one character (新培育, 新引进). */
const VERB_PREFIX = 1;

/** Whether a reading's count stands right after its object verb (工程治理12处: 治理), with no object between them. */
export function countedRightAfterVerb(text: string, r: Reading): boolean {
  const verb = r.pred.verb;
  return verb?.kind === 'object' && text.slice(verb.end, r.q.start).trim() === '';
}

/** The object verb that opens a reading's clause after its adverbials of time and place (建设 in 建设林木良种基地5个以上, 培育 in
 *  新培育…, 引进 in 全年引进培育…), if one does. */
export function clauseObjectVerb(text: string, r: Reading, dates: DateHit[], g: IndicatorGrammar): Predicate['verb'] {
  const at = adverbialsEnd(text, r.clause, r.q.start, dates, g);
  const found = g.objectVerbs.indexIn(text, at, r.q.start);
  if (!found || found.index > at + VERB_PREFIX) return undefined;
  return { kind: 'object', word: found.word, start: found.index, end: found.index + found.word.length };
}

/** How long the modifier closed by 的 between a verb of carrying out and its count may run (2016年前建设的). */
const MAX_CARRIED_MODIFIER = 16;

/**
 * The verb of carrying works out that governs a count ending at `end` (推进10项重点工程): right before it, or before a modifier
 * closed by 的 that says which works are meant (推进2016年前建设的4万户…设施提标改造工程, 实施列入计划的30个…项目), in the clause
 * from `clause`. Undefined otherwise.
 */
export function carryOutBefore(text: string, clause: number, end: number, g: IndicatorGrammar): { word: string; start: number } | undefined {
  const word = g.carryOutVerbs.endingAt(text, end);
  if (word !== undefined) return { word, start: end - word.length };
  if (text[end - 1] !== '的') return undefined;
  const hit = g.carryOutVerbs.indexIn(text, Math.max(clause, end - 1 - MAX_CARRIED_MODIFIER - MAX_CARRY_VERB), end - 1);
  return hit && end - 1 - (hit.index + hit.word.length) <= MAX_CARRIED_MODIFIER ? { word: hit.word, start: hit.index } : undefined;
}

/** The longest verb of carrying out (组织实施, 谋划实施, 推动实施). */
const MAX_CARRY_VERB = 4;

/**
 * Where the clause from `floor` opens after its lead words and its adverbials of time and place: a
 * frequency (每年, 每季度: procedureFrequencies), a place scope after 在 (在全省, 在全市范围内) and a sum over
 * years (三年共, 累计) say when and where the verb acts, as a date does, and leave it the verb of the object
 * (每年在全省开展科普活动不少于500场, 三年共安排专项资金不低于1.5亿元).
 */
export function adverbialsEnd(text: string, floor: number, at: number, dates: DateHit[], g: IndicatorGrammar): number {
  let s = trimLead(text, floor, at, dates, g);
  for (let guard = 0; guard < 4 && s < at; guard++) {
    const often = g.procedureFrequencies.startingAt(text, s);
    const place = text[s] === '在' ? g.scope.exec(text.slice(s + 1, at))?.[0] : undefined;
    // The years a total is summed over and its sum word (三年共安排, 五年累计培训).
    const years = LEADING_YEARS.exec(text.slice(s, at))?.[0];
    const span = years ? g.totalWords.startingAt(text, s + years.length) : g.totalWords.startingAt(text, s);
    const step = often?.length ?? (place ? 1 + place.length + (text.startsWith(WITHIN, s + 1 + place.length) ? WITHIN.length : 0) : span ? (years?.length ?? 0) + span.length : 0);
    if (step === 0) break;
    s = trimLead(text, s + step, at, dates, g);
  }
  return s;
}

/** What may close a place scope after 在 (在全市范围内). */
const WITHIN = '范围内';

/** Past a verb of reaching at `at` that stands before the verb of the work at `work` (完成 | 新建改造农村公路120公里). */
export function afterReach(text: string, at: number, work: number, g: IndicatorGrammar): number {
  const reach = g.reachVerbs.startingAt(text, at);
  return reach && at + reach.length <= work ? at + reach.length : at;
}

/** Whether an object verb other than a verb of reaching (实现, 完成) stands in text[from, to): it governs what follows. */
export function governed(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let hit = g.objectVerbsBeforeNoun.indexIn(text, from, to); hit; hit = g.objectVerbsBeforeNoun.indexIn(text, hit.index + hit.word.length, to)) {
    if (!g.reachVerbs.has(hit.word)) return true;
  }
  return false;
}
