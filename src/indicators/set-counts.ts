// Counts that only size a set a sentence speaks of, and so set no level: the territory's own divisions a measure covers, the
// field a ranking is among, the members of a body, the scope of an audit or survey, the whole a part is picked out of.
import type { Quantity } from './quantity.js';
import type { Reading } from './reading.js';
import type { IndicatorGrammar, UnitInfo } from '../grammar/indicators.js';
import { clauseEnd, clauseStart, trimLead } from './metric.js';
import { han, HAN } from '../text/han.js';
import { PHRASE_END } from './inside-names.js';
import { joinerEnd } from './joiners.js';
import { WHITE_SPACE } from '../text/breaks.js';
import type { DateHit } from '../dates/scan.js';

/**
 * A part of a total broken down after 其中 (启动建设14座水闸，其中完建4座、在建10座; 引进项目30个，其中10亿元
 * 以上项目3—5个): an item like the total, which is an item of the same sentence with the same unit.
 */
export function partOfTotal(text: string, q: Quantity, out: readonly Reading[], g: IndicatorGrammar): boolean {
  // The total may stand before earlier parts (完建4座、在建10座): any earlier item with the unit will do; institutions
  // are counted in 个 as well as 家/所 (医疗卫生机构3500个，其中医院180家、基层医疗卫生机构3200个).
  for (let k = out.length - 1; k >= 0; k--) {
    const total = out[k] as Reading;
    const part = g.partWords.indexIn(text, total.end, q.start);
    if (!part) continue;
    if (sameCount(total.q.unit, q.unit)) return true;
    if (countsInstitutions(total.q) && countsInstitutions(q) && g.institutionHeads.indexIn(text, part.index, q.start) !== undefined) return true;
    if (goodsBreakdown(total.q.unit, q.unit, g)) return true;
  }
  return false;
}

/**
 * Whether a part counts articles of a stock of goods totalled in pieces (救灾物资储备达到45万件，其中帐篷3000顶、折叠床1.5万张): the
 * total is in a unit of pieces (grammar goodsTotalUnits) and the part in the classifier of an article (grammar goodsPartUnits).
 */
const goodsBreakdown = (total: UnitInfo, part: UnitInfo, g: IndicatorGrammar): boolean => g.goodsTotalUnits.has(total.unit) && g.goodsPartUnits.has(part.unit);

/**
 * Whether two units count the same things: the same unit, one that counts per showing or batch and the other (场次, 场), or two
 * that both count as a third (人次 and 名, both counting people as 人 does).
 */
const sameCount = (a: UnitInfo, b: UnitInfo): boolean => a.unit === b.unit || a.sameAs === b.unit || b.sameAs === a.unit || (a.sameAs !== undefined && a.sameAs === b.sameAs);

/**
 * A unit that counts institutions: 家/所 (the units whose object is an institution), the general 个, or 户, in which
 * market entities are counted (新增经营主体1.5万户，其中新设企业4000家).
 */
const countsInstitutions = (q: Quantity): boolean => q.unit.object === 'first' || q.unit.unit === '个' || q.unit.unit === '户';

/** How long the people a service reaches may be named between their count and its verb (…名就业年龄段智力、精神和重度肢体残疾人提供). */
export const MAX_BENEFICIARY = 24;

/** A bracket after a division noun that lists the other kinds counted with it (乡（镇、街道）, 县（市、区）). */
export const DIVISION_KINDS = /[（(][^（()）]*[）)]/gu;

/**
 * Whether the noun counted before a service verb is a kind of administrative division (对全县12个乡（镇、街道）开展巡查,
 * 对12个县（市、区）开展考核): the divisions of the territory, a fact of it, not an amount of work the plan sets.
 */
export function countsDivisions(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const stop = Math.min(e, end + MAX_BENEFICIARY + 1, clauseEnd(text, end, e));
  const verb = g.benefactiveVerbs.indexIn(text, end, stop);
  if (verb === undefined) return false;
  let noun = text.slice(end, verb.index).replace(DIVISION_KINDS, '').trim();
  for (let adverb = g.mannerAdverbs.endingAt(noun, noun.length); adverb; adverb = g.mannerAdverbs.endingAt(noun, noun.length)) noun = noun.slice(0, -adverb.length);
  return g.divisionNouns.has(noun);
}

