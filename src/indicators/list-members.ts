// How a count joins the other quantities of its sentence: the works a list closed by 等 totals, the bare members after a
// target, the reach of works the clause before sets, the place a listed value is counted in.
import type { Reading } from './reading.js';
import type { DateHit } from '../dates/scan.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { clauseEnd, trimLead } from './metric.js';
import { divisionNoun, MAX_BENEFICIARY, WHOLE_TERRITORY } from './set-counts.js';
import { pastKindNoun } from './inside-names.js';
import { basisStart } from './predicate.js';
import type { WordSet } from '../grammar/words.js';
import { BARE } from './quantity.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { han, HAN } from '../text/han.js';

/** How long the noun of a bare count in a list of targets may be (参展企业300家次, 受益人口3.6万人). */
const MAX_BARE_NOUN = 12;
/**
 * The clauses of the same sentence before a comma, past an item's number (4.实施…, （2）实施…), with no number in them
 * (实施农村饮水安全提升工程，): a work that sets no amount.
 */
const WORK_CLAUSE_BEFORE = /[。；;！!？?\n：:](?:[0-9０-９]{1,2}[.、．]|[（(][0-9０-９]{1,2}[)）])?[^。；;！!？?\n：:0-9０-９]+[，,]\s*$/u;
/** How far back the clause of that work is looked for. */
const MAX_WORK_CLAUSE = 60;

/**
 * The name of a bare list member: Han words, brackets and quotes, and the Latin abbreviations that Chinese plans write inside
 * their nouns (GSP检查员, ICU床位, DRG病组); the name holds a Han word as well (BARE_NOUN alone would let GSP30名 through).
 */
const BARE_NOUN = han(/^[\p{Script=Han}（）()“”A-Za-z]+$/u);

/**
 * Whether a count stands in a clause of only its noun and itself, right after a comma that follows a target of the
 * same sentence (举办重点展会60场次以上，参展企业300家次; 农村自来水普及率稳定在99%以上，受益人口3.6万人): target lists of
 * official writing state the verb once and give the next statistic bare, so the count is a value of the list. Not an
 * amount of money (项目总投资1.2亿元: a budget), nor a noun that holds a verb of its own, a stock word, 其中 or the period a
 * routine recurs in (专家每周坐诊1次: a working rule, as procedural() reads it). A count of those a work benefits (受益群众5600人,
 * grammar beneficiaryWords) right after a comma is one too when the work's clauses before it, in the same sentence, set no number
 * (实施…工程，受益群众5600人); after a budget (总投资1.2亿元，受益群众2万人) it stays none. So is a count after 、 that follows
 * a target of the same clause (机构达到9家、床位1180张): the list goes on within the clause. The list goes on past a bare member
 * too (门急诊量达到85万人次，出院患者3.2万人次，手术1.1万台次): the verb is written once for all of them.
 */
export function bareCountAfterTarget(text: string, r: Reading, prev: Reading | undefined, dates: DateHit[], g: IndicatorGrammar): boolean {
  const { q, pred } = r;
  if (q.unit.kind !== 'count' || q.unit.amount || q.hanzi || pred.start !== q.start) return false;
  // The next member after 、 of a list whose first member states its subject, verb and value (医养结合机构达到9家、床位1180张;
  // 普惠托育机构不少于40家、托位3600个): the verb or bound is written once, the next statistic follows bare in the same clause.
  const joined = prev !== undefined && joinedAfterTarget(text, r, prev, g);
  const from = joined && prev ? memberEnd(text, prev, r, g) + 1 : trimLead(text, r.clause, q.start, dates, g);
  const noun = text.slice(from, q.start);
  // 实施…工程，受益群众5600人: whom the work of the clause before benefits, whether or not that clause counts the work.
  const benefits = !joined && g.beneficiaryWords.startingAt(noun, 0) !== undefined && WORK_CLAUSE_BEFORE.test((r.clause > MAX_WORK_CLAUSE ? '' : '\n') + text.slice(Math.max(0, r.clause - MAX_WORK_CLAUSE), r.clause));
  if (!benefits && !joined) {
    if (!prev || prev.clause >= r.clause) return false;
    if (!(prev.pred.verb?.kind === 'target' || prev.pred.comparator || prev.post || prev.object || prev.bareMember)) return false;
    if (!/^\s*[，,]\s*$/u.test(text.slice(prev.end, r.clause))) return false;
  }
  // …保持100%，全市12个国控断面每月开展1次监测: the whole territory alone before the count names no object; the count opens the
  // subject of a new clause (all of the territory's things of that kind, a fact of it), not a member of the list before.
  if (WHOLE_TERRITORY.exec(noun)?.index === 0) return false;
  return noun.length >= 2 && noun.length <= MAX_BARE_NOUN && BARE_NOUN.test(noun) && HAN.test(noun) && g.stockWords.indexIn(noun) === undefined &&
    g.objectVerbs.indexIn(noun) === undefined && g.partWords.indexIn(text, r.clause, q.start) === undefined && g.perUnitWords.indexIn(noun) === undefined &&
    g.procedureFrequencies.indexIn(noun) === undefined;
}

