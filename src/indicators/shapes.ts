// Groups the readings of a sentence into statements and names their metrics, one handler per
// sentence shape:
//   values     …分别控制在20/10万、7.0%和9.5%以内 (one value per metric), …和…均达到45% (one value, several metrics)
//   baseline   由X下降到Y / 从2015年的X提高到Y (a baseline, then the value reached)
//   milestones 到2022年达到60%,2025年达到70% (later values of the metric named before)
//   objects    新创建至少10个A、6个B (the counted noun follows the unit)
//   age limit  为农村35—64岁妇女免费做"两癌"检查 (the population the age defines)
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { WordSet } from '../grammar/words.js';
import type { DateHit } from '../dates/scan.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { digitRun, isDigitCode } from '../numbers/digits.js';
import { clauseEnd, clauseStart, completeConjuncts, pointsBackAtMetrics, doneWorkName, gradeNames, insideWord, markerLength, metricName, objectNoun, population, servedName, siteName, splitConjuncts, trailingGroups, trimLead, verbInsideFirst, verbOverConjuncts, verbsOfOneObject, type Span } from './metric.js';
import { ageLimitName } from './age-limit.js';
import { basisStart } from './predicate.js';
import { yearsCountStart } from './years-count.js';
import { cadenceIn, quotedMask } from './quantity.js';
import { attainersBefore, attainingVerb, attains, reserveTime, type Reading } from './reading.js';
import { HAN_ONLY, han } from '../text/han.js';
import { GRANT, grantsReward } from './grant.js';

export interface Member {
  reading: Reading;
  metric: string;
  /** The baseline of a 由X…到Y statement. */
  baseline: boolean;
}

export interface Statement {
  members: Member[];
  /** The source span all members share as `text`. */
  span: Span;
}

/** Prepositions that open an age limit's clause (为农村35—64岁妇女…). */
const AGE_LEAD = new WordSet(['为', '对', '向', '给', '以', '做好', '开展', '针对']);

/**
 * Past a frame that a two-character opener (按照, 根据, 依据) opens inside the subject and nothing closes before the
 * predicate (急救站点按照城市地区服务半径不超过5公里): the metric is what the frame holds, not the topic before it.
 */
function afterOpenFrame(text: string, start: number, end: number, g: IndicatorGrammar): number {
  let at = start;
  for (let k = start + 1; k < end; k++) {
    const w = g.frameOpeners.startingAt(text, k);
    if (w && w.length >= 2 && k + w.length < end && !g.frameClosers.indexIn(text, k + w.length, end)) at = k + w.length;
  }
  return at;
}

function subjectOf(text: string, r: Reading, s: number, dates: DateHit[], g: IndicatorGrammar, milestone: boolean): Span | undefined {
  const start = afterPredicateList(text, afterOpenFrame(text, trimLead(text, r.floor, r.pred.start, dates, g), r.pred.start, g), r.pred.start, g);
  if (start < r.pred.start) return { start, end: r.pred.start };
  if (milestone || r.floor > r.clause) return undefined;
  // Nothing before the predicate but a year: the metric is the clause before (…老年医学科,到2022年达到60%).
  if (r.clause - 1 <= s) return undefined;
  const prevStart = clauseStart(text, r.clause - 1, s);
  // A clause ending in 的 states a condition (血压控制不满意的，应当在2周内随访), not a metric.
  let prevEnd = r.clause - 1;
  while (prevEnd > prevStart && text[prevEnd - 1] === ' ') prevEnd--;
  if (text[prevEnd - 1] === '的') return undefined;
  const from = trimLead(text, prevStart, r.clause - 1, dates, g);
  const to = beforeTrend(text, from, prevEnd, r.q.unit.unit === '%', g);
  return from < to ? { start: from, end: to } : undefined;
}

/** Adverbs shorter than this (的, 上, 在, 共) may end a noun: only longer ones are taken for a trend's. */
const MIN_TREND_ADVERB = 2;
/** Fewest characters a subject keeps once a trend is cut from it: fewer names nothing, and the clause is left whole. */
const MIN_TREND_SUBJECT = 2;

/**
 * Where the subject ends in a clause whose predicate has no number (出生缺陷发生率逐年下降，控制在…: 出生缺陷发生率; 满意度不低于上年水平，
 * 达到…: 满意度): a trend or a relative bound (grammar trendTails), or an adverb and a change verb, and the adverbs before them.
 * `end` when there is none, or when too little would be left to name anything; `percent` when the level after is a percentage.
 */
function beforeTrend(text: string, start: number, end: number, percent: boolean, g: IndicatorGrammar): number {
  let at = end;
  const tail = g.trendTails.endingAt(text, end);
  if (tail !== undefined) {
    // The change a relative bound is of goes with it (财政收入增长不低于上年).
    at -= tail.length;
    at -= g.changeVerbs.endingAt(text, at)?.length ?? 0;
  } else {
    const verb = g.changeVerbs.endingAt(text, end);
    const adverb = verb === undefined ? undefined : g.adverbs.endingAt(text, end - verb.length);
    if (verb === undefined || adverb === undefined || adverb.length < MIN_TREND_ADVERB) return end;
    at -= verb.length + adverb.length;
    // A percentage after the change of an amount is that change's (地区生产总值年均增长，达到6%: the verb stays); it is the level
    // only of a rate or a share (grammar rateNameHeads: 参保率逐年提高，达到96% → 参保率).
    if (percent && g.rateNameHeads.endingAt(text, at) === undefined) return end;
  }
  for (let a = g.adverbs.endingAt(text, at); a !== undefined && a.length >= MIN_TREND_ADVERB; a = g.adverbs.endingAt(text, at)) at -= a.length;
  return at - start >= MIN_TREND_SUBJECT ? at : end;
}

/** How long a clause that is a prepositional frame alone may be (按不变价格计算, 按可比价格计算, 按常住人口计算). */
const MAX_FRAME_CLAUSE = 12;

/**
 * Where the clause before the one opening at `clause` starts; past a clause that is a prepositional frame alone (grammar frames:
 * 按不变价格计算, 按可比价格计算), which says how an amount is measured and names nothing, to the clause before it.
 */
function objectClauseStart(text: string, clause: number, s: number, dates: DateHit[], g: IndicatorGrammar): number {
  const start = clauseStart(text, clause - 1, s);
  if (start - 1 <= s) return start;
  const from = trimLead(text, start, clause - 1, dates, g);
  const open = g.frameOpeners.startingAt(text, from);
  const close = g.frameClosers.endingAt(text, clause - 1);
  const frame = open !== undefined && close !== undefined && clause - 1 - from <= MAX_FRAME_CLAUSE && g.notFrames.startingAt(text, from) === undefined && clause - 1 - close.length > from + open.length;
  return frame ? clauseStart(text, start - 1, s) : start;
}

/** Only a 、 between an amount and the change verb after it (地区生产总值520亿元、增长6.1%). */
const CHANGE_JOINED = /^\s*、\s*$/u;

const IDEOGRAPHIC_COMMA = 0x3001;

/**
 * Where a subject starts after a predicate with no number that a 、 joins to it (非法集资案件立案数逐年下降、处置率达到100%, 投诉
 * 数量持续减少、办结率保持在98%以上): an adverb and a change or target verb before the 、 end a clause of their own, which is no
 * conjunct of the name. `start` when there is none.
 */
function afterPredicateList(text: string, start: number, end: number, g: IndicatorGrammar): number {
  let from = start;
  // A loop to `end`, not indexOf: with no 、 before `end`, indexOf would read on to the text's end at every call.
  for (let k = start; k < end; k++) {
    if (text.charCodeAt(k) !== IDEOGRAPHIC_COMMA) continue;
    const verb = g.changeVerbs.endingAt(text, k) ?? g.targetVerbs.endingAt(text, k);
    if (verb && g.adverbs.endingAt(text, k - verb.length) !== undefined && k + 1 < end) from = k + 1;
  }
  return from;
}

/**
 * A rate stated as a share of a base (计入标准为本人参保缴费基数的2%, 研发经费投入为地区生产总值的2.5%): A为B的N% says
 * that A is N% of B, so the metric is A, before the copula; B is only what the share is taken of.
 */
function shareOwner(text: string, subject: Span | undefined, r: Reading, g: IndicatorGrammar): Span | undefined {
  if (!subject || r.q.unit.kind !== 'rate' || text.slice(subject.end, r.q.start).trim() !== '的') return subject;
  for (let i = subject.end - 1; i >= subject.start + 2; i--) {
    const copula = g.copulas.endingAt(text, i);
    if (!copula || i - copula.length < subject.start + 2) continue;
    if (insideWord(text, i - copula.length, g.notCopulas)) continue;
    // The base must be a noun phrase of its own, not the rest of a clause.
    if (/[，,；;、]/u.test(text.slice(i, subject.end))) return subject;
    return { start: subject.start, end: i - copula.length };
  }
  return subject;
}

/** Words between a group and the age that bounds it: 老年人（65岁及以上）, 参保人员年龄在60周岁以上. */
const AGE_LINK = new WordSet(['（', '(', '年龄在', '年龄', '年满', '为', '在']);

/** The group an age bounds when it is named before the age (老年人（65岁及以上）). */
function groupBefore(text: string, r: Reading, dates: DateHit[], g: IndicatorGrammar): Span | undefined {
  let end = r.q.start;
  for (let guard = 0; guard < 3; guard++) {
    const link = AGE_LINK.endingAt(text, end);
    if (!link || end - link.length < r.floor) break;
    end -= link.length;
  }
  if (!g.joinHeads.endingAt(text, end)) return undefined;
  const start = trimLead(text, r.floor, end, dates, g, AGE_LEAD);
  return start < end ? { start, end } : undefined;
}

/** 占 "accounts for", not inside 占用, 占地, 占有, 占领, 占压 (“两金”占用, 占地面积): words of a metric. 占地区 is 占 地区 (占地区生产总值
 *  比重), the share of the region's output. */
const SHARE_OF = /占(?![用有领压]|地(?!区))/u;

/** A share written with 占 names its ratio: 滩涂面积占全市(的) 一半 → 滩涂面积占全市比例. With the whole left unsaid after
 *  占 (the total named before: …，其中4级以上的占42%; 女性占52%), the part's 占比: 4级以上占比, 女性占比. */
function shareName(name: string, g: IndicatorGrammar): string {
  if (!SHARE_OF.test(name) || g.metricHeads.endingAt(name, name.length)) return name;
  if (name.endsWith('占') && name.length > 1) return `${name.slice(0, -1).replace(/的$/u, '')}占比`;
  return `${name.replace(/的$/u, '')}比例`;
}

/**
 * The metric of a growth in % with no subject of its own, after the metric before it: a share (…占一般公共预算支出比重) moves in
 * 个百分点, so a growth in % right after one (比重不低于3%，年均增长10%以上) is the growth of the share's subject, the amount
 * before 占 (grammar shareHeads, growthVerbs). Any other metric before is the growth's own.
 */
function grownMetric(metric: string, r: Reading, g: IndicatorGrammar): string {
  // (a completion proportion's amount grew, not the proportion: …，为预算的101.2%，增长3.8%)
  const completed = r.q.unit.unit === '%' && r.pred.verb !== undefined ? completionSubject(metric, g) : undefined;
  if (completed !== undefined) return completed;
  if (r.q.unit.unit !== '%' || !r.pred.verb || !g.growthVerbs.has(r.pred.verb.word) || !g.shareHeads.endingAt(metric, metric.length)) return metric;
  const at = metric.search(SHARE_OF);
  return at >= 2 ? metric.slice(0, at).replace(/的$/u, '') : metric;
}

/** The word that closes the name of a completion proportion (一般公共预算收入预算完成程度). */
const COMPLETION = '完成程度';

/** The name of a completion proportion (为预算的101.2%, 为调整预算的96.7% after the amount it measures: grammar completionBases):
 *  the amount's name, the base and 完成程度; undefined for any other name. */
function completionName(name: string, before: string, g: IndicatorGrammar): string | undefined {
  if (!name.startsWith('为') || !g.completionBases.has(name.slice(1).replace(/的$/u, ''))) return undefined;
  return before + name.slice(1).replace(/的$/u, '') + COMPLETION;
}

/** The amount a completion proportion is of (一般公共预算收入预算完成程度 → 一般公共预算收入), else undefined. */
function completionSubject(metric: string, g: IndicatorGrammar): string | undefined {
  if (!metric.endsWith(COMPLETION)) return undefined;
  const base = g.completionBases.endingAt(metric, metric.length - COMPLETION.length);
  const at = metric.length - COMPLETION.length - (base?.length ?? 0);
  return base !== undefined && at >= 2 ? metric.slice(0, at) : undefined;
}

/** A negation right before a verb (未建立, 尚未开展, 没有参加, 不具备). */
const NEGATION_BEFORE = /(?:尚未|仍未|还未|没有|未|不)$/u;

/** A joiner, then the next share of a population (和80%以上的…): group 1 is what follows the share. */
const NEXT_SHARE = /(?:和|、|及|与|以及)[0-9.]+[%％](?:以上|以下|左右)?的(.+)$/u;

/**
 * A share of a population named after it: 全区93.8％镇管以上河道的水质达到IV类 (nothing but a scope or
 * a list before the number) → 镇管以上河道水质达到IV类比例.
 */
function populationShare(text: string, r: Reading, e: number, g: IndicatorGrammar): { name: string; end: number } | undefined {
  if (r.q.unit.kind !== 'rate' || r.pred.verb || r.pred.comparator) return undefined;
  let from = r.end;
  if (text[from] === '的') from++;
  const c = text.charCodeAt(from);
  if (!(c >= 0x4e00 && c <= 0x9fff)) return undefined;
  const end = clauseEnd(text, from, e);
  let rest = text.slice(from, end).replace(/\s+/gu, '');
  if (rest.length < 2) return undefined;
  // Two shares of two populations with one predicate (85%以上的社区卫生服务中心和80%以上的乡镇卫生院能够提供…):
  // the first population ends at the next share, and the predicate after the second is shared.
  const next = NEXT_SHARE.exec(rest);
  if (next && next.index >= 2) {
    const second = next[1] as string;
    const shared = g.shareVerbs.indexIn(second);
    if (shared && shared.index >= 2) rest = rest.slice(0, next.index) + second.slice(shared.index);
  }
  const name = metricName(rest, g).replace(/的/gu, '');
  // 70%的村卫生室具备中医药服务能力 → 具备中医药服务能力的村卫生室比例.
  const verb = g.shareVerbs.indexIn(name) ?? institutionStatus(name, g);
  if (verb && verb.index >= 2 && verb.index + verb.word.length < name.length) {
    // A negation before the verb goes with it (18%的小微企业未建立台账 → 未建立台账的小微企业比例).
    const at = verb.index - (NEGATION_BEFORE.exec(name.slice(0, verb.index))?.[0].length ?? 0);
    if (at >= 2) return { name: `${withoutPerfective(name.slice(at), verb.index + verb.word.length - at, g)}的${name.slice(0, at)}比例`, end };
  }
  return { name: `${name}比例`, end };
}

/** A clause set before its noun as a modifier drops the aspect particle of its verb (乡镇卫生院设置了中医馆 → 设置中医馆的
 *  乡镇卫生院; grammar aspectParticles): the name is of the state, as 定语 clauses write it. `after`: where the verb ends. */
function withoutPerfective(clause: string, after: number, g: IndicatorGrammar): string {
  const particle = g.aspectParticles.startingAt(clause, after);
  return particle !== undefined && after + particle.length < clause.length ? clause.slice(0, after) + clause.slice(after + particle.length) : clause;
}

/** What may stand between a coverage verb and the share after it: a scope or a list (全街道, 全部县级医院和), no number, no clause. */
const COVER_GAP = /^[^0-9０-９，,。；;：:]{0,12}$/u;

/**
 * The share of a population a service reaches (grammar coverVerbs): 日间照料服务覆盖全街道75%以上的社区 → 日间照料服务覆盖社区比例,
 * 远程医疗服务覆盖全部县级医院和88%的乡镇卫生院 → 远程医疗服务覆盖乡镇卫生院比例. The share stands before the noun it is of, joined by
 * 的; the scope or list between the verb and the share names no part of it.
 */
function coverageShare(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; end: number } | undefined {
  if (r.q.unit.unit !== '%' || text[r.end] !== '的') return undefined;
  let verb: string | undefined;
  let at = r.q.start;
  for (let p = r.q.start - 1; p >= from && verb === undefined; p--) {
    verb = g.coverVerbs.startingAt(text, p);
    at = p;
  }
  if (verb === undefined || !COVER_GAP.test(text.slice(at + verb.length, r.pred.start > at ? r.pred.start : r.q.start).trim())) return undefined;
  const service = metricName(text.slice(from, at), g);
  const after = r.end + 1;
  const c = text.charCodeAt(after);
  if (service.length < 2 || !(c >= 0x4e00 && c <= 0x9fff)) return undefined;
  const end = clauseEnd(text, after, e);
  const noun = metricName(text.slice(after, end).replace(/\s+/gu, ''), g).replace(/的/gu, '');
  return noun.length < 2 ? undefined : { name: `${service}${verb}${noun}比例`, end };
}

