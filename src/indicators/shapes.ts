// Groups the readings of a sentence into statements and names their metrics, one handler per
// sentence shape:
//   values     …分别控制在20/10万、7.0%和9.5%以内 (one value per metric), …和…均达到45% (one value, several metrics)
//   baseline   由X下降到Y / 从2015年的X提高到Y (a baseline, then the value reached)
//   milestones 到2022年达到60%,2025年达到70% (later values of the metric named before)
//   objects    新创建至少10个A、6个B (the counted noun follows the unit)
//   age limit  为农村35—64岁妇女免费做"两癌"检查 (the population the age defines)
// The names come from object-names (what a count counts), share-names (shares and rates), shared-names (what a list
// member elides), routines (how often a routine runs) and support-policies (amounts of support and rewards).
import { type Reading, reserveTime } from './reading.js';
import { clauseEnd, clauseStart, completeConjuncts, gradeNames, institutionShares, metricName, objectNoun, pointsBackAtMetrics, population, type Span, splitConjuncts, trailingGroups, trimLead, verbInsideFirst, verbOverConjuncts, verbsOfOneObject } from './metric.js';
import { WordSet } from '../grammar/words.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import { datedEach, ordinalPointsEach, pregnancyStageCount, procedural, seasonalEach } from './routines.js';
import { kindsOfCount, objectMetric, perHeadBeforeValue, placesOfCount, servedListed } from './object-names.js';
import { addedThing, breakdownName, byEnumerationComma, byMetricEnds, countedBefore, countedThing, countListed, distributedActs, groupFirst, increaseOfTotal, isTier, joinShared, objectOfClauseBefore, opensWithTier, otherInstitution, otherTier, sameFund, scopedNoun, sharedMeasure, spreadOver } from './shared-names.js';
import { grantsReward } from './grant.js';
import { ageLimitName } from './age-limit.js';
import { actingShare, completionName, coverageShare, grownMetric, populationShare, SHARE_OF, shareAllotted, shareDoneTo, shareName, shareOwner } from './share-names.js';
import { bracketAfterCount, projectAmounts, supportPolicies, withoutRewardStandards } from './support-policies.js';
import { han, HAN_ONLY } from '../text/han.js';
import { cropOutput } from './crop-output.js';
import { withoutArrangements } from './arrangements.js';

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
const PER_UNIT_BASE = han(/^每\p{Script=Han}{1,4}$/u);

/** A per-head base inside a provision frame (常住人口每人每年, 每人每月), before the bound of an amount. */
const PER_HEAD_BASE = han(/^(?:\p{Script=Han}{0,4}人口)?每人(?:每(?:年|月|天|日))?$/u);
const PER_HEAD_NAME = '人均';
/** A base of a hundred, thousand or ten thousand households or people (每百户, 每千人口, 每万人), as planning norms write it. */
const PER_POPULATION_BASE = /^每(?:百|千|万)(?:户|人口|人|常住人口|户籍人口|老年人口)$/u;

/** A clause that is only a denominator per head of population (每万人口, 每千人, 每百户): the metric before, per head. */
const PER_HEAD = /^每[0-9一二三四五六七八九十百千万]+(?:常住)?(?:人口|人|户|名)$/u;

/** Whether a date stands in the reading's clause before its number (“十四五”时期年均增长6.1%): a milestone of a metric said before. */
const datedClause = (r: Reading, dates: DateHit[]): boolean => dates.some((d) => d.year !== null && d.start >= r.clause && d.end <= r.q.start);

/**
 * A milestone bound with no verb in a later ；-part of the full sentence, after a year that opens the part (2026年，规上工业
 * 企业达到1500家；到2028年，突破1800家): a later level of the metric before, when it is counted in the same unit.
 */
const boundMilestone = (r: Reading, s: number, dates: DateHit[], beforeUnit: Reading['q']['unit'] | undefined): boolean =>
  !r.pred.verb && r.pred.comparator !== undefined && beforeUnit === r.q.unit && dates.some((d) => d.year !== null && d.start >= s && d.end <= r.q.start);

/** 各/每个 and a unit of the territory or an organisation (各县（市、区）, 每个乡镇, 各街道, 各区县 — a city's counties and districts together). */
const DISTRIBUTIVE_LEAD = /^(?:各|每个|每一个)(?:县市区|区县|县区|市县|县|市|区|乡镇|乡|镇|街道|村|行政村|社区|园区)(?:[（(][^（()）]{1,8}[）)])?/u;
/** Such a scope alone, with at most a verb of building after it (每个县（区）建成). */
const DISTRIBUTIVE_SCOPE = new RegExp(`${DISTRIBUTIVE_LEAD.source}(?:建成|建设|设立|设置|配备|建有)?$`, 'u');