/**
 * Where the member `prev` of a list ends before the next one `r`: past a kind noun after its unit (累计达到512个品种、医用耗材38类:
 * a count of kinds writes its noun after the classifier, and the list goes on after it as after a bare unit).
 */
export function memberEnd(text: string, prev: Reading, r: Reading, g: IndicatorGrammar): number {
  return pastKindNoun(text, prev.end, r.q.start, g);
}

/**
 * Whether a reading follows 、 right after a target or bounded value of its clause, or after a bare member of such a list
 * (达到312个、床位2860张、卫生技术人员3520人): not after a listed object, which the shared-verb rule reads.
 */
export function joinedAfterTarget(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  return prev !== undefined && prev.clause === r.clause && text[memberEnd(text, prev, r, g)] === '、' && !prev.object &&
    (prev.pred.verb?.kind === 'target' || prev.pred.comparator !== undefined || prev.bareMember === true);
}

/**
 * The extent word (涉及) that opens a count's clause right after a comma that follows a count or size of works the sentence
 * has read as an item (a stock is none), with the noun it reaches between it and the number (…180个，涉及居民2.1万户), or that
 * opens the next member of the works' list after 、 (改造老旧小区120个、涉及居民1.5万户); undefined otherwise.
 */
export function extentOfWorks(text: string, r: Reading, prev: Reading | undefined, dates: DateHit[], g: IndicatorGrammar): { word: string; start: number; end: number } | undefined {
  if (!prev || (prev.q.unit.kind !== 'count' && !prev.q.unit.size)) return undefined;
  let from: number;
  if (prev.clause < r.clause) {
    // The works' clause is the one right before (a count may name its object after it: 3所转型为区域养老服务中心，涉及…).
    if (!/^[^，,；;。：:]*[，,]\s*$/u.test(text.slice(prev.end, r.clause))) return undefined;
    from = trimLead(text, r.clause, r.pred.start, dates, g);
  } else {
    if (text[prev.end] !== '、') return undefined;
    from = prev.end + 1;
  }
  const word = g.extentWords.startingAt(text, from);
  if (!word) return undefined;
  // The divisions the works lie in (涉及中心城区5个区, 涉及8个乡镇) are where they are, a fact of the territory, not what they reach.
  const divisions = divisionNoun(text, r.end);
  if (divisions !== undefined && g.divisionNouns.has(divisions)) return undefined;
  const noun = text.slice(from + word.length, r.pred.start);
  return noun.length >= 1 && noun.length <= MAX_BARE_NOUN && !/[、，,；;。：:]/u.test(noun) ? { word, start: from, end: from + word.length } : undefined;
}

/** The longest name a list of names may hold, and a name: no digits, punctuation or quotation. */
const MAX_LISTED_NAME = 12;
const LISTED_NAME = /^[^0-9０-９，,。；;：:“”"《》（）()]+$/u;

/** A preposition opening a clause before the places a measure is carried out in or the people it is for (在A、B2个社区开展…). */
const LIST_PREPOSITION = /^[在对为向于从由给]/u;

/**
 * How many names the clause lists right before `end`, joined by 、 and at most one 和/及 before the last (A、B和C), when the list
 * is the clause's subject from its start: no verb (完成A、B3个小区改造, 在…建成A、B5个中心: the count of works to deliver) and no
 * preposition before it; 0 otherwise.
 */
export function namedListSize(text: string, clause: number, end: number, g: IndicatorGrammar): number {
  const words = text.slice(clause, end);
  if (LIST_PREPOSITION.test(words)) return 0;
  for (const verbs of [g.objectVerbs, g.targetVerbs, g.changeVerbs, g.listWorksVerbs, g.carryOutVerbs, g.reachVerbs]) if (verbs.indexIn(text, clause, end) !== undefined) return 0;
  const parts = words.split('、');
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > MAX_LISTED_NAME + 2 || !LISTED_NAME.test(p))) return 0;
  const last = parts[parts.length - 1] as string;
  return parts.length + (/[和及]/u.test(last) ? 1 : 0);
}