/**
 * The share of what a measure is done to, opened by a preposition before it (grammar benefactivePrepositions: 对, 为; a scope
 * and a bound may stand between them) and named after it by 的, its noun and the measure: 每年对不少于10%的社会组织开展抽查审计 →
 * 社会组织抽查审计比例, 为85%以上的特困供养人员提供年度体检 → 特困供养人员年度体检比例. The measure's light verb (grammar
 * servicesReceived) drops out, as servedName drops it from a count of the people served; another service verb stays
 * (对20%的企业发放… → 企业发放…比例). Undefined without a service verb (grammar benefactiveVerbs) after the noun.
 */
function shareDoneTo(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
  if (r.q.unit.unit !== '%' || text[r.end] !== '的') return undefined;
  // 为 right before a value is read as a copula first (为不少于90%的适龄儿童开展视力筛查): here it is the preposition.
  const copula = r.pred.verb?.kind === 'copula' && g.benefactivePrepositions.has(r.pred.verb.word) ? r.pred.verb : undefined;
  if (r.pred.verb && !copula) return undefined;
  let prepStart: number;
  let k: number;
  if (copula) {
    prepStart = copula.start;
    k = copula.end;
  } else {
    const lead = text.slice(from, r.pred.start).trimEnd();
    // A scope may stand between the preposition and the share (对全市不少于10%的…).
    const scope = lastScope(lead, g);
    const prep = g.benefactivePrepositions.endingAt(lead, lead.length - scope.length);
    if (!prep) return undefined;
    prepStart = from + lead.length - scope.length - prep.length;
    k = r.pred.start;
  }
  // Nothing between the preposition and the number but a scope and a bound (为全县90%以上的…, 为不少于90%的…).
  while (k < r.q.start && WHITE_SPACE[text.charCodeAt(k)] === 1) k++;
  k += g.scope.exec(text.slice(k, r.q.start))?.[0].length ?? 0;
  k += g.before.startingAt(text, k)?.length ?? 0;
  while (k < r.q.start && WHITE_SPACE[text.charCodeAt(k)] === 1) k++;
  if (k !== r.q.start) return undefined;
  const after = r.end + 1;
  const c = text.charCodeAt(after);
  if (!(c >= 0x4e00 && c <= 0x9fff)) return undefined;
  const end = clauseEnd(text, after, e);
  const rest = metricName(text.slice(after, end).replace(/\s+/gu, ''), g);
  const verb = g.benefactiveVerbs.indexIn(rest);
  if (!verb || verb.index < 2 || rest.length - verb.index - verb.word.length < 2) return undefined;
  const who = rest.slice(0, verb.index).replace(/的/gu, '');
  const what = rest.slice(verb.index + verb.word.length);
  const name = `${who}${g.servicesReceived.has(verb.word) ? '' : verb.word}${what}比例`;
  return { name, start: prepStart, end };
}

/**
 * The share of a resource set aside for a use, by a verb before the share (grammar allotVerbs; a scope and a bound may stand between
 * them) and its noun after 的: 预留30%以上的门诊号源 → 预留的门诊号源比例, 将不少于70%的资金用于基层 → 用于基层的资金比例,
 * 拿出20%的专家号源和10%的住院床位向基层开放 → 向基层开放的专家号源比例 (the use, grammar allotUseLeads, may follow the list).
 * Undefined unless such a verb ends the text before the share and a noun follows its 的.
 */
function shareAllotted(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
  if (r.q.unit.unit !== '%' || text[r.end] !== '的' || r.listed) return undefined;
  // What stands between the verb and the number: a scope and a bound (预留全县不少于20%的…).
  let k = r.q.start;
  const bound = g.before.endingAt(text, k);
  if (bound !== undefined) k -= bound.length;
  const lead = text.slice(from, k).trimEnd();
  const scope = lastScope(lead, g);
  const verb = g.allotVerbs.endingAt(lead, lead.length - scope.length);
  if (verb === undefined || (r.pred.verb !== undefined && !g.allotVerbs.has(r.pred.verb.word))) return undefined;
  const verbStart = from + lead.length - scope.length - verb.length;
  const after = r.end + 1;
  const end = clauseEnd(text, after, e);
  // The noun runs to the use, to the next member of a list of shares (和10%的…) or to the clause's end.
  let nounEnd = after;
  while (nounEnd < end && HAN_ONLY.test(text[nounEnd] as string) && g.allotUseLeads.startingAt(text, nounEnd) === undefined && !(g.joiners.startingAt(text, nounEnd) !== undefined && isDigitCode(text.charCodeAt(nounEnd + 1)))) nounEnd++;
  const noun = metricName(text.slice(after, nounEnd), g);
  if (noun.length < 2) return undefined;
  const use = g.allotUseLeads.indexIn(text, nounEnd, end);
  const purpose = use === undefined ? '' : metricName(text.slice(use.index, end), g);
  // 将/把 only move the share before its use: without one they set nothing aside.
  if (purpose === '' && (verb === '将' || verb === '把')) return undefined;
  return { name: `${purpose === '' ? verb : purpose}的${noun}比例`, start: verbStart, end: use === undefined ? nounEnd : end };
}

/**
 * The days of need a reserve covers, a verb of covering before the time and a noun of need after it (grammar needCoverVerbs, needNouns):
 * 省级储备满足全省应急处置不少于15天需求 → 省级储备满足全省应急处置需求天数, 成品粮油应急储备满足当地15天以上市场供应需求 →
 * 成品粮油应急储备满足当地市场供应需求天数. Undefined unless both stand in the clause.
 */
function reserveDays(text: string, r: Reading, e: number, dates: DateHit[], g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
  const covered = reserveTime(text, r, e, g);
  if (covered === undefined) return undefined;
  const { cover, need } = covered;
  const from = r.end + (text[r.end] === '的' ? 1 : 0);
  const start = trimLead(text, r.clause, cover.index, dates, g);
  const reserve = metricName(text.slice(start, cover.index), g);
  if (reserve.length < 2) return undefined;
  const scope = metricName(text.slice(cover.index + cover.word.length, r.pred.start), g);
  const use = metricName(text.slice(from, need.index), g);
  return { name: `${reserve}${cover.word}${scope}${use}${need.word}${r.q.unit.unit === '天' || r.q.unit.unit === '日' ? '天数' : '时间'}`, start, end: need.index + need.word.length };
}

/** A scope word that ends `lead` (对全市 → 全市), else ''. */
function lastScope(lead: string, g: IndicatorGrammar): string {
  for (let i = Math.max(0, lead.length - 12); i < lead.length; i++) {
    const m = g.scope.exec(lead.slice(i))?.[0];
    if (m && m.length === lead.length - i) return m;
  }
  return '';
}

/** A standard reached by the institutions named before it (乡镇卫生院|达到推荐标准), none after an attribute (水质|达到IV类). */
function institutionStatus(name: string, g: IndicatorGrammar): { index: number; word: string } | undefined {
  const verb = g.institutionShareVerbs.indexIn(name);
  return verb && g.institutionHeads.endingAt(name, verb.index) ? verb : undefined;
}

/** Joiners between the years of a list of deadlines (到2025年和2030年, 2025年、2027年). */
const YEAR_LIST_JOINER = /^\s*(?:、|和|及|与)\s*$/u;

/**
 * Whether a list of years gives the values of a distributor their years: years right before it (2025年、2027年分别达到…),
 * or two years joined at the opening of the sentence (到2027年和2030年，…分别达到…和…), before the reading's clause.
 */
function yearsDistribute(text: string, s: number, r: Reading, dates: DateHit[], g: IndicatorGrammar): boolean {
  if (r.pred.years.length > 1) return true;
  const years = dates.filter((d) => d.year !== null && d.start >= s && d.end <= r.clause);
  const first = years[0];
  const second = years[1];
  if (!first || !second || !YEAR_LIST_JOINER.test(text.slice(first.end, second.start))) return false;
  let lead = text.slice(s, first.start).trim();
  const word = g.dateLeads.endingAt(lead, lead.length);
  if (word) lead = lead.slice(0, -word.length).trim();
  return lead === '';
}

/**
 * 城乡居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; 金融机构存贷款余额 → 金融机构存款余额, 金融机构贷款余额
 * (innerPairedWords: split where they stand in the name); undefined without a paired word.
 */
function splitPaired(name: string, g: IndicatorGrammar): string[] | undefined {
  for (const [word, groups] of g.pairedWords) if (name.startsWith(word) && name.length > word.length) return groups.map((w) => w + name.slice(word.length));
  for (const [word, groups] of g.innerPairedWords) {
    const at = name.indexOf(word);
    if (at >= 0 && name.length > at + word.length) return groups.map((w) => name.slice(0, at) + w + name.slice(at + word.length));
  }
  return undefined;
}

/** How far before its value a provision frame may open (按照每百户不低于30平方米的标准), and how long the provision after it may run. */
const MAX_PROVISION_INNER = 24;
const MAX_PROVISION = 20;

/**
 * The ratio or standard of a provision set inside a frame (grammar provisionFrames: 新建小区按照100%的比例配建充电设施 →
 * 新建小区配建充电设施比例; 公共停车场按照不低于车位总数15%的比例建设充电设施 → 公共停车场建设充电设施比例, >=). The
 * frame's opener stands before the value in its clause and 的 + its noun right after the value and its bound.
 */
function provisionMetric(text: string, r: Reading, e: number, dates: DateHit[], g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
  // 的 before the frame's noun is often left out (按每生每年1200元标准给予补助, 按每亩每年不低于20元标准落实): the noun may follow
  // the value directly, unless it begins a longer word (100%标准化).
  const de = text[r.end] === '的' ? 1 : 0;
  const noun = g.provisionNouns.startingAt(text, r.end + de);
  if (!noun || g.notStandardNouns.startingAt(text, r.end + de) !== undefined) return undefined;
  let open: { index: number; word: string } | undefined;
  for (let i = r.q.start - 1; i >= Math.max(r.clause, r.q.start - MAX_PROVISION_INNER) && !open; i--) {
    const w = g.provisionOpeners.startingAt(text, i);
    if (w && i + w.length <= r.q.start) open = { index: i, word: w };
  }
  if (!open || /[，,；;。：:、]/u.test(text.slice(open.index, r.q.start))) return undefined;
  // Only a bound, and for a share the total it is taken of, stand between the opener and the value: a metric named
  // inside the frame (按人均用地不少于0.1平方米的标准, 按照每辆救护车每年不低于10万元的标准) names the value itself.
  let inner = open.index + open.word.length;
  inner += g.before.startingAt(text, inner)?.length ?? 0;
  const base = frameBase(text, open.index + open.word.length, r.q.start, g);
  const perHead = r.q.unit.amount === true && PER_HEAD_BASE.test(base);
  // An amount per unit of the subject (对达标站点按每个不低于5000元的标准给予奖补, 按每所不低于10万元的标准补助): the standard
  // each unit receives, named by the subject and the fund without 人均.
  const perUnit = !perHead && r.q.unit.amount === true && perUnitBase(base, g);
  // A size or count per hundred households or thousand people (按每百户不低于20平方米的标准配建养老服务设施, 按照每千人口不少于
  // 4.5个的标准配置托位): a planning norm for what is built, stated per population served; the base stays in the name.
  const perPopulation = !perHead && !perUnit && PER_POPULATION_BASE.test(base);
  if (!perHead && !perUnit && !perPopulation && inner < r.q.start && (r.q.unit.kind !== 'rate' || g.perWords.indexIn(text, inner, r.q.start) !== undefined)) return undefined;
  const from = trimLead(text, r.clause, open.index, dates, g);
  let after = r.end + de + noun.length;
  const stop = Math.min(clauseEnd(text, after, e), after + MAX_PROVISION);
  let end = after;
  while (end < stop && !/[或并及和、（(]/u.test(text[end] as string)) end++;
  if (perHead || perUnit) {
    // The fund a per-head or per-unit standard is set for, named without the verb that allots it (…的标准给予运营补贴), or by that
    // word itself when it is a reward (grammar rewardWords: …的标准补助).
    const verb = g.provisionFundVerbs.startingAt(text, after);
    if (!verb) return undefined;
    const given = text.slice(after + verb.length, end).replace(/\s+/gu, '');
    const fund = given.length < 2 && g.rewardWords.has(verb) ? verb : given;
    if (fund.length < 2) return undefined;
    return { name: metricName(text.slice(from, open.index), g) + (perHead ? PER_HEAD_NAME : '') + fund + noun, start: from, end };
  }
  if (end - after < 2) return undefined;
  // A bound opening the frame (按照不低于车位总数15%的比例) is the value's.
  if (!r.pred.comparator && !r.post) {
    const bound = g.before.startingAt(text, open.index + open.word.length);
    if (bound) r.pred = { ...r.pred, comparator: g.comparatorsBefore.get(bound) };
  }
  // The provision is read as written (安排残疾人就业: 安排 is no filler here).
  return { name: metricName(text.slice(from, open.index), g) + (perPopulation ? base : '') + text.slice(after, end).replace(/\s+/gu, '') + noun, start: from, end };
}

/** What stands between a provision frame's opener and the amount, the amount's bound and white space left out (按|每个|不低于5000元,
 *  按照|常住人口每人每年|不低于1元). */
function frameBase(text: string, from: number, at: number, g: IndicatorGrammar): string {
  const bound = g.before.endingAt(text, at);
  return text.slice(from, bound ? at - bound.length : at).replace(/\s+/gu, '');
}

/** Whether a frame's base is per unit of the subject (每个, 每张床位, 每处): 每 and a measure word, with a short noun after it, as
 *  Chinese writes any unit of a subject. */
function perUnitBase(base: string, g: IndicatorGrammar): boolean {
  return g.perUnitWords.has(base) || (PER_UNIT_BASE.test(base) && g.objectVerbs.indexIn(base) === undefined);
}
/** 每 and a measure word with at most a three-character noun after it (每张, 每处, 每张床位, 每个站点). */
const PER_UNIT_BASE = /^每[\u4e00-\u9fff]{1,4}$/u;

/** A per-head base inside a provision frame (常住人口每人每年, 每人每月), before the bound of an amount. */
const PER_HEAD_BASE = /^(?:[\u4e00-\u9fff]{0,4}人口)?每人(?:每(?:年|月|天|日))?$/u;
const PER_HEAD_NAME = '人均';
/** A base of a hundred, thousand or ten thousand households or people (每百户, 每千人口, 每万人), as planning norms write it. */
const PER_POPULATION_BASE = /^每(?:百|千|万)(?:户|人口|人|常住人口|户籍人口|老年人口)$/u;

/**
 * How often an oversight step is run (每年组织一次考核, 每季度开展一次督查) is a working rule, not a target: a count
 * of a procedure noun, with no comparator, after the period it recurs in within its clause. So is a count that ends its
 * clause with no object of its own (资源库每年动态调整一次, 名单每两年更新一次): what is done was named before, and nothing
 * is delivered to anyone (每年开展应急演练2次 counts its object). Any count of times after a cadence shorter than a year
 * (每季度, 每月: grammar routineFrequencies) is one too, whatever is done. Rounds (轮) count runs as 次 does (grammar recurrenceUnits).
 */
function procedural(text: string, r: Reading, name: string, e: number, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post) return false;
  if (rota(text, r, g)) return true;
  // Sessions and issues (每季度举办1场…, 每月推送1期…) are a routine's recurrences only after a cadence shorter than a year.
  if (!g.recurrenceUnits.has(r.q.unit.unit)) return g.routineUnits.has(r.q.unit.unit) && cadenceIn(g.routineFrequencies, text, r.clause, r.q.start) !== undefined;
  // A cadence of minutes or hours (产品每10分钟滚动更新一次, 每2小时巡查1次) is shorter than any routine word: how often a duty or a
  // product recurs within a day, never a count a plan sets for its year.
  if (subDayCadence(text, r.clause, r.q.start)) return true;
  // A cadence right before the count, with no verb between (肠镜检查每5年1次, 复查每两年1次): the interval a screening or follow-up
  // rule sets for the act named before it, how often that act is done, not a number of acts to reach.
  if (g.procedureFrequencies.endingAt(text, r.q.start) !== undefined) return true;
  if (cadenceIn(g.procedureFrequencies, text, r.clause, r.q.start) === undefined) return false;
  // A step that takes the progress of a work as its object (对各地方案实施情况开展1次评估) oversees that work, whatever it is called.
  if (reviewsProgress(text, r.clause, r.q.start, g)) return true;
  // A revising verb right before the count (每年更新一次互认项目目录) gives the revision cycle of what the organ keeps.
  if (g.revisionVerbs.endingAt(text, r.q.start) !== undefined) return true;
  // A cadence shorter than a year (每季度举办1次非遗展演活动) schedules a routine, whatever it is: plans count deliveries by the year.
  if (cadenceIn(g.routineFrequencies, text, r.clause, r.q.start) !== undefined) return true;
  // The step is the name's last word, or closes the clause after a count written before its object (每月开展一次“两客一危”
  // 重点企业安全检查: the object's name stops at 企业).
  const end = trimmedClauseEnd(text, r.end, e);
  // A quoted name inside the step's noun (每季度开展1次物业服务质量“双随机”检查) is read without its quotation marks.
  const step = text.slice(r.end, end).replace(STEP_QUOTES, '');
  return (end === r.end && !r.between) || g.procedureNouns.endingAt(name, name.length) !== undefined || g.procedureNouns.endingAt(step, step.length) !== undefined;
}
const STEP_QUOTES = /[“”‘’"']/gu;

/** Whether people are posted by a cadence shorter than a year (每周派驻2名专家坐诊: grammar rotaVerbs, rotaUnits): a rota, how many
 *  serve in each turn, not a count for the plan's year. The verb comes after the cadence and before the count in its clause. */
function rota(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!g.rotaUnits.has(r.q.unit.unit)) return false;
  const cadence = cadenceIn(g.routineFrequencies, text, r.clause, r.q.start);
  return cadence !== undefined && g.rotaVerbs.indexIn(text, cadence.index + cadence.word.length, r.q.start) !== undefined;
}