/** A distributive scope (每个县（区）) with the thing a count before it counted (全市职业健康检查机构): 每个县（区）职业健康检查机构. */
function perUnitThing(scope: string, before: string, g: IndicatorGrammar): string {
  const lead = DISTRIBUTIVE_LEAD.exec(scope)?.[0] ?? scope;
  const over = DISTRIBUTIVE_LEAD.exec(before)?.[0] ?? g.scope.exec(before)?.[0] ?? '';
  const counted = addedThing(before.slice(over.length), g);
  // The verb that counted it stays with that count (培育|病媒生物防制服务机构): the floor is of the thing.
  const verb = g.objectVerbs.startingAt(counted, 0);
  const thing = verb !== undefined && verb.length < counted.length ? counted.slice(verb.length) : counted;
  return thing === '' ? scope : lead + thing;
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
  // A share named by its whole clause (see the share readings below): a statement of its own, its name up to `end`.
  const wholeShare = (r: Reading, metric: string, start: number, end: number): void => {
    nameEnd = end;
    wholeName = true;
    current = { members: [{ reading: r, metric, baseline: false }], span: { start, end } };
    currentNames = [];
    statements.push(current);
  };
  readings.forEach((r, idx) => {
    if (r.q.start < nameEnd && (wholeName ? r.q.unit.kind !== 'rate' : !r.post && !r.pred.comparator)) return;
    if (seasonalEach(text, r, g) || datedEach(text, r, dates, g) || ordinalPointsEach(text, r, g) || pregnancyStageCount(text, r, g)) return;
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
        if (prevMember.reading.q.unit === r.q.unit) m.name = otherTier(m.name, prevMember.metric, g);
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
      const counts = 1 + countListed(readings, idx, true);
      const kinds = (r.pred.distributor ? kindsOfCount(m.name, counts, g) : undefined) ?? placesOfCount(text, r, m.name, counts, dates, g);
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
      wholeShare(r, doneTo.name, doneTo.start, doneTo.end);
      return;
    }
    // A share of the population a service reaches, written before it (服务覆盖全街道75%以上的社区 → 服务覆盖社区比例).
    const reached = subject && subject.start < r.pred.start ? coverageShare(text, r, subject.start, e, g) : undefined;
    if (reached) {
      wholeShare(r, reached.name, subject!.start, reached.end);
      return;
    }
    const share = own === '' || g.scope.exec(own)?.[0] === own || g.joiners.endingAt(raw, raw.length) || g.shareExistentials.has(own) || opensClause ? populationShare(text, r, e, g) : undefined;
    if (share) {
      wholeShare(r, share.name, subject && subject.start < r.pred.start && !opensClause ? subject.start : r.pred.start, share.end);
      return;
    }
    // A share between a population and what it does (市级政务信息系统100%完成IPv6改造): the population's share doing it.
    const acting = subject && subject.start < r.pred.start && own !== '' && !opensClause ? actingShare(text, r, own, e, g) : undefined;
    if (acting) {
      wholeShare(r, acting.name, subject!.start, acting.end);
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
      // With neither, after a count of a thing in the same unit (全市职业健康检查机构不少于12家，确保每个县（区）至少有1家): the floor
      // for each unit is of that thing, named with the scope (每个县（区）职业健康检查机构), as plans set a total and then a floor per
      // county; the thing without the scope it was counted over (全市, 每个市（州）).
      if (clauseBefore === undefined && scoped === undefined && prevMember && prevMember.reading.q.unit === r.q.unit) whole = perUnitThing(whole, prevMember.metric, g);
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
    if (prevMember && r.q.unit === prevMember.reading.q.unit) whole = otherTier(whole, prevMember.metric, g);
    // An output with no crop after the area of a crop (粮食播种面积稳定在105万亩，总产量…): that crop's output.
    if (prevMember) whole = cropOutput(whole, prevMember.metric, g);
    if (elided && prevMember) whole = sharedMeasure(subjectBefore(elided, prevMember.metric), elided, g) + whole;
    else if (canContinue && prevMember && r.q.unit === prevMember.reading.q.unit && r.q.unit.kind !== 'count' && !prevMember.baseline) whole = otherInstitution(whole, prevMember.metric, g);
    else if (prevMember && r.q.unit.amount && prevMember.reading.q.unit.amount) whole = sameFund(whole, prevMember.metric, g);
    else if (prevMember && r.q.unit.unit === '%' && !prevMember.baseline) whole = completionName(whole, prevMember.metric, g) ?? whole;
    whole = perHeadBeforeValue(text, r) + whole;
    let names = actors ?? [groupFirst(whole, g)];
    if (acts?.length === values) names = acts.map((n) => metricName(n, g));
    // Institutions listed as the subject of a share's act, one value each (…中心和…卫生院设置护理床位的比例分别达到40%、30%).
    if (!actors && acts?.length !== values && r.pred.distributor && parts.length === 1 && r.q.unit.kind === 'rate') names = institutionShares(whole, values, g)?.map((n) => metricName(n, g)) ?? names;
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
      // …and so in a list (粮食播种面积和产量分别…).
      if (completed && (listSize === parts.length || r.pred.distributor !== undefined || (headed && !jointCount))) names = completed.map((n) => metricName(n, g)).map((n, k, all) => (k > 0 ? cropOutput(n, all[k - 1] as string, g) : n));
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
  return projectAmounts(text, supportPolicies(text, crewHeadcounts(withoutRewardStandards(withoutArrangements(statements, g, text, s), g, text), g), g), s, dates, g);
}

/** Each one of the crews counted, opening a name (每支队伍, 每个工作组). */
const EACH_ONE = /^每[支个组]/u;

/**
 * A bound on the people of each crew (每支队伍不少于30人, 每个工作组不超过8名: its name 每 + classifier + grammar crewNouns) sizes the
 * crew: the metric is its headcount, the name and the measure of the unit (grammar sizeNames: 人数), as a size bound before a crew's
 * noun is named (1支不少于20人的队伍 → 队伍人数).
 */
function crewHeadcounts(statements: Statement[], g: IndicatorGrammar): Statement[] {
  const named = (m: Member): Member => {
    const r = m.reading;
    const size = g.sizeNames.get(r.q.unit.unit);
    if (size === undefined || r.q.unit.kind !== 'count' || !(r.pred.comparator || r.post)) return m;
    if (!EACH_ONE.test(m.metric) || g.crewNouns.endingAt(m.metric, m.metric.length) === undefined) return m;
    return { ...m, metric: m.metric + size };
  };
  return statements.map((st) => ({ ...st, members: st.members.map(named) }));
}

/** How long a part of a total named before 各 may be (涪城区, 市本级, 农村地区). */
const MAX_PART = 6;