/**
 * The length of the per-head basis that stands right before a value at `at` (its predicate starting at `from`, where the
 * basis begins) when a basis also stands right before the earlier value at `prevAt`; 0 otherwise.
 */
export function repeatedBasis(text: string, prevAt: number, from: number, at: number, g: IndicatorGrammar): number {
  const start = basisStart(text, at, g);
  if (start === at || start !== from) return 0;
  // Each value has its basis, the same or another (每人每月850元和每人每年7200元: the city's standard monthly, the country's yearly).
  return basisStart(text, prevAt, g) < prevAt ? at - start : 0;
}

/** The first reading of the list that the last reading of `out` ends (itself when it is listed to none). */
export function listHead(out: readonly Reading[]): Reading {
  let k = out.length - 1;
  while (k > 0 && (out[k] as Reading).listed) k--;
  return out[k] as Reading;
}

/** How far after a per-unit word (每个) the verb of works may stand: the unit's noun, with a bracket (每个县（市、区）). */
const MAX_UNIT_SUBJECT = 10;

/**
 * The verb of works that opens the clause (after lead words and a date: 年内, 2027年底前, the time an annual plan gives its works)
 * when its object is a list of names ending at `end` (…、…等).
 * The clause may first name who builds: its scope (全市新建…等5所学校) or each unit of it (每个县（市）至少建成…等5类资源共享
 * 中心), and a lead word or a bound may stand before the verb (力争, 至少): the subject of a target and its resolve, as before
 * any other target verb.
 */
export function listVerb(text: string, clause: number, end: number, dates: DateHit[], g: IndicatorGrammar, stop: number, after: number): { word: string; start: number; end: number; bound?: string } | undefined {
  const verbAt = (k: number): { word: string; start: number; end: number; bound?: string } | undefined => {
    k = trimLead(text, skipEmphasis(text, k), end, dates, g);
    const bound = g.leadComparators.startingAt(text, k);
    if (bound !== undefined) k = trimLead(text, k + bound.length, end, dates, g);
    const verb = g.listWorksVerbs.startingAt(text, k) ?? completionVerb(k);
    // The object between the verb and 等: one name or several (…、…), with no number of its own.
    const object = verb === undefined ? '' : text.slice(k + verb.length, end);
    if (verb === undefined || object.length === 0 || !(object.includes('、') || (object.length <= MAX_LISTED_NAME + 2 && LISTED_NAME.test(object)))) return undefined;
    return bound === undefined ? { word: verb, start: k, end: k + verb.length } : { word: verb, start: k, end: k + verb.length, bound };
  };
  // 完成 before the list when a verb of works names the works after the counted noun (…等5处革命旧址的修缮, …等5个小区改造).
  const completionVerb = (k: number): string | undefined => {
    const verb = g.listCompletionVerbs.startingAt(text, k);
    return verb !== undefined && g.listWorksVerbs.indexIn(text, after, stop) !== undefined ? verb : undefined;
  };
  let s = trimLead(text, skipEmphasis(text, clause), end, dates, g);
  const scope = g.scope.exec(text.slice(s, end))?.[0];
  if (scope) return verbAt(s + scope.length);
  const each = g.perUnitWords.startingAt(text, s);
  if (each === undefined) return verbAt(s);
  s += each.length;
  for (let k = s + 1; k <= Math.min(end, s + MAX_UNIT_SUBJECT); k++) {
    const verb = verbAt(k);
    if (verb) return verb;
  }
  return undefined;
}

/** Markdown emphasis marks (the ** that closes a bold run-in heading: **（一）….**完成…) are markup before a clause's first word. */
function skipEmphasis(text: string, s: number): number {
  while (text[s] === '*' || text[s] === '_') s++;
  return s;
}

/** How far into the next clause the verb after a baseline may start (由X，逐步提高至Y). */
const NEXT_CLAUSE_VERB = 4;

/**
 * Whether a target or change verb follows in the clause after a quantity opened by 由/从: only then is it the
 * baseline of 由X增加到Y (床位由3500张增加到4200张). Elsewhere 由 is "by" (成立由1名院长任主任的管理委员会,
 * 由5名专家组成) and 从 "from among" (从3家医院中遴选): no level at all.
 */
export function reachedAfter(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  // The verb may also open the next clause, after a comma the source put in (由12万吨/天，提高至24万吨/天).
  const to = Math.min(e, clauseEnd(text, end, e) + 1 + NEXT_CLAUSE_VERB);
  const verb = (k: number) => g.targetVerbs.startingAt(text, k) !== undefined || g.changeVerbs.startingAt(text, k) !== undefined;
  for (let k = end; k < to; k++) if (verb(k)) return true;
  return false;
}