/** Whether 对 before the count takes how a work is going (grammar progressObjects: 实施情况, 推进情况) as its object. */
function reviewsProgress(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  const by = text.lastIndexOf('对', to - 1);
  return by >= from && g.progressObjects.indexIn(text, by + 1, to) !== undefined;
}

/** 各 and at most a verb right before the count (各开展, 各组织, 各): the count is shared out over what the clause names before. */
const EACH_BEFORE = /各[\u4e00-\u9fff]{0,4}$/u;

/** Whether a count of times is shared out by 各 over periods of the year named before it in its clause (春季和秋季各开展1次,
 *  每年春秋两季各开展1次: grammar seasonalPeriods): how often a routine runs in each, a schedule, not a target. */
function seasonalEach(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const each = EACH_BEFORE.exec(text.slice(r.clause, r.q.start));
  return each !== null && cadenceIn(g.seasonalPeriods, text, r.clause, r.clause + each.index) !== undefined;
}

/** An ordinal point of time counted from an event, closing the text before 各 (第3个月, 第6个月末, 第2周, 第28天). */
const ORDINAL_POINT_BEFORE = /第[0-9０-９一二三四五六七八九十]+个?(?:月|周|天|日|年)[末底]?$/u;
/** An age or a week of pregnancy a check falls at, closing the text before 各 (36月龄时, 3岁时, 孕28周, 6周岁). */
const AGE_POINT_BEFORE = /[0-9０-９一二三四五六七八九十]+(?:月龄|周岁|岁|周)时?$/u;

/** Whether a count of times is shared out by 各 over points of time: ordinal points after an event (筛查后第3个月、第6个月各随访1次,
 *  治疗第2个月末、第5个月末各查痰1次) or the ages and weeks of pregnancy care falls at (在3、6、12月龄时各提供1次健康检查, 孕16周、
 *  孕28周各检测1次): a protocol's schedule for each person, as a season pair is a routine's, not a target. */
function ordinalPointsEach(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const each = EACH_BEFORE.exec(text.slice(r.clause, r.q.start));
  if (each === null) return false;
  const points = text.slice(r.clause, r.clause + each.index);
  return ORDINAL_POINT_BEFORE.test(points) || AGE_POINT_BEFORE.test(points);
}

/** Whether a count of times stands right after a stage of pregnancy (其中孕早期1次、孕中期2次: grammar pregnancyStages): when the
 *  checks of each pregnancy fall, a care norm's schedule, not a target. */
function pregnancyStageCount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const before = text.slice(r.clause, r.q.start).trimEnd();
  return g.pregnancyStages.endingAt(before, before.length) !== undefined;
}

/** 每 before a number of minutes or hours, or before 小时/分钟 alone (每10分钟, 每2小时, 每半小时, 每小时). */
const SUB_DAY_CADENCE = /每(?:[0-9０-９]+|[一两二三四五六七八九十半]+)?个?(?:分钟|小时|钟头)/gu;

/** Whether a cadence of minutes or hours stands between `from` and `to` outside a quoted name (as cadenceIn). */
function subDayCadence(text: string, from: number, to: number): boolean {
  const span = text.slice(from, to);
  let quoted: Uint8Array | undefined;
  for (const m of span.matchAll(SUB_DAY_CADENCE)) {
    quoted ??= quotedMask(span);
    if (quoted[m.index] !== 1) return true;
  }
  return false;
}

/** A per-capita denominator written right before the verb: 每千人口, 每万常住人口, 每千名老年人, 每百户. */
const PER_CAPITA = /每[0-9一二三四五六七八九十百千万]+[名个户]?[\u4e00-\u9fff]{0,5}$/u;
/** A clause that is only a denominator per head of population (每万人口, 每千人, 每百户): the metric before, per head. */
const PER_HEAD = /^每[0-9一二三四五六七八九十百千万]+(?:常住)?(?:人口|人|户|名)$/u;

/** A base of population right before a value, after its verb or bound (达到每万人口4名, 不少于每千人口0.5张). */
const PER_HEAD_BEFORE_VALUE = /每(?:[0-9]+|[一二三四五六七八九十百千万])+(?:常住)?人口$/u;

/**
 * The base of population a health-resource ratio is written with after its verb (全科医生达到每万人口4名, 开放床位不少于每千人口
 * 0.5张): it opens the ratio's name, as statistics name it (每万人口全科医生). '' when there is none.
 */
function perHeadBeforeValue(text: string, r: Reading): string {
  return PER_HEAD_BEFORE_VALUE.exec(text.slice(r.pred.start, r.q.start).trimEnd())?.[0] ?? '';
}

/**
 * The denominator of a per-capita count and its verb, which belong to its metric: 每千人口拥有执业（助理）医师3.2人 →
 * 每千人口拥有执业（助理）医师 (also for the next member of the list, 每千人口拥有注册护士 for 注册护士3.8人). A density is named
 * with its verb in the source's words (每千人拥有社会体育指导员, 每千名老年人拥有养老床位数), as it is where a bound or a copula
 * follows (每千名老年人配备社会工作者不少于1人). '' when there is none.
 */
function perCapita(text: string, r: Reading): string {
  const verb = r.pred.verb;
  if (!verb || verb.start <= r.clause) return '';
  const base = PER_CAPITA.exec(text.slice(r.clause, verb.start))?.[0];
  return base ? base + verb.word : '';
}

function objectMetric(text: string, s: number, r: Reading, limit: number, e: number, dates: DateHit[], g: IndicatorGrammar, nextEnd?: number): { name: string; end: number; bare?: boolean } | undefined {
  // A part after 其中 whose verb of attaining follows the unit (其中4家达到推荐标准: attainedByCount) counts the whole the clause
  // before names, by the act: 达到推荐标准的乡镇卫生院 (the act alone where that clause names no institutions).
  if (r.pred.verb && r.pred.verb.start === r.end && g.attainVerbs.has(r.pred.verb.word) && g.partWords.indexIn(text, r.clause, r.q.start) !== undefined) {
    const whole = attainersBefore(text, r.clause, g);
    const end = trimmedClauseEnd(text, r.end, e);
    const act = metricName(text.slice(r.end, end), g);
    return { name: whole ? act + '的' + whole : act, end };
  }
  // The noun after the unit is what is counted (完成三岛30个水情测报站点扩建); a noun between the verb
  // and the number names it only when nothing follows (新增床位2000张, 完成扶贫一线干部共240人).
  // The people a service reaches and the service (为不少于400名就业年龄段智力、精神和重度肢体残疾人提供托养服务): the whole
  // clause after the count, whose list of people a 、 does not end.
  // The act after the people counted (4.3万人次参加无偿献血: participationVerbs) and its object name the count.
  if (r.pred.verb && r.pred.verb.start >= r.q.end && g.participationVerbs.has(r.pred.verb.word)) {
    const end = trimmedClauseEnd(text, r.pred.verb.start, e);
    return { name: metricName(text.slice(r.pred.verb.start, end), g), end };
  }
  const site = r.pred.verb !== undefined && g.sitePrepositions.has(r.pred.verb.word);
  const served = r.pred.verb?.word === '为' || site || (r.pred.verb !== undefined && g.benefactivePrepositions.has(r.pred.verb.word)) ? servedClause(text, r.end, limit, e) : undefined;
  const cut = served ? limit : attainerEnd(text, r, limit, e, g);
  let noun = served ?? objectNoun(text, r.end, cut, e, r.q.unit.object === 'first', g);
  const between = r.between && r.between.end > r.between.start ? namedBy(r, metricName(text.slice(r.between.start, r.between.end), g), g) : '';
  // What the counted go on to do after the unit (选派科技特派员45名深入村屯开展技术服务: a 兼语 clause with a service verb) is no
  // noun of theirs: the object named between the verb and the number is counted.
  if (noun && between && !served && g.benefactiveVerbs.indexIn(text, noun.start, noun.end) !== undefined) return { name: between, end: r.end };
  if (noun && !(between && r.pred.total)) {
    const act = !between && !served ? actOfCounted(text, r, noun.end, e, g) : undefined;
    if (act) return { name: metricName(text.slice(act.start, act.end) + '的' + purposeFirst(metricName(text.slice(noun.start, noun.end), g), g), g), end: act.end };
    // A count read with the verb of attaining after it names nothing without that act (attainedByCount).
    if (r.pred.verb && r.pred.verb.start > r.q.end && attains(r.pred.verb.word, g)) return undefined;
    // The noun was cut before a verb of attaining for an act that is none (力争10个卫生院建成社区医院、5个…): read it whole.
    if (cut < limit) noun = objectNoun(text, r.end, limit, e, r.q.unit.object === 'first', g) ?? noun;
    noun = worksOnCounted(text, r, noun, e, g) ?? noun;
    const counted = purposeFirst(metricName(text.slice(noun.start, noun.end), g), g);
    // A noun after the unit that only names kinds of the object before it (集采药品不少于500个品种) counts that object's kinds.
    if (between && g.kindNouns.has(counted)) return { name: namedBy(r, between + counted, g), end: noun.end };
    const name = site ? siteName(counted, g) : served ? servedListed(text, r, counted, noun.end, e, g) : servedName(namedBy(r, counted, g), g);
    // Only a sum word before the next amount (8条段共计69公里骨干河道): the noun both count follows that amount.
    const shared = g.totalWords.has(name) && nextEnd !== undefined ? objectNoun(text, nextEnd, e, e, r.q.unit.object === 'first', g) : undefined;
    if (shared) return { name: metricName(text.slice(shared.start, shared.end), g), end: noun.end };
    return { name: stateFirst(name, g), end: noun.end };
  }
  if (between) return { name: perCapita(text, r) + between, end: r.end };
  if (!r.pred.verb) return undefined;
  // No object named: the subject and its verb name the count (每个机构每年推荐 | 不超过四名); a verb
  // that only says the subject reached the amount (地区生产总值完成412.6亿元) is no part of the name.
  // The subject starts after an earlier item of the clause (新建普通高中2所、改扩建5所: nothing before 改扩建).
  let from = trimLead(text, Math.max(r.clause, r.floor), r.pred.verb.start, dates, g);
  // A verb of reaching before a subject that holds the work done (完成食品安全抽检1.2万批次, 完成老旧住宅电梯更新改造150台)
  // says only that the work is done: the work names the count.
  const reached = g.reachVerbs.startingAt(text, from);
  if (reached && from + reached.length < r.pred.verb.start) from += reached.length;
  const subject = metricName(text.slice(from, r.pred.verb.start), g);
  // 力争/确保 right before the count (新增限上企业力争150家) are adverbs of resolve, no more part of the name than 达到 is.
  const reach = (g.reachVerbs.has(r.pred.verb.word) || g.objectAdverbs.has(r.pred.verb.word)) && subject !== '';
  // Only a sum word before the verb (2026年累计建成20个), also over a count of years (五年累计引进50名), or an adverb (较上年净增150家):
  // the object is the one named before, if any.
  const bare = subject === '' || g.totalWords.has(subject) || g.adverbs.has(subject) || yearsTotal(subject, g);
  const name = metricName(text.slice(from, reach ? r.pred.verb.start : r.pred.verb.end), g);
  // A work verb alone, or after a verb of reaching (开展老年人能力综合评估，完成评估3000人): the work the clause before names.
  const done = g.reachVerbs.startingAt(name, 0);
  // So where only a period stands before the verb of reaching (实施困难家庭无障碍改造，每年完成不少于1200户): it says how often the
  // work is done and names nothing.
  const periodOnly = reach && basisStart(subject, subject.length, g) === 0;
  // Only a period or a bound before a work verb of its own (开展抑郁症筛查，每年筛查不少于5000人; 开设精神心理门诊，全市至少开设10个):
  // the verb alone is the work, which the clause before names, as with nothing before it.
  const verbAlone = !reach && subject !== '' && (basisStart(subject, subject.length, g) === 0 || g.leadComparators.has(subject));
  const work = periodOnly
    ? workCarriedOutBefore(text, s, r.clause, g)
    : verbAlone
      ? workOfClauseBefore(text, s, r.clause, r.pred.verb.word, g)
      : name.length - (done?.length ?? 0) <= MAX_WORK_VERB ? workOfClauseBefore(text, s, r.clause, name.slice(done?.length ?? 0), g) ?? thingOfClauseBefore(text, s, r, name.slice(done?.length ?? 0) || (done ?? ''), g) : undefined;
  return work ? { name: work, end: r.end } : { name, end: r.end, bare };
}

/**
 * The things a short verb alone counts (今年再建成4个, 年内新增2家) when the clause right before names them: as what it builds
 * (加快推进县域医疗卫生次中心建设 → 县域医疗卫生次中心), the 建设 of a thing being its building; or, after a verb of adding (新增,
 * 新建), as a stock counted in the same unit (全县现有二级医院3家 → 二级医院), which the count adds to. Not after an earlier count
 * of its own clause (…不少于30家、力争40家), whose object it shares, nor for a work named by its own noun (完成航道整治25公里).
 * Undefined otherwise.
 */
function thingOfClauseBefore(text: string, s: number, r: Reading, verb: string, g: IndicatorGrammar): string | undefined {
  // Only a verb alone (新增, 建成, 组建): a work named by its own noun (完成航道整治25公里) counts that work.
  if (!(g.objectVerbs.has(verb) || g.incrementVerbs.has(verb) || g.reachVerbs.has(verb))) return undefined;
  const prev = r.floor === r.clause ? clauseBefore(text, s, r.clause) : undefined;
  if (prev === undefined) return undefined;
  if (prev.endsWith(BUILDING)) return thingBuilt(prev, g);
  // A stock names only what a verb of adding adds to it (现有…3家，年内新增2家); works done on it (三年累计改造提升10所) are named so.
  return g.incrementVerbs.has(verb) ? stockCounted(prev, r.q.unit.unit, g) : undefined;
}

/** The thing whose building a clause ending in 建设 furthers (加快推进|县域医疗卫生次中心|建设), or undefined. */
function thingBuilt(clause: string, g: IndicatorGrammar): string | undefined {
  const at = clause.length - BUILDING.length;
  const from = afterLastVerb(clause, at, [g.furtheringVerbs, g.carryOutVerbs, g.objectVerbsBeforeNoun]);
  return from < 0 ? undefined : workName(clause.slice(from, at), g);
}

/** The stock a clause ends by counting in `unit` (全县现有|二级医院|3家), or undefined. */
function stockCounted(clause: string, unit: string, g: IndicatorGrammar): string | undefined {
  const stock = g.stockWords.indexIn(clause);
  if (stock === undefined || !clause.endsWith(unit)) return undefined;
  const rest = clause.slice(stock.index + stock.word.length, clause.length - unit.length);
  const digit = rest.search(/[0-9０-９]/u);
  return digit > 0 && /^[0-9０-９.]+$/u.test(rest.slice(digit)) ? workName(rest.slice(0, digit), g) : undefined;
}

/** Where the last verb of any of `sets` before `at` in `s` ends (推进|县域医疗卫生次中心建设); -1 where none stands there. */
function afterLastVerb(s: string, at: number, sets: readonly WordSet[]): number {
  let from = -1;
  for (const verbs of sets) {
    for (let hit = verbs.indexIn(s, 0, at); hit; hit = verbs.indexIn(s, hit.index + hit.word.length, at)) from = Math.max(from, hit.index + hit.word.length);
  }
  return from;
}

/** The noun of building (县域医疗卫生次中心建设): what stands before it is the thing built. */
const BUILDING = '建设';