/** 全覆盖 closing the clause right after the noun counted (实现13个街道全覆盖。), the noun with a bracket of the other kinds counted
 *  with it whole (实现11个县（市、区）全覆盖: the 、 inside the bracket joins no second noun). */
export const FULL_COVERAGE = /^((?:[^，,。；;、：:0-9０-９（(]|[（(][^（()）]{0,8}[）)]){1,10}?)全覆盖(?=$|[，,。；;）)])/u;
/** The whole territory right before a count (全县19个乡镇, 全镇12个行政村, 辖区12个街道): the count is of all its divisions. */
export const WHOLE_TERRITORY = /(?:全[省市州盟县区旗镇乡]|辖区)$/u;

/** Whether a count after the whole territory is of its divisions, with the measure each is taken by after their noun (全乡9个村集体
 *  经济收入, 全县12个乡镇地区生产总值): the subject of a predicate spread over them all. */
export function eachDivisionMeasured(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return WHOLE_TERRITORY.test(text.slice(Math.max(0, r.q.start - 3), r.q.start)) && g.divisionNouns.startingAt(text, r.end) !== undefined;
}
/** The longest noun of divisions (脱贫村, 地级以上市) looked up after a count. */
const MAX_DIVISION_NOUN = 8;

/**
 * Whether a count is of the administrative divisions a measure covers, all of them: right after 覆盖全县 (项目覆盖全县19个
 * 乡（镇）, 法律顾问覆盖全县490个村（社区）), before 全覆盖 closing its clause (实现13个街道全覆盖), after the whole territory as
 * the subject of 实现…全覆盖 (全县19个乡镇实现卫生院全覆盖), or joined by 、/和 to such a count (…、43个脱贫村), or right after its
 * noun, the levels written one after the other (覆盖全区6个街道52个社区); so is a count of the institutions of the territory's
 * divisions right after 覆盖全区 (覆盖全区12个乡镇卫生院). Full coverage is the target and has no number; the count is a fact of
 * the territory. A count of units a service checks with full coverage (对21家学校食堂开展全覆盖检查) is no division and stays.
 */
export function coveredDivisions(text: string, r: Reading, coveredEnd: number, g: IndicatorGrammar): boolean {
  if (wholeTerritoryCovered(text, r, g)) return true;
  // 面向全市4个县（区）开展轮训: the divisions of the whole territory a measure is for, named before its verb.
  const scoped = territoryScopeBefore(text, r.q.start, g);
  if (scoped && countsDivisions(text, r.end, text.length, g)) return true;
  const noun = divisionNoun(text, r.end);
  if (noun === undefined) return false;
  // After 覆盖全区 the institutions of its divisions are all of the territory's too (覆盖全区12个乡镇卫生院、230个村卫生室:
  // grammar divisionInstitutions; not firms or schools, 覆盖全市300家规上工业企业, which a plan sets as targets).
  const division = g.divisionNouns.endingAt(noun, noun.length) !== undefined;
  if (!division && g.divisionInstitutions.endingAt(noun, noun.length) === undefined) return false;
  if (scoped) return true;
  if (coveredEnd >= 0 && /^[^，,。；;：:、和及]{0,12}(?:、|和|及)?\s*$/u.test(text.slice(coveredEnd, r.q.start).replace(DIVISION_KINDS, ''))) return true;
  return division && FULL_COVERAGE.test(text.slice(r.end, r.end + MAX_DIVISION_NOUN + 8));
}

/** How many characters the name of a size in an aside may have before its number (规划用地面积, 总建筑面积). */
const MAX_SIZE_ASIDE_NAME = 8;
/** Brackets that open and close an aside. */
const ASIDE_OPEN = new Set(['（', '(']);
const ASIDE_CLOSE = new Set(['）', ')']);

/**
 * Whether the size `r` reads is all of a bracket set right after a noun, the bracket opened by the name of the size (grammar
 * sizeAsideNames, perhaps with words before it: 规划用地面积) and closed right after the unit: （面积1200平方米）. Not after a
 * target's name (规划总目标（…）: grammar bracketedTargets).
 */