/** Whether a verb of a service follows the count's noun in its clause (为900名残疾人提供…). */
export function benefactive(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const stop = Math.min(e, end + MAX_BENEFICIARY + 1, clauseEnd(text, end, e));
  return end < stop && g.benefactiveVerbs.indexIn(text, end + 1, stop) !== undefined;
}

/**
 * Where a preposition of what a measure is done to (对) stands right before a count, past a scope word (对全市2800家…);
 * -1 when there is none. The same word opens the condition of a support policy (对年营业额首次突破1亿元的企业): only right
 * before the count is it this preposition. `prepositions`: the words looked for (对/为, or 在 before the sites of a measure).
 */
export function prepositionBefore(text: string, clause: number, at: number, number: number, prepositions: WordSet, g: IndicatorGrammar): number {
  for (let k = at - 1; k >= clause && k >= number - 1 - MAX_ATTRIBUTE; k--) {
    if (!prepositions.has(text[k] as string)) continue;
    const between = text.slice(k + 1, at);
    if (between === '' || (between.length <= MAX_SCOPE && (g.scope.exec(between)?.[0] === between || (prepositions !== g.sitePrepositions && placedScope(between, g))))) return k;
    // An attribute of the counted things ending in 的 may also stand before the count (对2024年以来新增的4.2万条待遇发放数据开展比对核查,
    // 对新招用的300名高校毕业生开展岗前培训); the predicate reader has taken its 的 for a filler, so the count's own start is looked at.
    const attribute = text.slice(k + 1, number);
    if (attribute.endsWith('的') && !/[，,；;。：:、]/u.test(attribute)) return k;
  }
  return -1;
}
const MAX_SCOPE = 6;

/**
 * A place its value is given for between a metric's head and the value, with no verb (平均急救反应时间城区12分钟、农村20分钟), as
 * statistics part a measure by place: the metric is named right before its value as where no place stands between.
 */
export function placeAfterHead(text: string, at: number, g: IndicatorGrammar): boolean {
  const place = g.placeGroups.endingAt(text, at);
  return place !== undefined && g.metricHeads.endingAt(text, at - place.length) !== undefined;
}

/** The next place of such a list, right after a 、 and the value before it in the same unit (…城区12分钟、农村20分钟). */
export function placeListedAfter(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  const place = g.placeGroups.endingAt(text, r.q.start);
  return place !== undefined && prev !== undefined && prev.q.unit === r.q.unit && text.slice(prev.end, r.q.start - place.length) === '、';
}

/**
 * A place word of the territory (grammar placeGroups: 城区, 农村, 中心城区), after a scope word or alone, between 对/为 and a count
 * (为城区3处易涝点提供…服务, 对全县农村12所学校开展…): it says where the things counted are, as 全县 says it of the whole territory.
 * Not after 在 (在城区62个重点路口开展劝导: the places a task is carried out at, a set it runs over, not sites chosen for it).
 */
function placedScope(between: string, g: IndicatorGrammar): boolean {
  const scope = g.scope.exec(between)?.[0] ?? '';
  return g.placeGroups.has(between.slice(scope.length));
}
/** How long an attribute ending in 的 between 对/为 and the count may be. */
const MAX_ATTRIBUTE = 16;

/** A bare value whose verb comes right after an accepted bare baseline (由0.55提高到0.6): the level the baseline's head reaches. */
export function reachesBareBaseline(text: string, r: Reading, prev: Reading | undefined): boolean {
  // A zero needs no unit (由6.7%下降到0): it reaches on from a baseline with a unit too.
  return prev !== undefined && (prev.q.unit === BARE || r.q.value === 0) && prev.pred.baseline && r.pred.verb !== undefined && text.slice(prev.end, r.pred.start).trim() === '';
}

/** Whether a bound value with no target verb follows, in its clause, a count after a word of what remains to be dealt with
 *  (grammar gapCounts: 仍有7所学校宿舍生均面积低于3平方米): the condition the counted things are in. */
export function gapCondition(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || !r.pred.comparator || r.pred.verb?.kind === 'target') return false;
  return g.gapCounts.indexIn(text, r.clause, prev.q.start) !== undefined;
}

/**
 * Whether the clause right after a bare amount ending at `end` (a comma between) opens with a growth or a share of the year's
 * task (grammar amountLevelFollowers: 全市实际到位省外资金312.6亿元，同比增长8.4%): the amount is then a level reached.
 */
export function levelFollows(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  let i = end;
  while (i < e && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  if (text[i] !== '，' && text[i] !== ',') return false;
  i++;
  while (i < e && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  return g.amountLevelFollowers.startingAt(text, i) !== undefined;
}