/** How long the works done on the institutions counted may run after their noun (提标改造, 医养结合改造, 全流程超低排放改造). */
const MAX_WORKS_ON_COUNTED = 20;

/**
 * The institutions counted and the works done on them, when a verb of completing or carrying out counts them (完成3家乡镇卫生院
 * 提标改造, 推进5所学校食堂改造): plans count such works by the institutions they are done on, and name them so (乡镇卫生院提标
 * 改造). The noun of 家 and 所 ends at the institution (institutionHeads); the rest of the clause is taken when it ends in a verb
 * of works (listWorksVerbs) and holds no number. Undefined otherwise.
 */
function worksOnCounted(text: string, r: Reading, noun: Span, e: number, g: IndicatorGrammar): Span | undefined {
  const verb = r.pred.verb;
  if (r.q.unit.object !== 'first' || !verb || verb.end > r.q.start || !(g.reachVerbs.has(verb.word) || g.carryOutVerbs.has(verb.word))) return undefined;
  const end = trimmedClauseEnd(text, noun.end, e);
  const works = text.slice(noun.end, end);
  if (works.length < 2 || works.length > MAX_WORKS_ON_COUNTED || /[0-9０-９]/u.test(works)) return undefined;
  return g.listWorksVerbs.endingAt(works, works.length) !== undefined ? { start: noun.start, end } : undefined;
}

/** Whether `subject` is a sum word over a count of years and nothing else (五年累计, 三年共). */
function yearsTotal(subject: string, g: IndicatorGrammar): boolean {
  const total = g.totalWords.endingAt(subject, subject.length);
  return total !== undefined && yearsCountStart(subject, subject.length - total.length) === 0;
}

/**
 * The names of a count whose object lists kinds before a distributor (药品、化妆品抽检分别达到150批次和80批次): one for each kind,
 * completed with the tail they share as the conjuncts before a rate are (药品抽检, 化妆品抽检). Undefined unless the object lists
 * as many kinds as the values distributed.
 */
function kindsOfCount(name: string, values: number, g: IndicatorGrammar): string[] | undefined {
  if (values < 2) return undefined;
  const parts = splitConjuncts(name, { start: 0, end: name.length }, g);
  return parts.length === values ? completeConjuncts(name, parts, g)?.map((n) => metricName(n, g)) : undefined;
}

/** Whether the count's verb sets the things counted to an act after them: a pivot verb or a verb of resolve right before the
 *  count (推动200家…, 力争3家…), not a verb that carries works out (推进50个项目). */
function setsActOfCounted(r: Reading, g: IndicatorGrammar): boolean {
  const verb = r.pred.verb;
  return verb !== undefined && verb.end === r.q.start && (g.pivotVerbs.has(verb.word) || g.objectAdverbs.has(verb.word)) && !g.carryOutVerbs.has(verb.word);
}

/** Whether the count's verb adds to the things that attain what follows their noun (grammar attainIncrementVerbs: 新增3家乡镇卫生院
 *  达到推荐标准): the things counted are those newly attaining it, named by the act as after a verb of resolve. */
function addsAttainers(r: Reading, g: IndicatorGrammar): boolean {
  const verb = r.pred.verb;
  return verb !== undefined && verb.end === r.q.start && g.attainIncrementVerbs.has(verb.word);
}

/**
 * Where the noun of the things counted ends when a verb of attaining follows it in the clause (2家乡镇卫生院达到推荐标准:
 * attainedByCount; 力争4所中学通过省级评估): the verb read after the count, or the first such verb after a count whose verb sets
 * an act (setsActOfCounted). `limit` otherwise.
 */
function attainerEnd(text: string, r: Reading, limit: number, e: number, g: IndicatorGrammar): number {
  const verb = r.pred.verb;
  if (!verb || r.q.unit.kind !== 'count') return limit;
  if (verb.start > r.q.end && attains(verb.word, g)) return Math.min(limit, verb.start);
  if (!setsActOfCounted(r, g) && !addsAttainers(r, g)) return limit;
  const hit = attainingVerb(text, r.end, clauseEnd(text, r.end, e), g);
  return hit ? Math.min(limit, hit.index) : limit;
}

/** How long the act of the things counted (达到"优质服务基层行"推荐标准, 实施数字化转型) may run. */
const MAX_ACT = 24;

/**
 * What the things counted go on to do or attain, from the end of their noun to the end of the clause, when the count's verb sets
 * them to it (setsActOfCounted: 推动200家规上工业企业实施数字化转型, 力争3家乡镇卫生院达到推荐标准), or a verb of attaining
 * stands right after the noun (attainedByCount). Plans count such things by the act, and statistics name them so (实施数字化转型
 * 的规上工业企业). Undefined when the clause holds a number of its own after the noun (a value read for itself) or no verb opens
 * the rest.
 */
function actOfCounted(text: string, r: Reading, nounEnd: number, e: number, g: IndicatorGrammar): Span | undefined {
  const verb = r.pred.verb;
  if (!verb || verb.kind !== 'object' || r.q.unit.kind !== 'count') return undefined;
  const attaining = addsAttainers(r, g) && attainingVerb(text, nounEnd - 2, trimmedClauseEnd(text, nounEnd, e), g)?.index === nounEnd;
  if (!setsActOfCounted(r, g) && !(verb.start === nounEnd && attains(verb.word, g)) && !attaining) return undefined;
  const end = trimmedClauseEnd(text, nounEnd, e);
  const act = text.slice(nounEnd, end);
  if (act.length < 2 || act.length > MAX_ACT || /[0-9０-９]/u.test(act) || act.endsWith('的') || text[end] === '的') return undefined;
  const opens = g.attainVerbs.startingAt(text, nounEnd) ?? (attains(verb.word, g) && verb.start === nounEnd ? verb.word : undefined) ?? g.objectVerbs.startingAt(text, nounEnd) ?? g.carryOutVerbs.startingAt(text, nounEnd) ?? g.reachVerbs.startingAt(text, nounEnd) ?? g.changeVerbs.startingAt(text, nounEnd);
  return opens ? { start: nounEnd, end } : undefined;
}

/** The end of the clause from `from`, white space before it left out. */
function trimmedClauseEnd(text: string, from: number, e: number): number {
  let end = clauseEnd(text, from, e);
  while (end > from && WHITE_SPACE[text.charCodeAt(end - 1)] === 1) end--;
  return end;
}

/** A verb of work done (筛查, 评估, 培训, 抽检) is a word of two characters, or three or four (健康体检, 随访管理). */
const MAX_WORK_VERB = 4;

/**
 * The work a clause names right before the clause of a count that gives only its verb (开展心脑血管疾病风险筛查，完成筛查1.2万人):
 * the words between the verb that carries the work out (开展, 实施) and the same verb ending that clause, with it
 * (心脑血管疾病风险筛查). Only across a comma in the sentence from `s`; undefined otherwise.
 */
function workOfClauseBefore(text: string, s: number, clause: number, verb: string, g: IndicatorGrammar): string | undefined {
  const prev = clauseBefore(text, s, clause);
  if (prev === undefined) return undefined;
  // The clause before does the same work to its object (建设家庭养老床位，三年累计建设1500张): that object is what is counted.
  const same = prev.endsWith(verb) || !g.objectVerbsBeforeNoun.has(verb) ? -1 : prev.lastIndexOf(verb);
  // …where the verb governs that clause: no verb before it takes it into its own object (开展宫颈癌筛查工作: 筛查 is a noun there).
  if (same >= 0 && g.objectVerbsBeforeNoun.indexIn(prev, 0, same) === undefined && g.carryOutVerbs.indexIn(prev, 0, same) === undefined) {
    const object = metricName(prev.slice(same + verb.length), g);
    return object.length >= 2 && object.length <= MAX_OBJECT_OF_SAME && !/[0-9０-９、]/u.test(object) ? object : undefined;
  }
  if (!prev.endsWith(verb)) return undefined;
  const at = prev.length - verb.length;
  const from = afterLastVerb(prev, at, [g.objectVerbsBeforeNoun]);
  if (from < 0) return undefined;
  const work = workName(prev.slice(from, at), g);
  return work === undefined ? undefined : work + verb;
}

/** The clause right before the one at `clause`, across a comma, in the sentence from `s` (its end trimmed); undefined otherwise. */
function clauseBefore(text: string, s: number, clause: number): string | undefined {
  if (clause - 1 <= s || !/[，,]/u.test(text[clause - 1] as string)) return undefined;
  return text.slice(clauseStart(text, clause - 1, s), clause - 1).trimEnd();
}

/** The name of a work written in a clause (宫颈癌筛查, 困难家庭无障碍改造): two characters or more, no number. */
function workName(raw: string, g: IndicatorGrammar): string | undefined {
  const work = metricName(raw, g);
  return work.length >= 2 && !/[0-9０-９]/u.test(work) ? work : undefined;
}

/**
 * The work the clause right before carries out, named after its opening verb (实施困难重度残疾人家庭无障碍改造，每年完成不少于
 * 1200户 → 困难重度残疾人家庭无障碍改造): the count of a clause that names only how often it is reached. Only across a comma in
 * the sentence from `s`, and where that clause opens with a verb of carrying works out or one of the object verbs.
 */
function workCarriedOutBefore(text: string, s: number, clause: number, g: IndicatorGrammar): string | undefined {
  const prev = clauseBefore(text, s, clause)?.trimStart();
  const verb = prev === undefined ? undefined : (g.carryOutVerbs.startingAt(prev, 0) ?? g.objectVerbsBeforeNoun.startingAt(prev, 0));
  return prev === undefined || verb === undefined ? undefined : workName(prev.slice(verb.length), g);
}

/** How long the object the clause before names for the same verb may be (家庭养老床位, 城市口袋公园). */
const MAX_OBJECT_OF_SAME = 16;

/** How long the people and the service after a benefactive count may run (…名就业年龄段智力、精神和重度肢体残疾人提供托养服务). */
const MAX_SERVED = 40;

/** The clause after a count of people a service reaches (为900名残疾人提供基本康复服务), up to its end. */
function servedClause(text: string, from: number, limit: number, e: number): Span | undefined {
  const end = Math.min(clauseEnd(text, from, e), limit, from + MAX_SERVED);
  return end > from ? { start: from, end } : undefined;
}

/**
 * The name of a count a service reaches (为900名残疾人提供康复服务 → 残疾人康复服务). A service verb written once after a list of those
 * it reaches (为城区3处易涝点、2座水库提供预警服务, 为60万亩优质稻和20万亩油茶提供…服务) is every member's: a member whose noun stops
 * before it takes the service from the clause's end, and a later member is named as the first is, without its 为.
 */
function servedListed(text: string, r: Reading, counted: string, nounEnd: number, e: number, g: IndicatorGrammar): string {
  let own = counted;
  if ((r.listed || r.pred.verb?.word === '为') && g.benefactiveVerbs.indexIn(counted) === undefined) {
    const end = trimmedClauseEnd(text, nounEnd, e);
    const verb = g.benefactiveVerbs.indexIn(text, nounEnd, end);
    if (verb && (r.listed || /[、和及与]/u.test(text.slice(r.end, verb.index)))) own = counted + text.slice(verb.index, end);
  }
  if (!r.listed) return servedName(namedBy(r, own, g), g);
  const named = servedName(own.startsWith('为') ? own : '为' + own, g);
  return named.startsWith('为') ? own : named;
}

/** How long the purpose named after a fund may be to name it (…专项资金用于基层能力建设). */
const MAX_PURPOSE = 12;

/**
 * A fund counted with its purpose after it (800万元专项资金用于基层能力建设) is named by the purpose first, as a budget names
 * its funds (基层能力建设专项资金).
 */
function purposeFirst(name: string, g: IndicatorGrammar): string {
  for (let i = 2; i < name.length - 2; i++) {
    const w = g.purposeWords.startingAt(name, i);
    if (!w) continue;
    const purpose = name.slice(i + w.length);
    return purpose.length <= MAX_PURPOSE ? purpose + name.slice(0, i) : name.slice(0, i);
  }
  return name;
}

/**
 * The object's name with its verb before it when the verb is one that names the count (惠及居民); not for a later member
 * of a list, whose verb is the first member's (接待游客…、旅游收入… → 旅游收入).
 */
function namedBy(r: Reading, name: string, g: IndicatorGrammar): string {
  if (r.listed) return name;
  const verb = r.pred.verb?.word;
  // A size keeps its verb in the name already (新增储备土地1.5万亩 → 新增储备土地): it takes it no second time. The word for a sum
  // alone (资助金额: grammar bareSums) is the sum the verb pays out, named with it.
  return verb && name !== '' && (g.namingVerbs.has(verb) || g.bareSums.has(name)) && !name.includes(verb) ? verb + name : name;
}

/**
 * A counted noun followed by a negated state (滩涂未完成规范整改) is named by the state first, as statistics name
 * such counts (未完成规范整改滩涂); one followed by the state it reaches keeps its order without the verb of reaching
 * (10个撤制乡镇（农场）实现污水管网收集系统盲区全覆盖 → 撤制乡镇（农场）污水管网收集系统盲区全覆盖); one followed by a verb of
 * being in a state is named by the state first with 的 (46座小型水库存在安全隐患 → 存在安全隐患的小型水库).
 */
function stateFirst(name: string, g: IndicatorGrammar): string {
  for (let i = 1; i < name.length - 2; i++) {
    const reach = g.reachVerbs.startingAt(name, i);
    if (reach && i + reach.length < name.length) return name.slice(0, i) + name.slice(i + reach.length);
    // A verb of being in a state (存在, 处于) before a state of two characters or more: the state first, joined by 的; not a
    // state that modifies a noun after it (对处于病险状态的水闸实施…: a 的 follows), which stays where it is.
    const state = g.stateVerbs.startingAt(name, i);
    if (state && name.length - i - state.length >= 2 && !name.includes('的', i) && !insideWord(name, i, g.notStateVerbs)) return name.slice(i) + '的' + name.slice(0, i);
    const neg = g.negations.startingAt(name, i);
    if (!neg || insideWord(name, i, g.notNegations) || g.notNegations.startingAt(name, i)) continue;
    return name.slice(i) + name.slice(0, i);
  }
  return name;
}

/** Whether a date stands in the reading's clause before its number (“十四五”时期年均增长6.1%): a milestone of a metric said before. */
const datedClause = (r: Reading, dates: DateHit[]): boolean => dates.some((d) => d.year !== null && d.start >= r.clause && d.end <= r.q.start);

/**
 * A milestone bound with no verb in a later ；-part of the full sentence, after a year that opens the part (2026年，规上工业
 * 企业达到1500家；到2028年，突破1800家): a later level of the metric before, when it is counted in the same unit.
 */
const boundMilestone = (r: Reading, s: number, dates: DateHit[], beforeUnit: Reading['q']['unit'] | undefined): boolean =>
  !r.pred.verb && r.pred.comparator !== undefined && beforeUnit === r.q.unit && dates.some((d) => d.year !== null && d.start >= s && d.end <= r.q.start);

/**
 * The addition to a total named before (限上企业数量达到2000家，较上年净增150家 → 限上企业净增): the thing the total counts and
 * the verb of adding, as 高新技术企业净增 is written; undefined when the verb adds nothing or the name is no total.
 */
function increaseOfTotal(earlier: string, r: Reading, g: IndicatorGrammar): string | undefined {
  const verb = r.pred.verb?.word;
  const total = g.totalCounts.endingAt(earlier, earlier.length);
  return verb !== undefined && g.incrementVerbs.has(verb) && total !== undefined && total.length < earlier.length ? earlier.slice(0, earlier.length - total.length) + verb : undefined;
}

/** The thing an addition counts: its metric without the verb of adding before or after it (新增市场主体, 高新技术企业净增). */
function addedThing(metric: string, g: IndicatorGrammar): string {
  const before = g.incrementVerbs.startingAt(metric, 0);
  if (before && metric.length > before.length) return metric.slice(before.length);
  const after = g.incrementVerbs.endingAt(metric, metric.length);
  return after && metric.length > after.length ? metric.slice(0, metric.length - after.length) : metric;
}

/**
 * A subject measured by 量 before a total that is measured by it too: the 量 is written once (食品安全抽检量…，总量不少于
 * 16000批次 → 食品安全抽检总量, as 用水量 and 用水总量 name one amount). A two-character amount word is a word of its own (产量,
 * 销量: grammar amountHeads), whose total is written 总产量, so it is kept.
 */
function sharedMeasure(subject: string, elided: string, g: IndicatorGrammar): string {
  if (!elided.endsWith('量') || !subject.endsWith('量') || subject.length < 3) return subject;
  const head = g.amountHeads.endingAt(subject, subject.length);
  return head !== undefined && head.length <= 2 ? subject : subject.slice(0, -1);
}

/** A tier of government that ranks an honour, a title or a facility (国家级, 省级, 市级, 县级, 区级), with the tiers above it
 *  (县级以上: the bound is that tier's, not the thing's). */