export function sizeAside(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!ASIDE_CLOSE.has(text[r.end] ?? '')) return false;
  const name = g.sizeAsideNames.endingAt(text, r.q.start);
  if (name === undefined) return false;
  let open = r.q.start - name.length;
  while (open > 0 && r.q.start - open <= MAX_SIZE_ASIDE_NAME && HAN.test(text[open - 1] ?? '')) open--;
  open--;
  if (open < 1 || !ASIDE_OPEN.has(text[open] ?? '')) return false;
  return HAN.test(text[open - 1] ?? '') && g.bracketedTargets.endingAt(text, open) === undefined;
}

/**
 * Whether the quantity `r` reads is a stage or discharge read at a gauging station: right after the name of one (grammar
 * gaugeNames: 警戒水位, 最高水位, 超警戒水位, 最大流量) and in a unit it is read in (grammar gaugeUnits). The caller keeps it when a
 * bound or a target verb sets it (控制在…米以下).
 */
export function gaugeReading(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return g.gaugeUnits.has(r.q.unit.unit) && g.gaugeNames.endingAt(text, r.q.start) !== undefined;
}

/**
 * Whether the quantity `r` reads is the running time of recorded content: a unit of running time (grammar runningTimeUnits) right
 * after a noun of content counted so (grammar recordedContentNouns: 新建数字资源200小时, 影像资料60小时). Such hours are an amount
 * of content to deliver, as a length of works is, not a span of time.
 */
export function recordedLength(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return !r.q.hanzi && g.runningTimeUnits.has(r.q.unit.unit) && g.recordedContentNouns.endingAt(text, r.q.start) !== undefined;
}

/** How far after a count the noun of a natural event may end (区域性暴雨过程). */
const MAX_EVENT_NOUN = 8;
/** What ends a list of examples (洪水等): the noun run after a count stops there as at a joiner. */
const EXAMPLES_END = '等';

/**
 * Whether the count `r` reads counts events of weather or water that a place goes through: the noun run right after the unit ends,
 * before a stop, 等 or a joiner (grammar joiners: 强降水和…台风, 洪水、…), in one of grammar naturalEvents (4次编号洪水, 7次区域性暴雨过程, 22轮强降水).
 */
export function naturalEventCount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.q.unit.kind !== 'count') return false;
  let end = r.end;
  while (end < text.length && end - r.end < MAX_EVENT_NOUN && HAN.test(text[end] ?? '') && text[end] !== EXAMPLES_END && g.joiners.startingAt(text, end) === undefined) end++;
  return end > r.end && g.naturalEvents.endingAt(text, end) !== undefined;
}

/**
 * 覆盖 or a preposition of whom a measure is for, then the whole territory, right before a count (覆盖全县, 面向全市, 对辖区). 在,
 * where a measure is carried out, makes the count the territory's divisions (在全县14个乡镇开展宣传) but not of a pilot's sites,
 * chosen within the territory (在全市10个社区开展垃圾分类试点: grammar pilotWords in the clause).
 */
export function territoryScopeBefore(text: string, at: number, g: IndicatorGrammar): boolean {
  const whole = WHOLE_TERRITORY.exec(text.slice(Math.max(0, at - 3), at));
  const word = whole === null ? undefined : g.territoryScopeWords.endingAt(text, at - whole[0].length);
  if (word === undefined) return false;
  return !g.sitePrepositions.has(word) || g.pilotWords.indexIn(text, at, clauseEnd(text, at, text.length)) === undefined;
}

/**
 * Whether a count of all the divisions of a territory, after its whole-territory word, is what a measure reaches in full by the
 * clause's end (全镇12个行政村实现5G网络全覆盖): the measure and its object may stand between the divisions and 全覆盖.
 */
function wholeTerritoryCovered(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!WHOLE_TERRITORY.test(text.slice(Math.max(0, r.q.start - 3), r.q.start))) return false;
  const end = clauseEnd(text, r.end, text.length);
  if (g.divisionNouns.startingAt(text, r.end) !== undefined && /全覆盖[）)]?$/u.test(text.slice(r.end, end).trimEnd())) return true;
  // 推动全镇12个村卫生室全部接入…, 全县19个乡镇卫生院均完成…: all the territory's divisions, or the institution each of them has,
  // spread over by a distributor right after their noun: the size of the set, no level to reach.
  const spread = g.distributors.indexIn(text, r.end, end);
  if (!spread) return false;
  const noun = text.slice(r.end, spread.index).replace(DIVISION_KINDS, '').trim();
  return g.divisionNouns.has(noun) || (noun.length <= MAX_DIVISION_NOUN && g.divisionInstitutions.endingAt(noun, noun.length) !== undefined);
}