const TIER = /^(?:国家|省|市|县|区)级(?:及?以上)?/u;

/**
 * A tier alone before a value (建成国家级慢性病综合防控示范区2个、省级5个) after a thing ranked by another tier in the same unit: the
 * same thing of that tier (省级慢性病综合防控示范区), the thing written once as plans list the tiers of an honour. Anything else is
 * returned as it is.
 */
function otherTier(name: string, before: string): string {
  const tier = TIER.exec(name)?.[0];
  const other = TIER.exec(before)?.[0];
  return tier !== undefined && other !== undefined && tier === name && other !== tier && before.length > other.length ? tier + before.slice(other.length) : name;
}

/**
 * An institution alone before a value (二级医院不超过7.5天), after a measure of another institution of the same kind in the same unit
 * (三级医院平均住院日不超过8天): the same measure of that institution (二级医院平均住院日), the measure elided as plans write parallel
 * targets of the tiers of hospitals, schools or enterprises. Not for a count (其中营收超亿元企业10家 counts the institutions
 * themselves). Anything else is returned as it is.
 */
function otherInstitution(name: string, before: string, g: IndicatorGrammar): string {
  const head = g.institutionHeads.endingAt(name, name.length);
  if (head === undefined || name.length <= head.length) return name;
  for (let k = before.length - 1; k > head.length; k--) {
    if (g.institutionHeads.endingAt(before, k) !== head) continue;
    const measure = before.slice(k);
    return g.metricHeads.endingAt(measure, measure.length) !== undefined && before.slice(0, k) !== name ? name + measure : name;
  }
  return name;
}

/** An account alone (支出, 当期结余) after an amount named by another account of a fund or budget (职工医保统筹基金收入): that
 *  fund's account (职工医保统筹基金支出; grammar fundAccounts, fundHolders). Anything else is returned as it is. */
function sameFund(name: string, before: string, g: IndicatorGrammar): string {
  if (!g.fundAccounts.has(name)) return name;
  const account = g.fundAccounts.endingAt(before, before.length);
  if (account === undefined || account === name) return name;
  const fund = before.slice(0, before.length - account.length);
  return g.fundHolders.endingAt(fund, fund.length) !== undefined ? fund + name : name;
}

/** The thing a count counts, without the count word its name ends in (高新技术企业数量 → 高新技术企业): a total after it
 *  (…净增300家以上、总数突破2650家) names the count anew. */
function countedThing(metric: string, g: IndicatorGrammar): string {
  const count = g.totalCounts.endingAt(metric, metric.length);
  return count && metric.length > count.length ? metric.slice(0, metric.length - count.length) : metric;
}

/** 各/每个 and a unit of the territory or an organisation (各县（市、区）, 每个乡镇, 各街道, 各区县 — a city's counties and districts together), with at most a verb of building after it. */
const DISTRIBUTIVE_SCOPE = /^(?:各|每个|每一个)(?:县市区|区县|县区|市县|县|市|区|乡镇|乡|镇|街道|村|行政村|社区|园区)(?:[（(][^（()）]{1,8}[）)])?(?:建成|建设|设立|设置|配备|建有)?$/u;
/** Clause punctuation that ends the clause before a per-unit count. */
const CLAUSE_PUNCT = /[，,；;：:。]/u;

/**
 * The object of the clause right before `at` in the sentence from `s` when that clause sets it up with a verb and no number
 * (建设大件垃圾和装修垃圾集中处置场所，…): its name without the verb; undefined otherwise.
 */
function objectOfClauseBefore(text: string, s: number, at: number, g: IndicatorGrammar): string | undefined {
  let end = at - 1;
  while (end > s && !CLAUSE_PUNCT.test(text[end] as string)) end--;
  if (end <= s || !/[，,]/u.test(text[end] as string)) return undefined;
  let start = end - 1;
  while (start > s && !CLAUSE_PUNCT.test(text[start - 1] as string)) start--;
  const clause = text.slice(start, end).trim();
  if (/[0-9０-９]/u.test(clause)) return undefined;
  const verb = g.objectVerbs.startingAt(clause, 0) ?? g.listWorksVerbs.startingAt(clause, 0);
  if (!verb) return undefined;
  const object = metricName(clause.slice(verb.length), g);
  return object.length >= 2 && object.length <= 30 ? object : undefined;
}

/** The noun counted right after a per-unit count (至少2家定点医疗机构), when one follows the unit. */
function scopedNoun(text: string, r: Reading, limit: number, e: number, g: IndicatorGrammar): Span | undefined {
  const noun = objectNoun(text, r.end, limit, e, r.q.unit.object === 'first', g);
  // A verb right after the count (至少2家达到三级标准) opens the predicate of a count whose noun was named before.
  if (!noun || g.reachVerbs.startingAt(text, noun.start) || g.objectVerbs.startingAt(text, noun.start)) return undefined;
  return metricName(text.slice(noun.start, noun.end), g).length >= 2 ? noun : undefined;
}

/** The last metrics of `earlier`, one per value of `values` and in the same units in order, when there are enough of them. */
function spreadOver(earlier: ReadonlyArray<{ metric: string; unit: Reading['q']['unit'] }>, values: readonly Reading[]): string[] | undefined {
  if (values.length < 2 || earlier.length < values.length) return undefined;
  const last = earlier.slice(-values.length);
  return last.every((m, k) => m.unit === (values[k] as Reading).q.unit) && new Set(last.map((m) => m.metric)).size === last.length ? last.map((m) => m.metric) : undefined;
}

/** The longest source span that the members of one statement share as their `text`. */
const MAX_SHARED_SPAN = 300;

/** The name of the measure of a size bound whose unit sizeNames does not list. */
const SIZE_NAME = '规模';

/**
 * `before` is the last metric of the previous ；-part of the same full sentence, if any, and `beforeUnit` the unit of its
 * value: a later milestone with no subject of its own is that metric's (到2027年，…占比达到65%；到2035年，达到80%以上).
 * `beforeAll` holds every metric of that part with its unit, in order: later milestones spread over them by a distributor
 * (…托位数达到4.5个，普惠托位占比达到60%；到2030年，分别达到5.5个和65%) are theirs, one each.
 */
export function buildStatements(text: string, s: number, e: number, readings: Reading[], dates: DateHit[], g: IndicatorGrammar, before?: string, beforeUnit?: Reading['q']['unit'], beforeAll: ReadonlyArray<{ metric: string; unit: Reading['q']['unit'] }> = []): Statement[] {
  const statements: Statement[] = [];
  let current: Statement | undefined;
  let currentNames: string[] = [];
  // Values (members that are no baseline) of the current statement, counted as members are added:
  // a list of thousands of values must not be recounted for each.
  let counted: { st: Statement | undefined; seen: number; n: number } = { st: undefined, seen: 0, n: 0 };
  const valueCount = (st: Statement): number => {
    if (counted.st !== st) counted = { st, seen: 0, n: 0 };
    for (; counted.seen < st.members.length; counted.seen++) if (!(st.members[counted.seen] as Member).baseline) counted.n++;
    return counted.n;
  };
  // Where a share's or a provision's name (the rest of its clause) ends: a number inside it is part of the name
  // (91.5％乡镇以上河道的水质达到Ⅲ类; 80%以上的村卫生室能够提供6类以上中医药适宜技术服务: what the population is to do, bound
  // or not) — but the share of a second population joined to the first (…中心和80%以上的乡镇卫生院…) is one of its own, and in
  // a provision's name a bound word makes a number a threshold of its own.
  let nameEnd = -1;
  let wholeName = false;
  readings.forEach((r, idx) => {
    if (r.q.start < nameEnd && (wholeName ? r.q.unit.kind !== 'rate' : !r.post && !r.pred.comparator)) return;
    if (seasonalEach(text, r, g) || ordinalPointsEach(text, r, g) || pregnancyStageCount(text, r, g)) return;
    const next = readings[idx + 1];
    const limit = next ? next.q.start : e;
    const prevMember = current?.members[current.members.length - 1];
    // A member of a list: same predicate, its own value.
    if (r.listed && current && prevMember) {
      // A distribution lists a few values within one sentence; a run of values longer than that
      // (no sentence stop anywhere) starts a new shared text, so the texts stay linear in size.
      if (r.end - current.span.start > MAX_SHARED_SPAN) {
        current = { members: [], span: { start: r.q.start, end: r.end } };
        currentNames = [];
        statements.push(current);
      }
      if (r.object) {
        // A count with no object of its own after the member before it, in the same unit (新增学位3000个和2400个, 新增规上工业企业
        // 50家、60家和70家), or straight after it in another, with nothing or a 、 between (搬迁避让320户1100人, 培训4期、600人次: one
        // work counted twice, as statistics count households and people, sessions and attendances): that member's object.
        const recount = prevMember.reading.end === r.q.start || (text[prevMember.reading.end] === '、' && prevMember.reading.end + 1 === r.q.start);
        const m = objectMetric(text, s, r, limit, e, dates, g, next?.end) ?? (r.between === undefined && (prevMember.reading.q.unit === r.q.unit || recount) ? { name: prevMember.metric, end: r.end } : undefined);
        if (!m || procedural(text, r, m.name, e, g)) return;
        // A later object of a verb that names its counts, counted in the same unit (培训二级社会体育指导员600名、一级社会体育指导员120名):
        // named with that verb too, as the first is (namedBy). 接待游客…、旅游收入… is no object of 接待: its unit is another. Not after
        // a preposition the list names (对A、B开展排查, 为…): the later member is no object of it but of the verb after the list.
        const verb = prevMember.reading.pred.verb?.word;
        if (verb && verb.length > 1 && g.namingVerbs.has(verb) && prevMember.reading.q.unit === r.q.unit && prevMember.metric.startsWith(verb) && !m.name.startsWith(verb)) m.name = verb + m.name;
        // A tier alone after a thing ranked by another (…示范区2个、省级5个): the same thing of that tier.
        if (prevMember.reading.q.unit === r.q.unit) m.name = otherTier(m.name, prevMember.metric);
        // After 为 and the first of those a service reaches (为城区3处易涝点、2座水库提供预警服务), a later member is reached by the same
        // service, named as the first is (水库预警服务). (对 opens what a measure is done to, named by the measure: servedName.)
        if (verb === '为') m.name = servedListed(text, r, m.name, m.end, e, g);
        // A kind of its own, in order, where the first count named the kinds it distributes over (kindsOfCount).
        const kind = prevMember.reading.object && currentNames.length > 1 ? currentNames[valueCount(current)] : undefined;
        current.members.push({ reading: r, metric: kind ?? m.name, baseline: false });
        current.span.end = Math.max(current.span.end, m.end);
      } else if (prevMember.baseline && currentNames.length > 1) {
        // A list of baselines under a distributor (城乡居民人均可支配收入分别由35120元、19870元增加到46350元、27410元): each
        // the starting level of its own group, in order, as the values reached after them are.
        const bases = current.members.filter((m) => m.baseline).length;
        current.members.push({ reading: r, metric: currentNames[bases] ?? prevMember.metric, baseline: true });
        current.span.end = Math.max(current.span.end, r.end);
      } else {
        const values = valueCount(current);
        // Paired later, when the whole list is known; meanwhile the list shares the subject.
        current.members.push({ reading: r, metric: currentNames[values] ?? currentNames[0] ?? prevMember.metric, baseline: false });
        current.span.end = Math.max(current.span.end, r.end);
      }
      return;
    }
    // The value reached after a baseline: 由X下降到Y.
    if (current && prevMember?.baseline && r.clause === prevMember.reading.clause && r.pred.verb && !r.pred.baseline) {
      // After a list of baselines the first value reached is the first group's (分别由A、B增加到C、D: C pairs with A).
      const bases = current.members.filter((m) => m.baseline);
      const first = bases.length > 1 && bases.every((m) => m.reading === bases[0]!.reading || m.reading.listed) ? bases[0]! : prevMember;
      current.members.push({ reading: r, metric: first.metric, baseline: false });
      current.span.end = Math.max(current.span.end, r.end);
      return;
    }
    if (r.ageLimit) {
      const start = trimLead(text, r.clause, r.q.start, dates, g, AGE_LEAD);
      const end = clauseEnd(text, r.end, e);
      // The group the age bounds: named right before it (农村妇女35—64岁, 老年人（65岁及以上）) or after it.
      const before = groupBefore(text, r, dates, g);
      const pop = before ?? population(text, r.q.end, end, g);
      if (!pop) return;
      // An age that bounds who a support policy pays (年龄在35周岁以下的高校毕业生，给予每人每月1000元生活补贴): who may claim a
      // benefit, as its other conditions say, not the population of a service; the grant and its reward word follow in the sentence.
      if (grantsReward(text, end, e, g)) return;
      const metric = ageLimitName(text, r, pop, before !== undefined, start, end, g);
      current = { members: [{ reading: r, metric, baseline: false }], span: { start: before ? before.start : start, end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    // A standard a provision frame sets (新建医养结合机构按每张床位不超过1万元的标准给予建设补助) is named by its frame, also where
    // an object verb opens the clause and the reading counts an object.
    const provision = provisionMetric(text, r, e, dates, g) ?? reserveDays(text, r, e, dates, g);
    if (provision) {
      nameEnd = provision.end;
      wholeName = false;
      current = { members: [{ reading: r, metric: provision.name, baseline: false }], span: { start: Math.min(provision.start, r.q.start), end: provision.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    if (r.object) {
      const m = objectMetric(text, s, r, limit, e, dates, g, next?.end);
      if (!m || procedural(text, r, m.name, e, g)) return;
      // A later milestone of a count that names no object of its own (2025年建成示范村10个，2026年累计建成20个):
      // the count of the object named before, in the same unit; a name that keeps its verb takes this one's
      // (新建高标准农田3000亩，改造提升2000亩 → 改造提升高标准农田).
      // So is one in a later ；-part of the full sentence (到2026年底，建成智能工厂10家；到2027年底，累计建成25家): the metric before.
      const earlier = m.bare && prevMember && !prevMember.baseline && prevMember.reading.q.unit === r.q.unit ? prevMember.metric : m.bare && !prevMember && before !== undefined && beforeUnit === r.q.unit && r.pred.verb !== undefined ? before : undefined;
      // An adverb of resolve (力争150家、确保120家) names no work of its own: the count is the earlier one's.
      const earlierVerb = earlier === undefined || (r.pred.verb !== undefined && g.objectAdverbs.has(r.pred.verb.word)) ? undefined : g.objectVerbsBeforeNoun.startingAt(earlier, 0);
      // A name that ends in its verb (棚户区改造新开工1500套、基本建成1200套) takes this one's in its place: 棚户区改造基本建成.
      const lastVerb = earlier === undefined || earlierVerb ? undefined : g.objectVerbs.endingAt(earlier, earlier.length);
      const ownVerb = r.pred.verb ? text.slice(r.pred.start, r.pred.verb.end).trim() : '';
      if (earlier !== undefined) m.name = earlierVerb && r.pred.verb ? r.pred.verb.word + earlier.slice(earlierVerb.length) : lastVerb && lastVerb.length < earlier.length && ownVerb !== '' ? earlier.slice(0, earlier.length - lastVerb.length) + ownVerb : increaseOfTotal(earlier, r, g) ?? earlier;
      // A verb of its own right after the item before it in the clause (改造老旧小区120个、新建便民生活圈20个, …、涉及居民1.5万户)
      // makes an item of its own, whose text starts at that verb; another milestone of the same count (力争培育5家、确保3家)
      // shares the text of the first, as one metric's milestones do.
      const milestone = earlier !== undefined && m.name === earlier;
      const ownStart = r.floor > r.clause && r.pred.verb !== undefined && !milestone && trimLead(text, r.floor, r.pred.start, dates, g, AGE_LEAD) === r.pred.start;
      const start = ownStart ? r.pred.start : trimLead(text, r.clause, r.pred.start, dates, g, AGE_LEAD);
      const kinds = r.pred.distributor ? kindsOfCount(m.name, 1 + countListed(readings, idx, true), g) : undefined;
      current = { members: [{ reading: r, metric: kinds?.[0] ?? m.name, baseline: false }], span: { start: Math.min(start, r.pred.start), end: Math.max(m.end, r.end) } };
      currentNames = kinds ?? [];
      statements.push(current);
      return;
    }
    // A size bound right after a counted object and before the noun it sizes (组建1支不少于20人的综合性应急救援队伍): the least size of
    // each thing counted, named by that thing and the measure of the size's unit.
    // So does a bound after the size (1支50人以上的队伍).
    if (prevMember?.reading.object && (r.pred.comparator || r.post) && !r.pred.verb && text[r.end] === '的' && text.slice(prevMember.reading.end, r.pred.start).trim() === '') {
      const metric = prevMember.metric + (g.sizeNames.get(r.q.unit.unit) ?? SIZE_NAME);
      current = { members: [{ reading: r, metric, baseline: false }], span: { start: r.pred.start, end: r.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    // A later milestone of a rate (a name ending in 率, 比例: grammar rateNameHeads) is a rate too: an amount or a count after it
    // (查处率达到100%，举报奖励…，最高不超过20万元) is the level of another thing, named in the clause between them. (The
    // growth of an amount is no rate's name: 零售总额增长6%，突破1340亿元 goes on.)
    const canContinue = current !== undefined && prevMember !== undefined && !prevMember.reading.object && !prevMember.reading.ageLimit &&
      !(prevMember.reading.q.unit.kind === 'rate' && (r.q.unit.kind === 'count' || r.q.unit.kind === 'measure') && g.rateNameHeads.endingAt(prevMember.metric, prevMember.metric.length) !== undefined &&
        r.clause - 1 > s && clauseStart(text, r.clause - 1, s) > prevMember.reading.end);
    // A counted object in the clause just before names the metric of a bare change after it
    // (完成投资120亿元，同比增长15% → 投资), not that whole clause with its number; so does one right before a 、 that joins
    // the change to it (实现地区生产总值520亿元、增长6.1%).
    // A clause that only says how the amount is measured may stand between them (实现地区生产总值158.7亿元，按不变价格计算，同比增长5.9%).
    const objectBefore = prevMember !== undefined && prevMember.reading.object && !prevMember.reading.listed &&
      ((r.clause > s && prevMember.reading.q.start >= objectClauseStart(text, r.clause, s, dates, g)) || CHANGE_JOINED.test(text.slice(prevMember.reading.end, r.pred.start)));
    const found = shareOwner(text, subjectOf(text, r, s, dates, g, canContinue || objectBefore), r, g);
    // A distributor's subject that holds the values of earlier items (接待游客6500万人次、旅游收入720亿元，分别增长12%、15%)
    // is no list of names: the values are spread over those items' metrics, as when a verb stands between them.
    const spreadBack = found !== undefined && r.pred.distributor !== undefined && readings.some((o, k) => k < idx && o.q.start >= found.start && o.q.end <= found.end);
    // So is one that only points back at the metrics named before it (上述指标, 两项指标, 以上三项指标分别达到…): the values are theirs,
    // the text from the pointer on.
    const pointsBack = found !== undefined && r.pred.distributor !== undefined && pointsBackAtMetrics(metricName(text.slice(found.start, found.end), g), g);
    const subject = spreadBack || pointsBack ? undefined : found;
    const raw = subject && subject.start < r.pred.start ? text.slice(subject.start, subject.end).trimEnd() : '';
    const own = metricName(raw, g);
    // A word of conversion alone before the value (采集全血40000单位、折合800万毫升): the quantity before it restated in another
    // unit, the same metric (grammar restateWords).
    if (subject && prevMember && !prevMember.baseline && prevMember.reading.q.unit !== r.q.unit && g.restateWords.has(own)) {
      current = { members: [{ reading: r, metric: prevMember.metric, baseline: false }], span: { start: subject.start, end: r.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    // Nothing before the number but a scope word or a list it joins (…乡镇卫生院和70%的村卫生室).
    // So is a share that opens its own clause, the subject found in the clause before (乡镇卫生院中医馆实现全覆盖，80%以上的村卫生室能够
    // 提供中医药服务): a rate, its bound and 的 before a population is that population's share, whatever the clause before says.
    const lead = text.slice(r.clause, r.pred.start).trim();
    const opensClause = subject !== undefined && subject.start < r.clause && text[r.end] === '的' && (lead === '' || g.scope.exec(lead)?.[0] === lead);
    // A share of what a measure is done to, after 对/为 (每年对不少于10%的社会组织开展抽查审计 → 社会组织抽查审计比例), or of a
    // resource set aside (预留30%以上的门诊号源 → 预留的门诊号源比例).
    const doneTo = shareDoneTo(text, r, Math.max(r.clause, r.floor), e, g) ?? shareAllotted(text, r, Math.max(r.clause, r.floor), e, g);
    if (doneTo) {
      nameEnd = doneTo.end;
      wholeName = true;
      current = { members: [{ reading: r, metric: doneTo.name, baseline: false }], span: { start: doneTo.start, end: doneTo.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    // A share of the population a service reaches, written before it (服务覆盖全街道75%以上的社区 → 服务覆盖社区比例).
    const reached = subject && subject.start < r.pred.start ? coverageShare(text, r, subject.start, e, g) : undefined;
    if (reached) {
      nameEnd = reached.end;
      wholeName = true;
      current = { members: [{ reading: r, metric: reached.name, baseline: false }], span: { start: subject!.start, end: reached.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    const share = own === '' || g.scope.exec(own)?.[0] === own || g.joiners.endingAt(raw, raw.length) || g.shareExistentials.has(own) || opensClause ? populationShare(text, r, e, g) : undefined;
    if (share) {
      nameEnd = share.end;
      wholeName = true;
      current = { members: [{ reading: r, metric: share.name, baseline: false }], span: { start: subject && subject.start < r.pred.start && !opensClause ? subject.start : r.pred.start, end: share.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    // Nothing but a scope word before a bounded count that opens its sentence's statements (至少2家乡镇卫生院达到推荐标准, 全县
    // 至少5家企业通过认证): the count is of the noun right after it, the subject of the clause. (After a statement the count
    // goes on with its metric: 新建养老机构3家，至少2家达到三级标准.)
    const counted = !current && (own === '' || g.scope.exec(own)?.[0] === own) && r.q.unit.kind === 'count' && r.pred.comparator !== undefined && !r.pred.verb ? scopedNoun(text, r, limit, e, g) : undefined;
    if (counted) {
      const metric = metricName(text.slice(counted.start, counted.end), g);
      current = { members: [{ reading: r, metric, baseline: false }], span: { start: subject && subject.start < r.pred.start ? subject.start : r.pred.start, end: counted.end } };
      currentNames = [];
      statements.push(current);
      return;
    }
    if (!subject || subject.end <= subject.start) {
      // A later milestone of the metric before: …,2025年达到70%. With 各/均 it applies to every metric
      // of that statement (血压控制率、血糖控制率分别达到60%和55%，较2024年各提高5个百分点).
      if (current && prevMember && (canContinue || objectBefore || spreadBack)) {
        // So does a list of as many values as those metrics, 分别 or not (…分别达到8.6万元和5.1万元，同比增长4.5%和5.8%): a list of
        // values after a list of metrics pairs with them in order.
        const named = [...new Set(current.members.filter((m) => !m.baseline).map((m) => m.metric))];
        // One value the metrics before all took (特困人员、低保对象…报销比例力争达到90%，确保不低于85%; A和B均达到92%，2027年达到95%):
        // a single later value is theirs as well, each's, as a list of groups before one rate gives each group the same value.
        const valued = current.members.filter((m) => !m.baseline);
        const sharedValue = named.length > 1 && countListed(readings, idx) === 0 && valued.every((m) => m.reading === prevMember.reading);
        let metrics = r.pred.distributor || sharedValue || (named.length > 1 && 1 + countListed(readings, idx) === named.length) ? named : [grownMetric(prevMember.metric, r, g)];
        // The same metric per head of population (发明专利拥有量达到4500件，每万人口达到6.2件): its per-capita level.
        const per = PER_HEAD.exec(text.slice(r.clause, r.pred.verb?.start ?? r.pred.start).trim())?.[0];
        if (per) metrics = metrics.map((m) => (m.startsWith(per) ? m : per + m));
        // One value for each of the statements just before (接待游客1500万人次，实现旅游总收入130亿元，分别增长10%和12%).
        const values = 1 + countListed(readings, idx);
        if (r.pred.distributor && metrics.length === 1 && values > 1 && statements.length >= values) {
          const last = statements.slice(-values).map((st) => st.members.filter((m) => !m.baseline).at(-1)?.metric);
          if (last.every((m) => m !== undefined) && new Set(last).size === values) metrics = last as string[];
        }
        // As many values as metrics (城乡居民人均可支配收入分别达到70560元、41230元，分别增长4.9%和6.6%):
        // one value for each, in order, as a statement of its own.
        if (metrics.length > 1 && 1 + countListed(readings, idx) === metrics.length) {
          current = { members: [{ reading: r, metric: metrics[0] as string, baseline: false }], span: { start: pointsBack ? found.start : r.pred.start, end: r.end } };
          currentNames = metrics;
          statements.push(current);
          return;
        }
        for (const metric of metrics) current.members.push({ reading: r, metric, baseline: false });
        current.span.end = Math.max(current.span.end, r.end);
      } else if (!current && before !== undefined && !r.object && (r.pred.verb?.kind === 'target' || (r.pred.verb?.kind === 'change' && datedClause(r, dates)) || boundMilestone(r, s, dates, beforeUnit))) {
        const spread = r.pred.distributor ? spreadOver(beforeAll, readings.slice(idx, idx + 1 + countListed(readings, idx))) : undefined;
        current = { members: [{ reading: r, metric: spread?.[0] ?? before, baseline: false }], span: { start: pointsBack ? found.start : r.pred.start, end: r.end } };
        currentNames = spread ?? [before];
        statements.push(current);
      }
      return;
    }
    // Nothing but a scope word before a total in the unit of the addition before it (新增高效节水灌溉面积1.5万亩，全市
    // 累计达到12.8万亩): the total is the stock of the thing added.
    if (own !== '' && g.scope.exec(own)?.[0] === own && prevMember && !prevMember.baseline && prevMember.reading.q.unit === r.q.unit) {
      const metric = addedThing(prevMember.metric, g);
      current = { members: [{ reading: r, metric, baseline: false }], span: { start: subject.start, end: r.end } };
      currentNames = [metric];
      statements.push(current);
      return;
    }
    // Subjects listed before a distributor, then the act each does, then its values (机关事业单位、高校和驻株部队分别组织团体献血不少于
    // 20场、15场和4场): one value per subject, named by the subject and the act (高校组织团体献血).
    const actors = r.pred.distributor ? undefined : distributedActs(text, subject, 1 + countListed(readings, idx), g);
    const values = 1 + countListed(readings, idx);
    // Verbs joined before one object, then 分别 and a value for each (全县新建和改造桥梁分别为20座和40座): one count per act, the
    // subject no list of things.
    const acts = r.pred.distributor && values > 1 ? verbsOfOneObject(text, subject, dates, g) : undefined;
    let parts = actors ? [] : acts?.length === values ? [subject] : splitConjuncts(text, subject, g);
    // Grades listed by their numerals with one value and no distributor (三、四级手术占比达到45%) are one noun: the share or level
    // of the grades together, as 三、四级手术 is counted in one figure.
    if (!r.pred.distributor && values === 1 && gradeNames(text, parts) !== undefined) parts = [subject];
    // Objects listed after a subject and its verb, then one value each (二级以上医院设置老年医学科、康复医学科各1个): the verb counts
    // each object, as where it opens the clause (建设胸痛中心、卒中中心各1个); the subject only says who sets them up. Not before a
    // verb of its own (企业主导制定国际标准、国家标准分别达到2项、15项: the subject and its act name what reaches the values).
    const verbAt = r.pred.distributor && !r.pred.verb && r.q.unit.kind === 'count' ? verbInsideFirst(text, parts, g) : undefined;
    if (verbAt !== undefined) parts = [{ start: verbAt, end: (parts[0] as Span).end }, ...parts.slice(1)];
    // More conjuncts than the values a distributor pairs them with (城市公交、出租车新能源和清洁能源车辆比例
    // 分别达到85%和60%): the members of the list are parted by 、, and 和/及 join inside a member.
    if (r.pred.distributor && values > 1 && parts.length > values) {
      const members = byEnumerationComma(text, parts);
      if (members.length === values) parts = members;
    }
    // So where one value is given each (艾滋病感染者和病人抗病毒治疗比例、病毒抑制比例均达到95%) and the list is of whole metrics,
    // each ending in a metric's head: a 和 after a part with no head joins the nouns the metric is of.
    if (r.pred.distributor && values === 1 && parts.length > 2) {
      const members = byMetricEnds(text, parts, g);
      if (members.length > 1 && members.length < parts.length && members.every((m) => g.metricHeads.endingAt(text, m.end) !== undefined)) parts = members;
    }
    let whole = r.q.unit.kind === 'rate' ? shareName(metricName(text.slice(subject.start, subject.end), g), g) : metricName(text.slice(subject.start, subject.end), g);
    // A distributive scope alone before a per-unit count (建设大件垃圾集中处置场所，各县（市、区）至少1处): the count is of the object
    // the clause before builds or sets up with no number of its own, one for each unit of the scope.
    // With no such clause, the count is of the noun right after it (每个县（市、区）至少2家定点医疗机构开通…, 每个行政村至少1名
    // 乡村医生): one or more for each unit of the scope.
    let scoped: Span | undefined;
    if (DISTRIBUTIVE_SCOPE.test(whole)) {
      const clauseBefore = objectOfClauseBefore(text, s, subject.start, g);
      scoped = clauseBefore === undefined ? scopedNoun(text, r, limit, e, g) : undefined;
      whole = clauseBefore ?? (scoped ? metricName(text.slice(scoped.start, scoped.end), g) : whole);
    }
    // A share whose subject was said before it (数字经济规模突破2万亿元，占GDP比重达到45%): the subject is the metric before.
    // A counted object names the subject as well (累计建成高标准农田120万亩，占永久基本农田面积的比例达到90%).
    // A total of the thing added (高新技术企业净增300家、总数突破3380家) is that thing's, without the verb of adding. The size
    // of what a count sets up (设立科创基金2支，总规模20亿元) is that object's, and only an object's.
    const elided = prevMember && (canContinue || prevMember.reading.object) ? (g.subjectElided.startingAt(whole, 0) ?? (prevMember.reading.object ? g.objectElided.startingAt(whole, 0) : undefined)) : undefined;
    // A share of a total count is the share of the things counted (高技能人才总量达到12.4万人，占技能人才比例… → 高技能人才占技能人才
    // 比例): 占 compares the things with a larger group of the same things, as a part of a total after 其中 is counted by itself.
    // An amount that is no count (数字经济规模) stays the share's subject.
    const subjectBefore = (e: string, m: string) => (g.totalCounts.has(e) ? countedThing(addedThing(m, g), g) : SHARE_OF.test(e) ? countedThing(m, g) : m);
    if (prevMember && r.q.unit === prevMember.reading.q.unit) whole = otherTier(whole, prevMember.metric);
    if (elided && prevMember) whole = sharedMeasure(subjectBefore(elided, prevMember.metric), elided, g) + whole;
    else if (canContinue && prevMember && r.q.unit === prevMember.reading.q.unit && r.q.unit.kind !== 'count' && !prevMember.baseline) whole = otherInstitution(whole, prevMember.metric, g);
    else if (prevMember && r.q.unit.amount && prevMember.reading.q.unit.amount) whole = sameFund(whole, prevMember.metric, g);
    else if (prevMember && r.q.unit.unit === '%' && !prevMember.baseline) whole = completionName(whole, prevMember.metric, g) ?? whole;
    whole = perHeadBeforeValue(text, r) + whole;
    let names = actors ?? [groupFirst(whole, g)];
    if (acts?.length === values) names = acts.map((n) => metricName(n, g));
    if (parts.length > 1) {
      const listSize = 1 + countListed(readings, idx);
      const guess = r.pred.distributor !== undefined || listSize === parts.length;
      // A verb before the first of the things counted counts each of them (新增规上工业企业、高新技术企业分别达到50家和30家), and
      // names them as it names one thing it counts: only a naming verb stays in the name (namedBy). Things that share no tail
      // are named as written.
      const verb = r.q.unit.kind === 'count' ? verbOverConjuncts(text, parts, g) : undefined;
      const objects = verb ? [{ start: (parts[0] as Span).start + verb.length, end: (parts[0] as Span).end }, ...parts.slice(1)] : parts;
      const completed = verb
        ? (completeConjuncts(text, objects, g, guess) ?? objects.map((p) => text.slice(p.start, p.end))).map((n) => (g.namingVerbs.has(verb) ? verb + n : n))
        : completeConjuncts(text, parts, g, guess);
      const lastPart = parts[parts.length - 1] as Span;
      const headed = g.metricHeads.endingAt(text, lastPart.end) !== undefined;
      // One count given to groups named together, with no 分别/均/各 (脱贫人口和监测对象务工规模稳定在3100人以上): the groups'
      // joint total, one metric, as a count of two kinds of firms is how many there are in all; a rate stays each group's
      // (全人群和重点人群签约率达到75%).
      const jointCount = listSize === 1 && r.pred.distributor === undefined && r.q.unit.kind === 'count';
      if (completed && (listSize === parts.length || r.pred.distributor !== undefined || (headed && !jointCount))) names = completed.map((n) => metricName(n, g));
      else if (r.pred.distributor && !headed) {
        // 校内、校外各1小时体育活动: each conjunct with the noun after the unit.
        const noun = objectNoun(text, r.end, limit, e, false, g);
        if (noun) names = parts.map((p) => metricName(text.slice(p.start, p.end) + text.slice(noun.start, noun.end), g));
        // One value per conjunct (刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%), or per group listed after the metric
        // (校际差异系数小学、初中分别不高于0.50、0.45).
        else if (listSize === parts.length) names = (trailingGroups(text, parts, g) ?? parts.map((p) => text.slice(p.start, p.end))).map((n) => metricName(n, g));
        // The parts of a total after 其中 given one value each (…建成完整社区不少于12个，其中涪城区、游仙区各4个): one item per part,
        // named by the part and the whole's metric, as a part alone after 其中 is the whole's.
        // So are the parts given in a bracket right after the count of the whole (新增献血点3个（醴陵市、攸县、炎陵县各1个）): the
        // bracket breaks the count down as 其中 does.
        else if (listSize === 1 && (prevMember?.metric ?? before) !== undefined && (g.partWords.indexIn(text, r.clause, subject.start) !== undefined || bracketAfterCount(text, subject.start, prevMember?.reading)) &&
          parts.every((p) => p.end - p.start <= MAX_PART && HAN_ONLY.test(text.slice(p.start, p.end).trim())))
          names = parts.map((p) => metricName(text.slice(p.start, p.end), g) + (prevMember?.metric ?? before));
      }
    }
    // Groups after 其中 that break the metric before down (全体居民人均可支配收入…；其中城镇居民、农村居民分别增长5.1%、
    // 6.8%): each group with the rest of that metric after its own group word (城镇居民人均可支配收入).
    const earlier = prevMember?.metric ?? before;
    // So does a place alone after a rate of another place in the same sentence (…城市建成区黑臭水体消除比例达到95%以上，县级城市达到90%),
    // or after a measure of another place in the same unit (平均急救反应时间城市地区不超过12分钟、农村地区不超过20分钟).
    const sameKind = prevMember !== undefined && (r.q.unit.kind === 'rate' ? prevMember.reading.q.unit.kind === 'rate' : r.q.unit.kind === 'measure' && prevMember.reading.q.unit === r.q.unit);
    // So does a tier of institutions alone after the rate of another tier (二级以上医院设置老年医学科的比例达到80%，乡镇卫生院达到
    // 50%): the tier's rate of the same metric.
    const placeAfterRate = sameKind && names.length === 1 && (g.placeGroups.has(names[0] as string) || (isTier(names[0] as string, g) && earlier !== undefined && opensWithTier(earlier, g)));
    // A count after 其中 parts a count, not a rate before it (老年人口68.4万人，占总人口的23.6%，其中高龄老年人9.7万人): the share's name is
    // no name of the group's count.
    const countAfterRate = r.q.unit.kind !== 'rate' && (prevMember ? prevMember.reading.q.unit.kind === 'rate' : beforeUnit?.kind === 'rate');
    if (earlier !== undefined && !countAfterRate && (placeAfterRate || g.partWords.indexIn(text, r.clause, subject.start))) names = names.map((n) => breakdownName(n, earlier, g, r.q.unit.kind === 'rate' || placeAfterRate));
    const listSize = 1 + countListed(readings, idx);
    // 城乡居民人均可支配收入分别增长4.6%和6.9%: one value for each of the two groups the word names. Not where two years
    // are what the distributor parts the values over (到2027年和2030年，城乡居民…的人数比例分别不少于92%和93.5%).
    if (names.length === 1 && listSize === 2 && r.pred.distributor && !yearsDistribute(text, s, r, dates, g)) names = splitPaired(names[0] as string, g) ?? names;
    // One rate a distributor gives each of the things counted in the clause before (办理人大代表建议142件、政协提案205件，办复率均为
    // 100%): the rate of each (人大代表建议办复率), as statistics name it.
    if (names.length === 1 && listSize === 1 && r.pred.distributor && r.q.unit.kind === 'rate' && subject.start >= r.clause) {
      const counted = countedBefore(text, s, r, statements);
      if (counted.length > 1) names = counted.map((m) => joinShared(m, names[0] as string));
    }
    current = { members: [], span: { start: subject.start, end: scoped?.end ?? r.end } };
    currentNames = names;
    if (listSize > 1 && names.length === listSize) {
      current.members.push({ reading: r, metric: names[0] as string, baseline: r.pred.baseline });
    } else {
      for (const name of names) current.members.push({ reading: r, metric: name, baseline: r.pred.baseline });
      currentNames = [whole];
      if (names.length > 1) currentNames = listSize > 1 ? [whole] : names;
    }
    if (r.pred.distributor && names.length > 1 && listSize === 1) {
      const noun = objectNoun(text, r.end, limit, e, false, g);
      if (noun && !g.metricHeads.endingAt(text, subject.end)) current.span.end = Math.max(current.span.end, noun.end);
    }
    statements.push(current);
  });
  return projectAmounts(text, supportPolicies(text, withoutPlanStructure(withoutRewardStandards(withoutEnactedStandards(statements, g, text, s), g, text), g, text, s), g), s, dates, g);
}

/**
 * The day a rule takes effect, opening what it sets (自2026年10月1日起，…标准平均提高5%; 从7月1日起…): a start given to the month, the
 * formula by which a policy is put in force, where a target is given a deadline (到2027年, 年底前) and a running period a bare year
 * (2026年起每年…).
 */
const EFFECTIVE_FROM = /(?:自|从)\s*(?:(?:19|20)[0-9０-９]{2}\s*年\s*)?[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?\s*起/u;

/**
 * A standard adjusted or set from the day it takes effect (按照国家统一部署，自2026年10月1日起，…定期生活补助标准平均提高5%; 自7月1日起，
 * 城乡低保标准提高到每人每月800元) is the rule put in force, what each beneficiary is paid from then on, not a level the plan
 * reaches: the set reads the standards a notice enacts so (g166). A bound standard (不低于每生每年800元) stays, as a floor the
 * plan keeps.
 */
function withoutEnactedStandards(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  const enacted = (m: Member): boolean => {
    const r = m.reading;
    const bound = r.post?.comparator ?? r.pred.comparator;
    if (bound === '>=' || bound === '<=') return false;
    if (g.standardNouns.endingAt(m.metric, m.metric.length) === undefined) return false;
    return EFFECTIVE_FROM.test(text.slice(s, r.q.start));
  };
  if (!statements.some((st) => st.members.some(enacted))) return statements;
  return statements.map((st) => ({ ...st, members: st.members.filter((m) => !enacted(m)) })).filter((st) => st.members.length > 0);
}

/** The bare noun of an indicator (11项指标完成): a name too (检测106项指标), so structural only where tallied. */
const INDICATOR_NOUN = '指标';

/**
 * The plan's own indicators counted (共设置经济发展、民生福祉等4类14项指标, 主要指标12项): a count of what the plan is made of, as
 * 13类重点场所 describes a list (INDICATORS.md), not a level to reach. A count whose thing counted is, as a whole name, one of
 * grammar planStructureNouns, or ends in one where the plan describes itself (grammar planStructureVerbs, planSelfSubjects), or
 * is the kinds of them counted next (4类 before 14项指标), is left out.
 */
function withoutPlanStructure(statements: Statement[], g: IndicatorGrammar, text: string, s: number): Statement[] {
  // The plan describing itself: it opens the sentence as its subject (本规划…), or a verb that sets out its parts stands in the
  // clause before the count (共设置20项核心指标).
  const opening = s + markerLength(text.slice(s, s + 12));
  const selfDescribed = (r: Reading): boolean => g.planSelfSubjects.startingAt(text, opening) !== undefined || g.planStructureVerbs.indexIn(text, r.clause, r.q.start) !== undefined;
  const structural = (m: Member): boolean => {
    const r = m.reading;
    if (r.q.unit.kind !== 'count') return false;
    // The whole name; or any name ending in one (核心指标, 量化指标) where the plan describes itself: elsewhere 城市供水水质检测指标,
    // 新增监测指标 are things measured, counted as any other.
    if (g.planStructureNouns.has(m.metric)) return true;
    if (g.planStructureNouns.endingAt(m.metric, m.metric.length) !== undefined && selfDescribed(r)) return true;
    // A kind of the plan's indicators written out right after the count (对15项主要指标开展评估), or bare 指标 tallied by how far it
    // was met (11项指标完成或超额完成), or a tally in 项 whose noun, 指标 named before it in the sentence, is left out (2项未完成).
    const after = g.planStructureNouns.startingAt(text, r.end);
    if (after !== undefined && after !== INDICATOR_NOUN) return true;
    if (after === INDICATOR_NOUN && g.planTallyVerbs.startingAt(text, r.end + after.length) !== undefined) return true;
    if (r.q.unit.unit === '项' && g.planTallyVerbs.startingAt(text, r.end) !== undefined && text.lastIndexOf(INDICATOR_NOUN, r.q.start) >= s) return true;
    // The plan's tasks or measures counted where it describes itself, the noun right after the count (《工作要点》…部署了13项重点任务,
    // 本方案提出20条措施): what the plan is made of, as its indicators counted are.
    if (g.planContentCounts.has(r.q.unit.unit) && g.planContentNouns.startingAt(text, r.end) !== undefined && selfDescribed(r)) return true;
    // The kinds of them, counted right before their count (4类14项指标).
    const digits = digitRun(text, r.end);
    const unit = digits.length > 0 ? g.planStructureCounts.startingAt(text, digits.end) : undefined;
    return unit !== undefined && g.planStructureNouns.startingAt(text, digits.end + unit.length) !== undefined;
  };
  return statements.map((st) => ({ ...st, members: st.members.filter((m) => !structural(m)) })).filter((st) => st.members.length > 0);
}


/**
 * An investment with no project of its own right after a count of projects, in the next clause (实施县重点项目
 * 150个，完成年度投资180亿元以上): the investment of those projects (县重点项目年度投资). So is its growth written after it under the
 * same name (安排项目85个，完成投资38亿元，比上年增长12%): every member of the statement is that investment's. After works pushed on
 * in a clause before it (加快…建设，全年完成投资42亿元: worksBefore), it is those works'.
 */
function projectAmounts(text: string, statements: Statement[], s: number, dates: DateHit[], g: IndicatorGrammar): Statement[] {
  for (let k = 0; k < statements.length; k++) {
    const st = statements[k] as Statement;
    const m = st.members[0];
    if (!m || !st.members.every((o) => o.metric === m.metric) || !g.projectAmounts.has(m.metric)) continue;
    const works = worksBefore(text, m.reading.q.start, s, dates, statements, g);
    if (works !== undefined) {
      const name = works + m.metric.slice(g.reachVerbs.startingAt(m.metric, 0)?.length ?? 0);
      for (const o of st.members) o.metric = name;
      continue;
    }
    const owner = statements[k - 1]?.members.at(-1);
    if (!owner || !owner.reading.q.unit.unit.startsWith('个')) continue;
    if (!g.projectHeads.endingAt(owner.metric, owner.metric.length) || clauseStart(text, m.reading.q.start, 0) !== clauseEnd(text, owner.reading.end, text.length) + 1) continue;
    // The projects without the verbs that carry them out (谋划实施重大项目 → 重大项目).
    let from = 0;
    for (let hit = g.objectVerbsBeforeNoun.indexIn(owner.metric); hit; hit = g.objectVerbsBeforeNoun.indexIn(owner.metric, hit.index + hit.word.length)) from = hit.index + hit.word.length;
    const name = owner.metric.slice(from) + doneWorkName(m.metric, g);
    for (const o of st.members) o.metric = name;
  }
  return statements;
}

/** How many clauses back the clause of the works may stand (加快…建设，6月底前完成路基工程，全年完成投资5.2亿元). */
const MAX_WORKS_CLAUSES = 3;

/**
 * The works a push verb opens an earlier clause of the sentence with, closed by 建设 (加快宜遂高速公路宜春段建设，全年完成投资42亿元
 * → 宜遂高速公路宜春段; grammar worksPushVerbs), when no clause between them (nor that one) holds an amount of the statements; the
 * investment with no project of its own at `at` is those works'. Undefined otherwise.
 */
function worksBefore(text: string, at: number, s: number, dates: DateHit[], statements: Statement[], g: IndicatorGrammar): string | undefined {
  const counted = (from: number, to: number): boolean => statements.some((st) => st.members.some((o) => o.reading.q.start >= from && o.reading.q.start < to));
  const own = clauseStart(text, at, s);
  // The amount's clause names nothing but the amount (全年完成投资42亿元); one that names works of its own (完成…改造投资3.5亿元) is theirs.
  const named = text.slice(trimLead(text, own, at, dates, g), at).replace(/\s+/gu, '');
  if (!g.projectAmounts.has(named.slice(g.reachVerbs.startingAt(named, 0)?.length ?? 0))) return undefined;
  let end = own - 1;
  for (let n = 0; n < MAX_WORKS_CLAUSES && end > s; n++) {
    const start = clauseStart(text, end, s);
    if (counted(start, end)) return undefined;
    const clause = text.slice(start, end).replace(/\s+/gu, '');
    const push = g.worksPushVerbs.startingAt(clause, 0);
    if (push !== undefined && clause.endsWith(WORKS_CLOSER) && clause.length - push.length - WORKS_CLOSER.length >= MIN_WORKS_NAME) return clause.slice(push.length, -WORKS_CLOSER.length);
    end = start - 1;
  }
  return undefined;
}

/** The word that closes the clause of named works (…高速公路宜春段建设). */
const WORKS_CLOSER = '建设';
/** The shortest name of works (a name of one character is a word of the verb: 加快建设). */
const MIN_WORKS_NAME = 2;

/** The verbs that pay a subsidy at a rate (按投资额的10%给予补助, 按…的30%予以补贴, 按…的5%追加奖励). */
const RATE_GRANT = /^(?:给[予与]|予以|追加)/u;
/** How far after a subsidy rate the reward word may stand (15%给予一次性补助). */
const RATE_REWARD_REACH = 8;

/**
 * A subsidy rate (按设备软件投入的15%给予补助, 按销售价格的15%给予补贴) is named by its reward word, as
 * statistics name it (补助比例), not by the base it is taken of.
 */
function supportPolicies(text: string, statements: Statement[], g: IndicatorGrammar): Statement[] {
  for (const st of statements) {
    for (const m of st.members) {
      const r = m.reading;
      const verb = RATE_GRANT.exec(text.slice(r.end, r.end + 2))?.[0];
      if (r.q.unit.kind !== 'rate' || verb === undefined) continue;
      const word = g.rewardWords.indexIn(text, r.end + verb.length, Math.min(text.length, r.end + RATE_REWARD_REACH));
      if (word) m.metric = `${word.word}比例`;
    }
  }
  return statements;
}

/**
 * A reward or subsidy standard (给予一次性奖励50万元, 每人最高补贴2000元) is what a beneficiary receives,
 * not a target: an amount of money whose metric ends in a reward word, with no bound word that sets a
 * floor or cap (最高 alone is the standard's top, not a cap the plan sets).
 */
function withoutRewardStandards(statements: Statement[], g: IndicatorGrammar, text: string): Statement[] {
  const standard = (m: Member): boolean => {
    const r = m.reading;
    if (!r.q.unit.amount) return false;
    if (g.rewardWords.endingAt(m.metric, m.metric.length) === undefined && g.benefitCaps.endingAt(m.metric, m.metric.length) === undefined && !perUnitAmount(text, r, g) && !standardTop(text, r, g) && !rewardAfter(text, r, g) && !rewardBefore(text, r, m.metric, g) && !conditionalPayment(text, r, g)) return false;
    // 发放技能提升补贴2000万元: a total paid out, not a standard; also where the reward word right before the amount was read as
    // the verb (发放扩岗补助1500万元: 补助 is the thing paid out, 发放 the verb).
    const disbursed = r.pred.verb !== undefined && (g.disburseVerbs.has(r.pred.verb.word) || g.disburseVerbs.indexIn(text, r.clause, r.pred.verb.start) !== undefined);
    if (disbursed && /[万亿]/u.test(r.q.unitText)) return false;
    const bound = r.post?.comparator ?? r.pred.comparator;
    return bound !== '>=' && bound !== '<=';
  };
  // A standard the plan raises or sets (生活补贴标准从每人每月209元提高到217元) is a target of its own. A verb that pays out
  // (分别发放90元、100元, read as a target verb after 分别) sets no standard: it pays one.
  // Nor does one that grants the amounts a reward noun after them names (分别给予1000元、2000元一次性奖励: rewardAfter).
  const setting = (r: Reading): boolean =>
    r.pred.verb !== undefined && (r.pred.verb.kind === 'target' || r.pred.verb.kind === 'change') && !g.disburseVerbs.has(r.pred.verb.word) && !rewardAfter(text, r, g);
  const raised = (st: Statement): boolean => st.members.some((m) => m.baseline || m.reading.pred.baseline || setting(m.reading));
  if (!statements.some((st) => !raised(st) && st.members.some(standard))) return statements;
  // The amounts listed after a per-unit standard are standards on the same basis, written once (补贴标准分别为每亩50元和40元).
  const perUnitList = (st: Statement): boolean => st.members.some((m) => m.reading.q.unit.amount === true && perUnitAmount(text, m.reading, g));
  const dropped = (st: Statement, m: Member): boolean => standard(m) || (m.reading.listed && m.reading.q.unit.amount === true && perUnitList(st));
  return statements.map((st) => (raised(st) ? st : { ...st, members: st.members.filter((m) => !dropped(st, m)) })).filter((st) => st.members.length > 0);
}

/** The amounts listed after one (、2000元、3000元) and the words between the last and a reward noun (的, 一次性). */
const REWARD_LIST_TAIL = /^(?:\s*(?:[、，,和及]|以及)\s*[0-9０-９.．]+[万亿]?元)*\s*的?(?:一次性)?/u;

/**
 * Whether a reward noun closes the clause right after the amount or the list it opens (按初级、中级、高级分别给予1000元、2000元、
 * 3000元一次性奖励): what each class receives, named after the amounts, as a standard named before them (奖励1000元) is. Not funds
 * to spend (安排1000万元奖补资金: 资金 follows the reward word).
 */
function rewardAfter(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const at = r.end + (REWARD_LIST_TAIL.exec(text.slice(r.end, r.end + 40))?.[0].length ?? 0);
  const word = g.rewardWords.startingAt(text, at);
  if (word !== undefined && /^(?:$|[，,。；;）)])/u.test(text.slice(at + word.length, at + word.length + 1))) return true;
  // The reward noun may carry what the reward is for before its reward word (分别给予每人每月3000元、2000元生活补贴, 分别给予
  // 40万元、20万元购房补贴, 2000元、3000元技能提升补贴): a short run of Han characters that ends in a reward word and closes the clause.
  // Only where the clause grants the amounts (给予): 统筹资金1.2亿元用于就业补贴 is a sum to spend.
  const before = text.slice(r.clause, r.q.start);
  if (!GRANT.test(before)) return false;
  const noun = REWARD_NOUN.exec(text.slice(at, at + REWARD_NOUN_REACH + 1))?.[1];
  // Amounts granted class by class (按A、B、C三类分别给予500万元、300万元、100万元创业启动资金) are what each class receives, whatever
  // the noun calls the money.
  return noun !== undefined && (g.rewardWords.endingAt(noun, noun.length) !== undefined || SPREAD_GRANT.test(before));
}

/** 分别 right before that verb: the amounts after it go one to each class of beneficiary. */
const SPREAD_GRANT = /分别给[予与]/u;
/** How many characters a reward noun after the amounts may have (技能提升补贴, 一次性创业补贴). */
const REWARD_NOUN_REACH = 8;
/** A run of Han characters closed by a clause end. */
const REWARD_NOUN = han(/^(\p{Script=Han}{2,8})(?:$|[，,。；;）)])/u);

/**
 * Whether a reward word stands right before the amount's noun as its verb (考核优秀的，奖励工作经费3万元; 良好的奖励资金1万元): what a
 * unit receives for its grade, named by what it is paid as, a standard as 奖励1000元 is.
 */
function rewardBefore(text: string, r: Reading, metric: string, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start).trimEnd();
  if (metric === '' || !before.endsWith(metric)) return false;
  return g.rewardWords.endingAt(before, before.length - metric.length) !== undefined;
}

/**
 * Whether a bare amount in 元 is paid to whoever meets the condition a 的 closes right before the paying verb (生育第二个孩子的
 * 发放3000元, 符合条件的，给予2000元): the formula of a benefit rule, what each one who qualifies receives, also where the reward
 * noun was written once in the first of parallel clauses and left out of the next (…的发放生育补贴1000元，…的发放3000元). A
 * total in 万元 or 亿元 (…的发放3000万元) is a sum paid out, not one person's standard.
 */
function conditionalPayment(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (/[万亿]/u.test(r.q.unitText)) return false;
  let pos = r.q.start;
  while (pos > 0 && WHITE_SPACE[text.charCodeAt(pos - 1)] === 1) pos--;
  const verb = g.disburseVerbs.endingAt(text, pos)?.length ?? (GRANT.test(text.slice(pos - 2, pos)) ? 2 : 0);
  if (verb === 0) return false;
  pos -= verb;
  if (text[pos - 1] === '，' || text[pos - 1] === ',') pos--;
  return text[pos - 1] === '的';
}

/** Whether the amount stands right after the top word of a support standard (给予最高1000万元支持, 单个项目最高200万元). */
function standardTop(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start).trimEnd();
  return g.standardTops.endingAt(before, before.length) !== undefined;
}

/** A per-unit frame before an amount (每人每月, 每生每天, 每户): the amount is what each one receives or pays. */
const PER_UNIT_FRAME = /每/u;
/** 按 (按照) before a per-unit frame (县财政按每例筛查120元、每例复查150元的标准安排资金): the rate a sum is reckoned at, a
 *  standard however many words stand between the frame and the amount (the name of what each unit is, read into the metric). */
const RATE_FRAME = /按照?每/u;

/**
 * An amount in 元 stated per person or unit, with no target or change verb (救助标准每人每月300元, 营养膳食补助每生每天5元, 基本
 * 生活标准为每人每月900元): a standard of what each one receives or pays, as g26/g35 leave such standards out, not a target.
 * A standard the plan raises (提高到每人每月800元) or bounds (不低于每人每月80元) stays.
 */
function perUnitAmount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if ((/[万亿]/u.test(r.q.unitText) && !namedStandard(text, r, g)) || r.pred.verb?.kind === 'target' || r.pred.verb?.kind === 'change') return false;
  return PER_UNIT_FRAME.test(text.slice(r.pred.verb?.end ?? r.pred.start, r.q.start)) || RATE_FRAME.test(text.slice(r.clause, r.q.start)) || PER_UNIT_AFTER.test(text.slice(r.q.end, r.q.end + 2)) || perUnitPayment(text, r.q.start, g);
}

/**
 * Whether the clause names the amount a standard before its per-unit frame (补助标准为每台20万元, 奖补标准每个50万元): what each unit
 * receives, in 万元 too, where an amount per unit in 万元 is otherwise what a project is given (每个项目安排50万元).
 */
function namedStandard(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const before = text.slice(r.clause, r.q.start);
  const frame = before.lastIndexOf('每');
  if (frame < 0) return false;
  const end = frame - (g.copulas.endingAt(before, frame)?.length ?? 0);
  return g.standardNouns.endingAt(before, end) !== undefined;
}

/**
 * A per-head basis, then a verb that pays out, right before the amount (高龄津贴每人每月发放100元, 两项补贴每人每月分别发放90元、
 * 100元): what each one is paid, the same standard as 每人每月100元; the verb is no target verb, so the frame stands before it.
 */
function perUnitPayment(text: string, at: number, g: IndicatorGrammar): boolean {
  let pos = at;
  while (pos > 0 && WHITE_SPACE[text.charCodeAt(pos - 1)] === 1) pos--;
  const verb = g.disburseVerbs.endingAt(text, pos);
  if (!verb) return false;
  pos -= verb.length;
  pos -= g.distributors.endingAt(text, pos)?.length ?? 0;
  return basisStart(text, pos, g) < pos;
}

/**
 * The per-unit base written after the amount as a rate unit (生育补贴3000元/孩, 补助500元/人, 奖补2000元/户): the same standard
 * of what each one receives as 每孩3000元, the way 卫健/民政 notices print their subsidy tables.
 */
const PER_UNIT_AFTER = /^\s*[\/／](?:孩|人|户|生|名|位|床|次|胎)/u;

/** Whether the subject at `at` opens a bracket written right after the count `before` (新增献血点3个（醴陵市、攸县各1个）). */
function bracketAfterCount(text: string, at: number, before: Reading | undefined): boolean {
  if (!before || before.q.unit.kind !== 'count') return false;
  const gap = text.slice(before.end, at).trim();
  return gap === '（' || gap === '(';
}

/**
 * The names of values spread by a distributor that stands inside the subject, after the subjects listed and before the act
 * they each do (市级、县级医院分别开展义诊活动不少于10场和20场 → 市级医院开展义诊活动, 县级医院开展义诊活动): one name per
 * subject, as many as the values; undefined when the subject is not so shaped.
 */
function distributedActs(text: string, subject: Span, values: number, g: IndicatorGrammar): string[] | undefined {
  if (values < 2) return undefined;
  const d = g.distributors.indexIn(text, subject.start, subject.end);
  if (!d) return undefined;
  const act = text.slice(d.index + d.word.length, subject.end).trim();
  if (act.length < 2) return undefined;
  const parts = splitConjuncts(text, { start: subject.start, end: d.index }, g);
  if (parts.length !== values) return undefined;
  const actors = completeConjuncts(text, parts, g) ?? parts.map((p) => text.slice(p.start, p.end));
  return actors.map((a) => metricName(a.trim() + act, g));
}

/**
 * Conjuncts regrouped into the members of a list: a part joined to the next by anything but 、 goes on into it, unless `ends` says
 * the part closes a member of its own. With no `ends`: 和/及 join inside a member (城市公交、出租车新能源和清洁能源车辆比例 → two).
 */
function byEnumerationComma(text: string, parts: Span[], ends: (end: number) => boolean = () => false): Span[] {
  const out: Span[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && text.slice(last.end, part.start).trim() !== '、' && !ends(last.end)) last.end = part.end;
    else out.push({ ...part });
  }
  return out;
}

/** The conjuncts joined into whole metrics: a part with no metric head (grammar metricHeads) before a joiner other than 、 goes on
 *  into the next (艾滋病感染者|和|病人抗病毒治疗比例 → one), while 、 and a head end a member (…配备率、…安装率和…联网率: three). */
const byMetricEnds = (text: string, parts: Span[], g: IndicatorGrammar): Span[] =>
  byEnumerationComma(text, parts, (end) => g.metricHeads.endingAt(text, end) !== undefined);

/** How far into a metric's name the place it is measured for may reach (地级及以上城市建成区…). */
const MAX_PLACE = 10;

/** An age band and nothing else (65岁以上, 80周岁及以上, 3岁以下). */
const AGE_BAND = /^\d+周?岁及?以[上下]$/u;
/** The age band a metric's name opens with (60岁以上老年人健康体检率 → 60岁以上). */
const AGE_BAND_OPENING = /^\d+(?:[—–-]\d+)?周?岁(?:及?以[上下])?/u;

/** A group (城镇居民) of a breakdown of `earlier` (全体居民人均可支配收入) with the rest of that metric after its group word. */
function breakdownName(name: string, earlier: string, g: IndicatorGrammar, rate = false): string {
  // A rate of the whole broken down by place (城镇污水处理率达到97%，其中县城不低于95%): the place's rate of the same metric,
  // named with its place in place of the whole's (县城污水处理率).
  if (rate && g.placeGroups.has(name) && g.metricHeads.endingAt(earlier, earlier.length)) {
    // The whole's place is the run of its opening words up to its last place word (地级及以上城市建成区黑臭水体消除比例).
    let own = 0;
    for (let hit = g.placeGroups.indexIn(earlier, 0, MAX_PLACE); hit; hit = g.placeGroups.indexIn(earlier, hit.index + hit.word.length, MAX_PLACE)) own = hit.index + hit.word.length;
    return own < earlier.length - 1 ? name + earlier.slice(own) : name;
  }
  // An age band alone after 其中 (老年人健康体检率不低于70%，其中65岁以上不低于75%) parts a rate by age, as 公卫 statistics part
  // the elderly's rates: the band's rate of the same metric, in place of the whole's own band (60岁以上老年人… → 65岁以上老年人…).
  if (rate && AGE_BAND.test(name) && g.metricHeads.endingAt(earlier, earlier.length)) return name + earlier.slice(AGE_BAND_OPENING.exec(earlier)?.[0].length ?? 0);
  if (!g.joinHeads.endingAt(name, name.length) || g.metricHeads.endingAt(name, name.length)) return name;
  const group = g.joinHeads.indexIn(earlier);
  // A rate of the whole population that names no group (经常参加体育锻炼人数比例达到38.5%，其中青少年达到50%以上): the
  // group's rate of the same metric, named with the group first (青少年经常参加体育锻炼人数比例).
  // Only for a rate: a count of a group (其中重点人群不超过600人) is that group's own number.
  if (!group && rate && g.metricHeads.endingAt(earlier, earlier.length)) return name + earlier;
  const tail = group ? earlier.slice(group.index + group.word.length) : '';
  // A part of a total count is counted by itself (医疗卫生机构总数3500个，其中医院180家: 医院, not 医院总数).
  return tail.length >= 2 && !g.totalCounts.has(tail) ? name + tail : name;
}

/**
 * A place or scheme written after the metric it parts (平均急救反应时间城市地区, 社区养老服务设施覆盖率城市社区): named first, as the
 * place's own metric (城市地区平均急救反应时间; 城市社区养老服务设施覆盖率, the words the place and the metric share written once).
 */
function groupFirst(name: string, g: IndicatorGrammar): string {
  const group = g.placeGroups.endingAt(name, name.length) ?? tierAfterRate(name, g);
  if (!group) return name;
  const metric = name.slice(0, name.length - group.length);
  if (metric.length < 2 || !g.metricHeads.endingAt(metric, metric.length)) return name;
  return joinShared(group, metric);
}

/** How long a tier of institutions may be (二级以上医院, 社区卫生服务中心, 二级及以上公立综合医院). */
const MAX_TIER = 12;

/**
 * A tier of institutions written after the metric it parts, each with its own verb and value (发热门诊设置率二级以上医院达到100%、乡镇
 * 卫生院达到90%; 电子病历系统应用水平二级以上医院达到4级), as health statistics part a measure by tier: the tier (二级以上医院), when
 * the name is a metric's head and then the tier (isTier); else undefined.
 */
function tierAfterRate(name: string, g: IndicatorGrammar): string | undefined {
  for (let k = name.length - 2; k >= Math.max(2, name.length - MAX_TIER); k--) {
    if (!g.metricHeads.endingAt(name, k)) continue;
    // A bound opening the rest belongs to the words before it (规模以上工业企业: 规模以上 is the class of the firms, 规模 no metric).
    const tier = name.slice(k);
    return isTier(tier, g) && !BOUND_OPENING.test(tier) ? tier : undefined;
  }
  return undefined;
}

/** A bound at the start of the words after a head (以上工业企业 of 规模以上工业企业). */
const BOUND_OPENING = /^及?以[上下内]/u;

/**
 * Whether `name` is a tier of institutions only: Chinese, short, ending in an institution word and with no 的 (二级以上医院, 乡镇卫生院;
 * not 推荐标准的机构, a modified noun).
 */
function isTier(name: string, g: IndicatorGrammar): boolean {
  return name.length <= MAX_TIER && g.institutionHeads.endingAt(name, name.length) !== undefined && HAN_ONLY.test(name) && !name.includes('的');
}

/** Whether a metric's name opens with a tier of institutions its words go on after (二级以上医院|设置老年医学科的比例). */
function opensWithTier(metric: string, g: IndicatorGrammar): boolean {
  const group = g.joinHeads.indexIn(metric);
  return group !== undefined && group.index + group.word.length <= MAX_TIER && group.index + group.word.length < metric.length && g.institutionHeads.has(group.word);
}

/** `head` + `tail`, the words `head` ends with and `tail` starts with written once (城市社区 + 社区养老… → 城市社区养老…). */
function joinShared(head: string, tail: string): string {
  let shared = 0;
  for (let k = Math.min(head.length, tail.length); k >= 2 && shared === 0; k--) if (head.endsWith(tail.slice(0, k))) shared = k;
  return head + tail.slice(shared);
}

/** How long a part of a total named before 各 may be (涪城区, 市本级, 农村地区). */
const MAX_PART = 6;

/**
 * The things counted in the clause right before `r`'s, each once (建议, 提案 of 办理人大代表建议142件、政协提案205件), when every
 * value of that clause is such a count.
 */
function countedBefore(text: string, s: number, r: Reading, statements: readonly Statement[]): string[] {
  if (r.clause - 1 <= s) return [];
  const from = clauseStart(text, r.clause - 1, s);
  const members = statements.flatMap((st) => st.members).filter((m) => m.reading.q.start >= from && m.reading.end < r.clause);
  if (!members.every((m) => m.reading.object)) return [];
  return [...new Set(members.map((m) => m.metric))];
}

/** How many values after `idx` are listed with it: values of a rate or amount, or with `counts` the counts of objects. */
function countListed(readings: Reading[], idx: number, counts = false): number {
  let n = 0;
  for (let k = idx + 1; k < readings.length && (readings[k] as Reading).listed && (readings[k] as Reading).object === counts; k++) n++;
  return n;
}