/** A noun of divisions: no joiner, punctuation, 的 or digit, but a bracket of the other kinds counted with it whole (县（市、区）). */
const DIVISION_NOUN = /^(?:[^，,。；;、：:和及的0-9０-９（(]|[（(][^（()）]{0,8}[）)]){1,12}/u;

/** The noun of divisions right after a count's unit (乡（镇）, 脱贫村, 街道), up to a joiner, punctuation or 全覆盖, or undefined. It
 *  ends before 的 too: the divisions then modify what covers them (覆盖全县16个乡镇的养老服务网络), still all of the territory's. */
export function divisionNoun(text: string, end: number): string | undefined {
  const m = DIVISION_NOUN.exec(text.slice(end, end + 12));
  if (!m) return undefined;
  const noun = m[0].replace(/全覆盖.*$/u, '').replace(DIVISION_KINDS, '').trim();
  return noun.length > 0 && noun.length <= MAX_DIVISION_NOUN ? noun : undefined;
}

/** The noun of the field a ranking is among, then 中 (18个县（市、区）中, 100个县中): no punctuation or digit, a bracket whole. */
const RANKED_FIELD = /^(?:[^，,。；;、：:的0-9０-９（(]|[（(][^（()）]{0,8}[）)]){1,10}?中/u;

/** Whether a count's noun and 中 are followed by a verb of a place in a ranking (grammar rankVerbs): the field ranked. */
export function rankedField(text: string, end: number, g: IndicatorGrammar): boolean {
  const m = RANKED_FIELD.exec(text.slice(end, end + 24));
  return m !== null && g.rankVerbs.startingAt(text, end + m[0].length) !== undefined;
}

/** The noun of indicators right after a count (8项主要经济指标, 5项指标): no punctuation, digit or 的 before 指标. */
const COUNTED_INDICATORS = /^[^，,。；;、：:的0-9０-９]{0,8}?指标/u;
/** How long the aspect of the indicators ranked may be between 指标 and the rank verb (增速, 增幅, 总量). */
const MAX_RANKED_ASPECT = 3;
/** A place or a cut in a ranking (第一, 第3位, 前三, 前10名, 前列, 首位). */
const RANK_POSITION = /第[0-9０-９一二三四五六七八九十]+|前[0-9０-９一二三四五六七八九十]+|前列|首位/u;

/**
 * Whether a count is of the indicators that stand in a ranking (8项主要经济指标增速排名全市前三, 5项指标位居全省第一): a review
 * tallies how many of its indicators were ranked high (grammar rankVerbs or rankEntryVerbs, then a place or cut in the clause: 3项
 * 科技指标进入全省前十), a count of indicators
 * and no level of any of them, as the place itself is none.
 */
export function indicatorsRanked(text: string, end: number, g: IndicatorGrammar): boolean {
  const noun = COUNTED_INDICATORS.exec(text.slice(end, end + 12));
  if (noun === null) return false;
  const stop = clauseEnd(text, end, text.length);
  const after = end + noun[0].length;
  for (let k = after; k <= after + MAX_RANKED_ASPECT && k < stop; k++) {
    const verb = g.rankVerbs.startingAt(text, k) ?? g.rankEntryVerbs.startingAt(text, k);
    if (verb !== undefined) return RANK_POSITION.test(text.slice(k + verb.length, stop));
  }
  return false;
}

/** A place reached in a ranking, written as an ordinal (第12位, 第3名). */
const RANK_PLACE = /第[0-9０-９一二三四五六七八九十百]+[位名]/u;

/**
 * Whether an item is a measured move in a ranking written after the place it moved to (排名第12位，较上年前移5位; grammar rankVerbs
 * before the place). In a review the place is the result of an outside evaluation, no level of a metric (the set's 排名全市第二,
 * g504's 排名全国第186位), and the move only annotates that place. A move the plan sets (力争…排名较上年前移5位) is a change to reach
 * and stays, and so does a move measured with no place stated (位次前移2位).
 */
export function movedToPlace(item: string, unit: string | null, kind: string, g: IndicatorGrammar): boolean {
  if (kind !== 'actual' || unit !== '位') return false;
  const place = RANK_PLACE.exec(item);
  return place !== null && g.rankVerbs.indexIn(item, 0, place.index) !== undefined;
}

/** How long the noun between a count and its member verb may be (18个部门参与的, 12家成员单位组成的). */
const MAX_MEMBER_NOUN = 6;

/** How long a listed member's noun may be before the next count of the list (1名县级医院专科医生、1名…). */
const MAX_LISTED_MEMBER_NOUN = 12;

/** A number and its one-character measure word (1名, 12家) at the start of a listed member. */
const LISTED_COUNT = /^[0-9０-９]+\S/u;

/** Where the noun of the next count of a list of members starts, when a joiner at `k` (1名专科医生、1名全科医生和1名村医) is followed
 *  by a count; else undefined. */
function nextListedCount(text: string, k: number, g: IndicatorGrammar): number | undefined {
  const next = joinerEnd(text, k, g);
  if (next === undefined) return undefined;
  const m = LISTED_COUNT.exec(text.slice(next, next + 7));
  return m ? next + m[0].length : undefined;
}

/**
 * Whether a count's noun is followed by a member verb and 的 (18个部门参与的…): the members of a body. A composition is often
 * listed one count per kind of member, the member verb written once after the last (选择1名县级医院专科医生、1名乡镇卫生院全科
 * 医生和1名村医组成的团队): a join followed by the next count carries the reading on to that count's noun, so every listed count is
 * one of the body's members.
 */
export function membersOfBody(text: string, end: number, g: IndicatorGrammar): boolean {
  let count = end;
  for (let k = end; k <= count + MAX_LISTED_MEMBER_NOUN && k < text.length; k++) {
    const next = nextListedCount(text, k, g);
    if (next !== undefined) {
      count = next;
      k = next - 1;
      continue;
    }
    if (PHRASE_END.test(text[k] as string)) return false;
    const verb = g.memberVerbs.startingAt(text, k);
    if (verb && text[k + verb.length] === '的') return k <= count + MAX_MEMBER_NOUN;
  }
  return false;
}

/** Whether the clause at `clause` opens with a verb of an audit's scope (grammar auditScopeVerbs, past its lead words) that is
 *  not followed by a finding (审计发现), before the quantity at `to`. */
export function auditScope(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let i = clause;
  while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  const lead = g.auditScopeLeads.startingAt(text, i);
  if (lead !== undefined) i += lead.length;
  const verb = g.auditScopeVerbs.startingAt(text, i);
  return verb !== undefined && i + verb.length <= to && g.auditFindingWords.startingAt(text, i + verb.length) === undefined;
}

/** Whether 比例 (after 的, if written) follows a ratio ending at `end` and a verb of sharing a cost ends its clause's phrase (按6:4的
 *  比例分担项目资金: grammar costSharingVerbs). */
export function costSplit(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const at = text[end] === '的' ? end + 1 : end;
  if (!text.startsWith(SHARE_OF_COST, at)) return false;
  return g.costSharingVerbs.indexIn(text, at + SHARE_OF_COST.length, clauseEnd(text, at, e)) !== undefined;
}

/** The noun a cost's split is stated with (按6:4的比例分担). */
const SHARE_OF_COST = '比例';

/** Whether the clause at `clause` opens (past white space) with a word naming the standard a work is checked against (grammar
 *  referenceLeads: 对照, 对标) and runs to the quantity at `to` without a break of its own. */
export function referenceSet(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let i = clause;
  while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  const lead = g.referenceLeads.startingAt(text, i);
  return lead !== undefined && i + lead.length < to;
}

/**
 * Whether the clause at `clause`, or an earlier clause of its sentence (from `s`), opens (past white space) with a word of what is in
 * force now (grammar inForceWords: 现行, 现执行) before the quantity at `to`: 现行非居民用气价格为3.48元/立方米，居民用气第一档价格为
 * 2.86元/立方米 states the schedule the rules set, clause by clause, a fact of the present and no level to reach.
 */
export function inForceStatement(text: string, s: number, clause: number, to: number, g: IndicatorGrammar): boolean {
  for (let c = clause; ; c = clauseStart(text, c - 1, s)) {
    let i = c;
    while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
    if (g.inForceWords.startingAt(text, i) !== undefined) return true;
    if (c <= s) return false;
  }
}

/**
 * Whether a noun of the criteria to be recognised or to apply (grammar criteriaWords: 认定标准, 申报条件) followed by a copula
 * (criteriaCopulas: 为, 是, ：) stands in the sentence from `s` before the quantity at `to`: 认定标准为展教面积不少于500平方米、年接待
 * 公众不少于1万人次 states the thresholds a candidate must meet, clause by clause to the end of the sentence, no level to reach.
 */
export function criteriaStatement(text: string, s: number, to: number, g: IndicatorGrammar): boolean {
  for (let from = s; from < to; ) {
    const hit = g.criteriaWords.indexIn(text, from, to);
    if (hit === undefined) return false;
    const after = hit.index + hit.word.length;
    if (after < to && g.criteriaCopulas.startingAt(text, after) !== undefined) return true;
    from = after;
  }
  return false;
}

/** Whether a survey team (grammar surveyTeams) is named in the sentence from `s` before the clause at `clause`, or in it, and the clause
 *  opens (past white space, the team itself and auditScopeLeads) with a verb of the survey's method (surveyMethodVerbs) before the quantity at `to`. */
export function surveyMethod(text: string, s: number, clause: number, to: number, g: IndicatorGrammar): boolean {
  let i = clause;
  while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  // The team may open the clause itself (执法检查组共召开座谈会9次).
  i += g.surveyTeams.startingAt(text, i)?.length ?? 0;
  const lead = g.auditScopeLeads.startingAt(text, i);
  if (lead !== undefined) i += lead.length;
  const verb = g.surveyMethodVerbs.startingAt(text, i);
  // The clause's verb first: the team is looked for from the sentence's start, which for each quantity of a long run-on
  // sentence would scan it all again.
  return verb !== undefined && i + verb.length <= to && g.surveyTeams.indexIn(text, s, to) !== undefined;
}

/** How far before a count the bracket that glosses a plus-label may open, and how far before that bracket the label may end. */
const GLOSS_REACH = 40;
/** A label of numbers joined by + (1+1+1, 1+1+N, 3+X), its quotation marks and a short noun after it, right before an open bracket. */
const PLUS_LABEL_BEFORE = han(/(?:[0-9０-９NnXx]\s*[+＋]\s*)+[0-9０-９NnXx][”"’]?\p{Script=Han}{0,10}$/u);

/** Whether the count at `at` stands inside a bracket, opened in its clause, that follows a plus-label (“1+1+N”团队（1名全科医生、…）). */
export function plusLabelGloss(text: string, clause: number, at: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= Math.max(0, clause - 1, at - GLOSS_REACH); i--) {
    const c = text[i];
    if (c === '）' || c === ')') return false;
    if (c === '（' || c === '(') {
      open = i;
      break;
    }
  }
  return open >= 0 && PLUS_LABEL_BEFORE.test(text.slice(Math.max(0, open - 24), open));
}

/** Whether the clause from `clause` opens, after white space, with a word of some members of a set (grammar someMembers) before `to`. */
export function someMembersSubject(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let subject = clause;
  while (subject < to && WHITE_SPACE[text.charCodeAt(subject)] === 1) subject++;
  return g.someMembers.startingAt(text, subject) !== undefined;
}

/** A joiner right before a quantity: it is the next member of a list (5个地级市和5个县级城市). */
const LIST_JOINER = /(?:和|、|及|与|以及|或)\s*$/u;

/** A 的-attribute of a few characters, with no number or clause mark in it, that singles out the set a count sizes (纳入调度的,
 *  列入年度计划的). */
const SET_ATTRIBUTE = han(/^[\p{Script=Han}“”]{1,12}的$/u);

/** The counted noun after a count, up to a partitive closer that ends its clause or opens 有 (…乡镇卫生院中，, …医院中有). Up to 24
 *  characters: the whole is often two kinds of institution joined with 和 under a division's bracketed kinds (12个镇（街道）社区卫生
 *  服务中心和卫生院中), one set the part is picked out of. */
const PARTITIVE_NOUN = han(/^[\p{Script=Han}“”（）()、]{1,24}$/u);

/**
 * Whether a count and its noun close with a partitive word (grammar partitiveEnds: 全县14个乡镇卫生院中，…) before the clause ends or
 * before 有, with a later count in the sentence: the part picked out of the whole this count sizes.
 */
export function partitiveWhole(text: string, r: Reading, all: readonly Reading[], e: number, g: IndicatorGrammar): boolean {
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end + 1; k <= end; k++) {
    if (k < end && text[k] !== '有') continue;
    const closer = g.partitiveEnds.endingAt(text, k);
    if (!closer || g.notPartitive.endingAt(text, k) !== undefined || !PARTITIVE_NOUN.test(text.slice(r.end, k - closer.length))) continue;
    return all.some((o) => o.q.start >= k && o.q.start < e && o.q.unit.kind === 'count');
  }
  return false;
}

/**
 * Whether a count opens its clause's subject (only dates, lead words and a scope before it: 全县62个县级重点项目…) and another
 * count or amount follows in the same clause (…完成投资41.8亿元), not joined to it as the next member of a list: the count is the
 * size of the set that quantity measures.
 */
export function setMeasured(text: string, r: Reading, all: readonly Reading[], e: number, dates: DateHit[], g: IndicatorGrammar): boolean {
  const lead = trimLead(text, r.clause, r.pred.start, dates, g);
  const scoped = lead + (g.scope.exec(text.slice(lead, r.pred.start))?.[0].length ?? 0);
  // The set may be singled out by a 的-attribute before its count (全县纳入调度的98个省市县重点项目完成投资103.5亿元).
  if (scoped !== r.pred.start && !SET_ATTRIBUTE.test(text.slice(scoped, r.q.start))) return false;
  const end = clauseEnd(text, r.end, e);
  // A count, amount or physical measure of the set's own (…公共机构能源消费总量为13.85万吨标准煤), not the next member of a list of
  // counts (5个地级市和5个县级城市新获评…: both achieved), nor a span of time (57个县（市）…近3年年均增速…: when, not how much).
  return all.some((o) => o.q.start >= r.end && o.q.start < end && (o.q.unit.kind === 'count' || (o.q.unit.kind === 'measure' && !SPAN_UNITS.has(o.q.unit.unit))) &&
    !LIST_JOINER.test(text.slice(Math.max(r.end, o.q.start - 2), o.q.start)));
}

/**
 * Whether the reading is a size that particularises a site (建筑面积, 占地面积: siteSizes) with no verb or bound, in a review sentence
 * that says before it what a place has or where it lies (医院现有两个院区，门诊综合楼建筑面积3.2万平方米; 东院区位于…，占地面积86亩:
 * stockHolding, siteWords): a profile of an institution gives the particulars of its existing sites so, clause after clause, and
 * such a size measures a building that stands, no level the period reached. A size of works done has its verb (新建住院楼1栋，建筑面积
 * 2.6万平方米); a length (现有河道总长度…，立项整治长度270.5公里) is no site's particular. Outside a review, the same holds in the
 * 概况 of a place that opens with where it lies (placeProfile), for its areas and heights as well (grammar profileSizes).
 */
export function siteParticular(text: string, s: number, r: Reading, review: boolean, g: IndicatorGrammar): boolean {
  if (!r.q.unit.size || r.q.hanzi || r.pred.verb || r.pred.comparator || r.post) return false;
  const siteSize = g.siteSizes.endingAt(text, r.q.start) !== undefined;
  if (!review) return (siteSize || g.profileSizes.endingAt(text, r.q.start) !== undefined) && placeProfile(text, s, r.clause, g);
  return siteSize && (g.stockHolding.indexIn(text, s, r.clause) !== undefined || g.siteWords.indexIn(text, s, r.clause) !== undefined);
}

/**
 * Whether the sentence opens with where its subject lies (保护区位于某县南部，…; 景区坐落于…，…: grammar siteWords in its first clause)
 * and the reading stands in a later clause: the 概况 of a place, which plans and reports give before any task, in no past year and
 * in no review section, clause after clause of particulars (its area, the areas of its zones, its height) of a place that stands.
 */
function placeProfile(text: string, s: number, clause: number, g: IndicatorGrammar): boolean {
  const first = clauseEnd(text, s, clause);
  return first < clause && g.siteWords.indexIn(text, s, first) !== undefined;
}

/** Units of a span of time, which say when or how long rather than how much of something a set has. */
const SPAN_UNITS = new Set(['年', '个月', '周', '天', '日', '小时', '分钟']);
