// Decides, for each quantity of a sentence, whether it is an indicator and how it is built: its
// predicate, the comparator after it, and whether it counts an object (建成 N 个 X) or limits an
// age (35岁以上就诊人群). Quantities that only name or describe something are dropped here.
// The checks it runs live by what they recognise: rule-settings (numbers a rule or law fixes), scoring (points of an
// assessment), set-counts (counts that size a set), inside-names (values inside a name), object-verb (the verb of a counted
// object), list-members and attainers (how a count joins the quantities around it).
import type { Comparator, IndicatorGrammar } from '../grammar/indicators.js';
import { BARE, bracketUnitBefore, cadenceIn, groupsAfterHead, isRatio, type Quantity } from './quantity.js';
import { basisStart, boundBeforeVerbPhrase, endsNoun, leadComparator, type Predicate, readAfter, readPredicate, stepWithin } from './predicate.js';
import { clauseEnd, clauseStart, objectNoun, type Span, trimLead } from './metric.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { han, HAN_ONLY } from '../text/han.js';
import type { DateHit } from '../dates/scan.js';
import { lastEndingBetween, laterBefore, laterInClause, prefixMaxEnds } from './neighbours.js';
import { allotsPoints, scoringRule } from './scoring.js';
import { auditScope, costSplit, criteriaStatement, countsDivisions, coveredDivisions, DIVISION_KINDS, eachDivisionMeasured, FULL_COVERAGE, gaugeReading, indicatorsRanked, inForceStatement, membersOfBody, naturalEventCount, partitiveWhole, partOfTotal, plusLabelGloss, rankedField, recordedLength, referenceSet, setMeasured, siteParticular, sizeAside, someMembersSubject, surveyMethod, territoryScopeBefore } from './set-counts.js';
import { ageNamed, classAfterCount, classAfterCountOfNoun, countNamed, inNextMetricName, labelAfter, nounFollows, pastKindNoun, PHRASE_END, qualifiesNoun, strengthOfPreparation, outputInProjectName, sizeClassesNoun, unitlessHeadBefore } from './inside-names.js';
import { bareCountAfterTarget, benefactive, extentOfWorks, gapCondition, levelFollows, listHead, listVerb, memberEnd, namedListSize, placeAfterHead, placeListedAfter, prepositionBefore, reachedAfter, reachesBareBaseline, repeatedBasis } from './list-members.js';
import { dimensionFactor, resolutionSpacing } from './dimension.js';
import { actLeadTime, benefitTerm, bufferZone, choiceBand, classThreshold, clearance, fineAmount, guidelineAdvice, judgedLimit, legalCeiling, longestTerm, occasionSize, perBaseNorm, perUnitAdvice, permitted, ratedCapacity, ruleContent, sliceEdge, spaceAllotment, SPACING_UNITS, spacingFloor, spreadAdvice, standardListTerm, taxLawRate, timesCapAfterSpacing } from './rule-settings.js';
import { yearlySplitMember } from './yearly-split.js';
import { actOfEngagedAgent, admissionVerb, adverbialsEnd, afterReach, carryOutBefore, clauseObjectVerb, countedRightAfterVerb, governed, insideHeldName, insideHolderName, insideObject, leadSplit, opensBenefitCap, projectNameWord, verbJoinedByHe } from './object-verb.js';
import { attainedByCount } from './attainers.js';
import { rulesCoveredByActivity } from './rule-set.js';
import { ageOfListedGroup } from './age-limit.js';
import { onlyJoiners, opensWithJoiner } from './joiners.js';
import { quantityNounBefore } from './quantity-nouns.js';

/** A metric counted per base of population or households (每千人口…数, 每万人…, 每百户…), right before its copula. */
const PER_BASE_METRIC = han(/每(?:[十百千万]|[0-9０-９]+万?)(?:常住)?(?:人口|人|户|名)[\p{Script=Han}（）()]{1,20}(?:数|量)$/u);

/** A clause that is only a ratio's name per head of population right before its value, without the 数 that usually closes
 *  it (每万常住人口全科医生4.5人, 每千人口床位6.5张): how lists, tables and 一图读懂 cards shorten 每千人口…数; a ratio, so a
 *  level with no verb, as 每千人口执业(助理)医师数2.5人 is. */
const PER_POPULATION_NAME = han(/^每(?:[十百千万]|[0-9０-９]+万?)(?:常住)?人口(?![中里内])(?:(?!有)[\p{Script=Han}（）()]){1,20}$/u);

/** Whether a clause is only a ratio's name per head of population (PER_POPULATION_NAME), also past the scope word that
 *  opens so many review and target sentences (全省每10万人口精神科执业（助理）医师3.46名, 全市每千人口床位6.5张): the scope is
 *  where the ratio is counted, no part of its name. */
function perPopulationName(clause: string, g: IndicatorGrammar): boolean {
  return PER_POPULATION_NAME.test(clause.slice(g.scope.exec(clause)?.[0].length ?? 0));
}

export interface Reading {
  q: Quantity;
  pred: Predicate;
  post: { comparator: Comparator; end: number } | undefined;
  /** Start of the clause holding the quantity. */
  clause: number;
  /** Where this quantity's subject may start: the clause start, or the end of an earlier quantity in the clause (崇明岛42.03％、长兴岛80.28％). */
  floor: number;
  /** End of the quantity with its comparator after it. */
  end: number;
  /** Counts an object named after the unit (建成 N 个 X). */
  object: boolean;
  /** An age limit that defines a population (35岁以上就诊人群). */
  ageLimit: boolean;
  /** The object named between the verb and a sum word (完成扶贫一线干部共 240 人). */
  between: Span | undefined;
  /** Joined to the reading before it as a member of the same list (20/10万、7.0%和9.5%). */
  listed: boolean;
  /** The bound size of each thing the reading before it counts, written right after that count (1支50人以上的队伍). */
  sizeOf?: boolean;
  /** A bare count that goes on a list of targets (…达到9家、床位1180张; …达到85万人次，出院患者3.2万人次): see bareCountAfterTarget. */
  bareMember?: boolean;
  /** The metric of the yearly split this reading is a member of (改造任务分年度安排为：2025年162个、2026年156个). */
  yearSplit?: Span;
}

/**
 * How far before a count its object verb may stand (新增床位2000张): official noun phrases run long
 * (培育省级智慧健康养老应用试点示范企业15家, 累计建成市级以上智能工厂（数字化车间）120个), and so do the lists
 * of kinds a count sums up (建成医学影像、心电诊断、医学检验、病理诊断和消毒供应5个资源共享中心).
 */
const MAX_OBJECT_BEFORE = 32;
/** Units of a span of time that a change may be said to take (两年增长50%, 五年翻一番). */
const DURATION_UNITS = new Set(['年', '个月']);
/** A unit of a measure per unit of something (公斤/亩, 千克标准煤/人): written with a slash. */
const PER_UNIT_MEASURE = /^[^/]+\/[^/]+$/u;

/** Working days, the unit procedural time limits are counted in (10个工作日内答复, 可延长至20个工作日). */
const WORKING_DAYS = new Set(['个工作日', '工作日']);
/** 平均 in a term's name: an average measured over cases, a level (平均审理期限为38天). */
const AVERAGE = '平均';

/** How far a measure label (15分钟健康服务圈) may follow its duration. */
const MAX_LABEL_AFTER = 8;

/** 并 joins verbs only: an object that opens with it runs on with a second verb of the same object (发现并登记…患者), unless
 *  it opens a noun (grammar notJoiners: 并网, 并购). So does 或 straight after a verb: a choice of works done to one object
 *  (新开通或优化公交线路15条, 新建或改扩建幼儿园12所), and 和 straight after it: works done to one object counted together
 *  (新开通和优化公交线路25条), the second verb being one no object-verb list need hold (verbJoinedByHe says when 和 does). */
const VERB_JOINER_START = /^\s*[并或和]/u;

/** Whether the quantity text[start, end) stands alone in brackets that close the text (…项目（3个）): a heading's tally. */
function tallyClosing(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = text[end];
  if (!((open === '（' && close === '）') || (open === '(' && close === ')'))) return false;
  for (let k = end + 1; k < text.length; k++) if (WHITE_SPACE[text.charCodeAt(k)] !== 1) return false;
  return true;
}

/** A letter symbol (X, Y, H, Ps, ｈ) and an equals sign, half- or full-width, right before a number. */
const SYMBOL_ASSIGNED = /(?:^|[^A-Za-z0-9Ａ-Ｚａ-ｚ０-９.])[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９_]{0,3}\s*[=＝]\s*$/u;
/** How far back a symbol and its equals sign may stand from the number. */
const SYMBOL_REACH = 12;

/** Whether the number at `start` is assigned to a letter symbol (X=3158426.375, H＝47.3米): a coordinate or a formula's value. */
function symbolValue(text: string, start: number): boolean {
  return SYMBOL_ASSIGNED.test(text.slice(Math.max(0, start - SYMBOL_REACH), start));
}

/**
 * Only a list separator between a stock count and the next clause (现有医疗卫生机构321个，床位2150张): the list of
 * the stock goes on, unless the next clause names a metric of its own (总长度717.6公里，立项整治长度270.5公里).
 */
const STOCK_LIST_GAP = /^\s*[，,、]\s*$/u;
/** A 、 and a noun alone between a stock count and the next count of its clause: the next member of the stock's list. */
const STOCK_MEMBER = han(/^\s*、[\p{Script=Han}（）()]{1,12}$/u);

export function readSentence(text: string, s: number, e: number, quantities: Quantity[], dates: DateHit[], g: IndicatorGrammar, review = false): Reading[] {
  const all = quantities.map((q): Reading => {
    const clause = clauseStart(text, q.start, s);
    // A multiple (增长1倍, 翻一番) is no count of an object: an object verb before its change verb is a noun of the metric (研发投入比上年增长1倍).
    const pred = readPredicate(text, q.start, clause, dates, g, (q.unit.kind === 'count' || q.unit.kind === 'measure') && q.unit.multiple !== true, q.unit.kind === 'count' && !q.unit.amount);
    // 力争 before a duration is an adverb (力争3年内完成改造): only a count is what it sets.
    if (pred.verb && q.unit.kind !== 'count' && g.objectAdverbs.has(pred.verb.word)) pred.verb = undefined;
    const post = readAfter(text, q.start, q.end, g);
    // A share after a verb that sets a population to act, with 的 and the population after it (推动60%的规上工业企业实施数字化
    // 改造): the verb is no predicate and names no metric; the share is of the population (extract's populationShare).
    if (q.unit.kind === 'rate' && text[post?.end ?? q.end] === '的') {
      if (pred.verb?.kind === 'object' && g.pivotVerbs.has(pred.verb.word)) pred.verb = undefined;
      else if (!pred.verb) pred.start -= g.pivotVerbs.endingAt(text, pred.start)?.length ?? 0;
    }
    // 至少符合以下3项: the comparator stands before a verb the lists do not know; the count names
    // the noun after it.
    if (!pred.comparator && !pred.verb && q.unit.kind === 'count') {
      const lead = leadComparator(text, pred, clause, g);
      if (lead) {
        pred.comparator = lead;
        pred.verb = { kind: 'object', word: '', start: pred.start, end: pred.start };
      }
    }
    if (!pred.comparator && pred.verb && q.unit.kind === 'count') pred.comparator = boundBeforeVerbPhrase(text, pred, clause, g);
    return { q, pred, post, clause, floor: clause, end: post?.end ?? q.end, object: false, ageLimit: false, between: undefined, listed: false };
  });
  const out: Reading[] = [];
  // Where the last count that only describes the stock ends: its parts after 其中 describe it too.
  let stockEnd = -1;
  // Where the last count of the divisions a measure covers ends: a count joined to it by 、 or 和 is another kind of them.
  let coveredEnd = -1;
  // What the checks below look up among the other readings of the sentence, remembered or bounded: a sentence may hold thousands of
  // quantities (a run-on text), and a scan of all of them for each would make it quadratic.
  const amountRuns: number[] = [];
  const endsUpTo = prefixMaxEnds(all);
  const allotted = allotsPoints(all, g);
  all.forEach((r, idx) => {
    const { q, pred } = r;
    // In a review, a clause whose subject is some members of a set (个别项目环评审批周期超过90天) describes a problem, no level.
    if (review && someMembersSubject(text, r.clause, q.start, g)) return;
    // 共审计（调查）单位86个, 审计了4个县区…资金2.35亿元的管理使用情况: in a review, what an audit covered is its scope, no level.
    if (review && auditScope(text, r.clause, q.start, g)) return;
    // “1+1+1”组合签约（1家县级医院、1家乡镇卫生院、1个家庭医生团队）: a bracket after a label of numbers joined by + spells out
    // the parts of the model the label names, one count for each number, no target.
    if (q.unit.kind === 'count' && plusLabelGloss(text, r.clause, q.start)) return;
    // 调研组…，召开座谈会7场，发放调查问卷1200份: after the survey team is named, what its method counts is no level and no target.
    if (q.unit.kind === 'count' && !pred.comparator && pred.verb?.kind !== 'target' && surveyMethod(text, s, r.clause, q.start, g)) return;
    // 市、县按6:4的比例分担, 按3:7的比例分摊: how a cost is split between those who pay it, a financing rule, no level or target;
    // a match (按1∶1比例落实配套资金, 按不低于1∶1的比例配套: no verb of sharing) is what one level must put in, a target the set counts.
    if (isRatio(q.unit) && !pred.comparator && costSplit(text, r.end, e, g)) return;
    // 现行非居民用气价格为3.48元/立方米: a value given with 为 in a statement of what is in force now is the price or standard the rules
    // set, a fact, no level the plan is to reach.
    if (!pred.comparator && pred.verb?.kind === 'copula' && inForceStatement(text, s, r.clause, q.start, g)) return;
    // 认定标准为展教面积不少于500平方米、年接待公众不少于1万人次: after the criteria a candidate must meet are named, the bounds
    // of the sentence are conditions of entry, no level the plan is to reach.
    if (criteriaStatement(text, s, q.start, g)) return;
    // 对照…评审标准48项指标逐项自查: a count inside the phrase that names the standard checked against is the size of that standard.
    if (q.unit.kind === 'count' && !pred.comparator && !pred.verb && !r.post && referenceSet(text, r.clause, q.start, g)) return;
    // 全县62个县级重点项目完成投资41.8亿元: in a review, a bare count that opens its clause's subject, with the clause's own amount
    // after it, is the size of the set that amount measures, no amount done.
    if (review && q.unit.kind === 'count' && !q.unit.amount && !q.hanzi && !pred.verb && !pred.comparator && !pred.distributor && !r.post &&
      nounFollows(text, r.end) && setMeasured(text, r, all, e, dates, g)) return;
    // 全县14个乡镇卫生院中，完成9个…: a bare count before a partitive frame's closer (中, 当中) is the whole set a later count of the
    // sentence picks its part out of, no level and no target.
    if (q.unit.kind === 'count' && !q.unit.amount && !q.hanzi && !pred.verb && !pred.comparator && !pred.distributor && !r.post &&
      nounFollows(text, r.end) && partitiveWhole(text, r, all, e, g)) return;
    const describer = g.describers.endingAt(text, q.start);
    // 等 closes a list of names: a count after it counts the list (等5座水厂), a length or area of
    // works after it is the amount to deliver (整治横河、南环河等27公里河道).
    // A count after a list that a verb of works opens is the number of works to deliver (扩容城桥、新河…等5座污水处理厂):
    // the verb's object, named by the noun after the unit.
    const works = describer !== undefined && g.listEnds.has(describer) && !q.hanzi && q.unit.kind === 'count' ? listVerb(text, r.clause, q.start - describer.length, dates, g, clauseEnd(text, r.end, e), r.end) : undefined;
    if (works) {
      const { bound, ...verb } = works;
      r.pred = { ...pred, verb: { kind: 'object', ...verb }, comparator: pred.comparator ?? (bound === undefined ? undefined : g.comparatorsBefore.get(bound)) };
      r.object = true;
      out.push(r);
      return;
    }
    // 妇女与健康、妇女参与决策和管理、儿童与福利3个领域: a count right after a list of as many names (with no 等) totals the list,
    // as the count after 等 does: what it counts is named, nothing to reach, unless a verb of works opens the list.
    if (describer === undefined && q.unit.kind === 'count' && !q.hanzi && !pred.verb && !pred.comparator && !pred.distributor && typeof q.value === 'number' &&
      q.value === namedListSize(text, r.clause, q.start, g)) return;
    // 近300家 is nearly 300 (a comparator), 近3年 a span looked back on.
    const near = describer !== undefined && g.nearWords.has(describer) && q.unit.kind !== 'measure' && q.unit.kind !== 'age';
    // An amount of money after a list closed by 等 is the list's total (违规发放津贴补贴等428.6万元, 清退多领的补助、利息等35万元),
    // as audit findings and reviews state a sum: an amount, no count of the list's members.
    if (describer && !near && !((q.unit.size || q.unit.amount === true) && !q.hanzi && g.listEnds.has(describer))) return;
    // A class in Chinese or Roman numerals straight before a count (其中Ⅰ类2个、Ⅱ类4个, 一类3家) names what that count counts.
    if (q.hanzi && all[idx + 1]?.q.start === q.end) return;
    // A count alone in brackets that close the paragraph (（二）基层医疗卫生机构建设项目（3个）, 一、经济发展（7项）): a heading's tally of
    // the items listed under it, no target.
    if (tallyClosing(text, q.start, r.end)) return;
    // 坐标（X=3158426.375，Y=39512687.104）, 高程H=47.326米: a number assigned to a letter symbol is a coordinate or a parameter of a
    // formula, the notation of surveys and engineering, never a level a plan sets (targets are written with verbs and bound words).
    if (symbolValue(text, q.start)) return;
    // 按5米×5米设框: a length that is one factor of a size written as a product is a specification of one thing, no level.
    if (q.unit.kind === 'measure' && dimensionFactor(text, q, quantities, g)) return;
    // 1公里、逐1小时智能网格预报, 500米网格实况产品: the spacing of a gridded product names the product, no level.
    if (resolutionSpacing(text, q, g)) return;
    // A number of a scoring rule (每低1个百分点扣0.5分, 达到35%的得满分, 占考核总分的40%): no target.
    if (scoringRule(text, r, g, allotted, s)) return;
    // The size of each single act, stated with no bound (每次献血量一般为200—400毫升, 单次献全血量为200毫升): how the act is done,
    // a rule of the procedure (grammar occasionWords), not a level to reach. A dose counted in its own unit is one too, also
    // after the act's verb (单采血小板每次采集1至2个治疗量: grammar doseUnits).
    // A verb of target or change sets a level of it all the same (每次急救出车平均反应时间缩短至12分钟).
    if (occasionSize(text, r, q, pred, g)) return;
    // 每次作业前30分钟向空管部门申请空域: a time right after an act and 前 is when a step of the procedure is done, no rank bound and
    // no level to reach.
    if (actLeadTime(text, r, g)) return;

    // 两年增长50%, 五年翻一番: a number of years right before a change verb is the time the change takes, no value; before a sum
    // word (五年累计, 三年合计, 两年共) the span the total after it is summed over.
    if (q.unit.kind === 'measure' && DURATION_UNITS.has(q.unit.unit) && (g.changeVerbs.startingAt(text, r.end) !== undefined || g.totalWords.startingAt(text, r.end) !== undefined)) return;
    // 连续发放3年, 连续3年给予补贴: the years a benefit is paid over, a term of the support policy, no level to reach.
    if (q.unit.kind === 'measure' && DURATION_UNITS.has(q.unit.unit) && !pred.comparator && !r.post && benefitTerm(text, q.start, r.end, g)) return;
    // 提供最长7天免费住宿, 租期最长5年: a term right after 最长 is the longest a benefit or permission runs, a term of the policy; with a
    // bound (最长不超过3年) or a target verb it stays.
    if (q.unit.kind === 'measure' && !pred.comparator && !r.post && pred.verb?.kind !== 'target' && pred.verb?.kind !== 'change' && longestTerm(text, r.clause, q.start, q.unit.unit, g)) return;
    // 急难型临时救助24小时内办结: a duration closed by 内 before a step of work is the time a procedure allows, also after a verb
    // that names the work (救助, 处置), unless a target verb or a bound sets it (办结时限压缩到3个工作日以内).
    if (q.unit.kind === 'measure' && !q.unit.size && !r.post && !pred.comparator && pred.verb?.kind !== 'target' && stepWithin(text, q.end, g)) return;
    // 两次献全血间隔不少于6个月, 两剂次接种间隔不少于28天: a least time kept between two acts (grammar spacingNouns right before its
    // bound) is the spacing a rule of procedure protects the person with, never a level a plan sets; an interval a plan sets for a
    // service is one it shortens, bounded from above (发车间隔不超过10分钟), and stays.
    if (spacingFloor(text, r, g)) return;
    // 单采血小板献血间隔不少于2周，一年内不超过24次: the cap on how often in a year, in the clause right after that spacing, is the same
    // rule of how often one person may undergo the act, not a level the plan sets.
    if (timesCapAfterSpacing(text, r, all, idx, g)) return;
    // 帮带期限为1年, 聘期为3年: how long an arrangement runs, a copula right after its term noun (grammar termNouns) and no bound, is a
    // term of the rule, no level; an average measured over cases (平均审理期限为38天) is one.
    if (q.unit.kind === 'measure' && SPACING_UNITS.has(q.unit.unit) && !pred.comparator && !r.post && pred.verb?.kind === 'copula' &&
      g.termNouns.endingAt(text, pred.verb.start - (g.adverbs.endingAt(text, pred.verb.start)?.length ?? 0)) !== undefined &&
      !text.slice(r.clause, pred.verb.start).includes(AVERAGE)) return;
    // 18个部门参与的联席会议: the count names who takes part in a body, nothing to reach.
    if (q.unit.kind === 'count' && membersOfBody(text, q.end, g)) return;
    // 在全市18个县（市、区）中排名第8位: the field a ranking is among, how many are ranked, no level to reach.
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && rankedField(text, r.end, g)) return;
    // 8项主要经济指标增速排名全市前三: how many indicators stand high in a ranking, no level of any of them.
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && indicatorsRanked(text, r.end, g)) return;
    // 覆盖全县19个乡（镇）、43个脱贫村, 实现13个街道全覆盖, 全镇12个行政村实现5G网络全覆盖: the territory's own divisions, all of
    // them, that a measure reaches.
    // 实现13个镇（街道）科普e站全覆盖: a count right after 实现 whose noun runs on to 全覆盖 is the set that is covered in full, all
    // of it: 全覆盖 is the target, which has no number.
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && !q.hanzi && reachedCoverage(text, r.clause, q.start) && FULL_COVERAGE.test(text.slice(r.end, r.end + 24))) return;
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && !q.hanzi && coveredDivisions(text, r, coveredEnd, g)) {
      coveredEnd = r.end;
      return;
    }
    // 对全县1860公里农村公路开展隐患排查, 覆盖全市2.6万平方公里: a length or area right after the whole territory and a word of whom
    // or where a measure is for (grammar territoryScopeWords) is the extent of all the territory has, its roads or its land, a fact of
    // it as its divisions are; the measure done to all of it sets no number. Not with a bound or a target verb of its own.
    if (q.unit.size && !pred.comparator && !r.post && !q.hanzi && pred.verb?.kind !== 'target' && territoryScopeBefore(text, q.start, g)) return;
    // 在2号展厅（面积1200平方米）增设…, 新图书馆（建筑面积4.6万平方米）: a size in a bracket of its own after a noun, opened by the name
    // of the size, is an aside that describes the thing named before the bracket, no level to reach (grammar sizeAsideNames).
    if (q.unit.size && !pred.comparator && !r.post && !q.hanzi && pred.verb?.kind !== 'target' && sizeAside(text, r, g)) return;
    // 警戒水位36.00米, 最高水位37.86米, 最大流量3.52万立方米每秒: a stage or discharge read at a gauging station, a threshold of the
    // station or a reading of a past flood, is a fact of the river, no level to reach (grammar gaugeNames).
    if (!pred.comparator && !r.post && pred.verb?.kind !== 'target' && pred.verb?.kind !== 'change' && gaugeReading(text, r, g)) return;
    // 成功应对4次编号洪水, 有效应对7次区域性暴雨过程: a count of events of weather or water a place went through is set by nature, no
    // level reached and no target (grammar naturalEvents).
    if (!pred.comparator && !r.post && pred.verb?.kind !== 'target' && naturalEventCount(text, r, g)) return;
    // A percentage or a concentration right before a preparation's name (1.23%酸性磷酸氟凝胶, 75%酒精, 500mg/L的含氯消毒剂) is its
    // strength, unless a bound or a target verb sets it (grammar strengthUnits).
    if (!pred.comparator && !r.post && pred.verb?.kind !== 'target' && strengthOfPreparation(text, q.unit.unit, r.end, g)) return;
    // 对年产20万吨新型建材项目实行专班服务: a yearly output right after 年产 whose noun runs into a project head is the project's name
    // (grammar projectOutputWords), unless a bound or a target verb sets it.
    if (!pred.comparator && !r.post && pred.verb?.kind !== 'target' && outputInProjectName(text, q.start, r.end, g)) return;
    const prev = out[out.length - 1];
    // An earlier item of the clause ends where this one's subject may start (an age inside a
    // metric name, 5岁以下儿童死亡率, is no item of its own and bounds nothing).
    if (prev && !prev.ageLimit && prev.q.unit.kind !== 'age' && prev.end > r.clause && prev.end <= pred.start) r.floor = pastKindNoun(text, prev.end, pred.start, g);
    // A member of a yearly split (…分年度安排为：2025年162个（已完成）、2026年156个): the value in its year of the metric the lead
    // names, which stands in for an object named before the count; a verb in the status note of the member before (已完成) is none of it.
    // A distributor may open it (入驻企业分别为2026年30家和2027年45家): 分别 before the years spreads the values over them, not over things.
    if (q.unit.kind === 'count' || q.unit.size) {
      const member = yearlySplitMember(text, s, q, prev?.yearSplit ? { lead: prev.yearSplit, end: prev.end, unit: prev.q.unit.unit } : undefined, dates, g);
      if (member) {
        r.pred = { ...pred, start: member.year, verb: { kind: 'object', word: '', start: member.year, end: member.year } };
        r.between = member.lead;
        r.yearSplit = member.lead;
        // The member's own text opens at its year: the status note of the one before (已完成) says nothing of it.
        r.floor = member.year;
        r.object = true;
        out.push(r);
        return;
      }
    }
    const next = all[idx + 1];
    // A count in a clause opened by a verb that sets money only (整合优化学校12所, grammar fundVerbs): what is merged is no target,
    // unless an object verb follows it and counts (整合关停“僵尸”信息系统30个).
    if (!q.unit.amount) {
      const opens = trimLead(text, r.clause, q.start, dates, g);
      const fund = g.fundVerbs.startingAt(text, opens);
      if (fund !== undefined && g.objectVerbs.startingAt(text, opens + fund.length) === undefined) return;
    }
    // A standard, a bounded modifier or a bounded count inside the name of the metric after it is no item of its own; a joiner
    // after it opens the next member of a list instead (不超过5公里、农村地区服务半径…).
    if (inNextMetricName(text, r, next, g)) return;
    // A count written straight before another count (6类10项以上中医适宜技术: categories, then items) is one compound quantity
    // with it, whose bound after the last applies to both: inside the name of the metric after them, neither is an item.
    if (q.unit.kind === 'count' && !r.post && next !== undefined && next.clause === r.clause && next.q.unit.kind === 'count' && next.q.start === r.end &&
      inNextMetricName(text, next, all[idx + 2], g)) return;
    // A bare count before the set a rate is measured over, in the rate's clause (12个国省考断面水质优良比例达到100%, 5个县（区）
    // 空气质量优良天数比率均达到90%): it names the set, as an attribute does, and sets nothing of its own.
    if (q.unit.kind === 'count' && !pred.verb && !pred.comparator && !pred.distributor && !r.post && nounFollows(text, r.end)) {
      const rate = laterInClause(all, idx, (o) => o.q.unit.kind === 'rate');
      if (rate && g.metricHeads.indexIn(text, r.end, rate.pred.start) !== undefined) return;
    }
    // A size bounded after it, right after a count of objects and before the noun it sizes (建成1支50人以上的综合应急救援队伍, 新建2个
    // 300平方米以上的社区食堂): the bound on the size of each thing counted, as 1支不少于20人的 is (shapes names it), not a class of the noun.
    if (r.post && text[r.end] === '的' && (q.unit.qualifier || q.unit.size) && prev?.object && prev.clause === r.clause && text.slice(prev.end, q.start).trim() === '') {
      // A bound or verb the count took from before it (至少组建2支…) is the count's: the size's own bound is the one after it.
      r.pred = { ...pred, verb: undefined, comparator: undefined };
      r.sizeOf = true;
      out.push(r);
      return;
    }
    // A fine fixed by law (处50元以上500元以下罚款) or the edge of a band an amount is split at (超过2万元的部分): no target.
    if (fineAmount(text, all, idx, amountRuns, g) || sliceEdge(text, r, g)) return;
    // A setting of a rule in force the plan applies (严格执行缴存比例为5%—12%的规定): no target.
    if (ruleContent(text, r, e, g)) return;
    // The provision a per-base norm fixes inside 按照…的标准 (按照每600名学生配备1名…的标准配备校医): no target.
    if (perBaseNorm(text, r, e, g)) return;
    // The cut-off of a class a standard defines, in a frame that applies it (对照…年主营业务收入2000万元及以上的标准): no target.
    if (classThreshold(text, r, g)) return;
    // …or one of the cut-offs a standard lists after a colon (纳统标准…：批发业年主营业务收入2000万元及以上，…): no target.
    if (standardListTerm(text, r, s, g)) return;
    // A guideline's advice the plan passes on (宣传《膳食指南》推荐的每天食盐不超过5克), or advice it spreads unnamed (普及…的膳食建议): no target.
    if (guidelineAdvice(text, r, s, g) || spreadAdvice(text, r, e, g)) return;
    // The per-unit dose an advice gives (施肥建议为每亩纯氮12公斤): a norm of technique, no target.
    if (perUnitAdvice(text, r, g)) return;
    // A limit a law or standard sets, restated (医疗废物暂时贮存时间不得超过2天): no target.
    if (legalCeiling(text, r, g)) return;
    // A limit a judging rule classes samples by (余氯≥0.05mg/L，…不符合限值的判定为不合格): no target.
    if (judgedLimit(text, r, e, g)) return;
    // The edges of a band a payer chooses in (可在60%至300%之间自主选择缴费基数): no target.
    if (choiceBand(text, r, e, g)) return;
    // The edge of a zone a rule bans an act in (禁止在距离学校50米范围内设置烟草售卖点): no target.
    if (bufferZone(text, r, e, g)) return;
    // The least distance a siting rule keeps a thing from another (与出入口的距离不少于10米): no target.
    if (clearance(text, r, g)) return;
    // The floor area an allocation standard allows each person (办公室使用面积每人不超过12平方米): no target.
    if (spaceAllotment(text, r, g)) return;
    // The capacity a site is rated for, restated as a fact (景区最大承载量为2.4万人次/日): no target.
    if (ratedCapacity(text, r, g)) return;
    // A rate a tax law fixes or the threshold of its exemption (适用3%征收率, 减按1%征收, 10万元以下免征增值税): no target.
    if (taxLawRate(text, all, idx, g)) return;
    if (qualifiesNoun(text, r, next, g)) return;
    // A size past 不足/超过 that classes the noun after its counted noun (不足600名学生的学校): no target.
    if (sizeClassesNoun(text, r, g)) return;
    if (classAfterCountOfNoun(text, r, all[idx - 1])) return;
    // An amount bounded after a named attribute, between a count and the noun it counts (培育2家年营业收入不低于10亿元的龙头企业,
    // 引进3个总投资超过5亿元的项目): the class of what the count counts, as 培育超10亿元企业5家 is.
    if (classAfterCount(text, r, prev, g)) return;
    // 仍有7所学校宿舍生均面积低于3平方米: a bound after a count of what remains to be dealt with is the condition that picks the
    // counted things out, no level.
    if (gapCondition(text, r, prev, g)) return;
    // The per-head basis of a standard written before each value of a list (提高到每人每月840元和每人每年7200元) stands where the
    // first value had one: the list goes on past it.
    const basis = prev ? repeatedBasis(text, prev.q.start, pred.start, q.start, g) : 0;
    const gap = prev ? text.slice(prev.end, q.start - basis) : undefined;
    const chainEmpty = pred.start === q.start - basis;
    // A value of another kind after the joiner opens the next metric instead (居民健康素养水平30%、15岁以上人群吸烟率
    // 20%以下: the 15岁 names a population), unless a distributor spreads the list over its metrics, one value each
    // whatever its kind (参保人数和参保率分别达到50万人和95%以上).
    const spread = prev !== undefined && prev.q.unit.kind !== q.unit.kind && q.unit.kind !== 'age' && prev.q.unit.kind !== 'age' && listHead(out).pred.distributor !== undefined;
    // A count straight after a count in another unit is the same thing counted twice (搬迁避让320户1100人, 惠及3000户1.2万人):
    // households and people are stated together so.
    const recounted = gap === '' && prev !== undefined && prev.q.unit.kind === 'count' && q.unit.kind === 'count' && prev.q.unit !== q.unit && !q.hanzi;
    if (prev && gap !== undefined && chainEmpty && onlyJoiners(gap, g) && (gap.length > 0 || recounted) && !prev.ageLimit && (prev.q.unit.kind === q.unit.kind || spread)) {
      r.listed = true;
      r.object = prev.object && (q.unit.kind === 'count' || q.unit.kind === 'measure');
      out.push(r);
      return;
    }
    // A bare number is a value only right after its metric's predicate (系数达到0.75), also where the
    // head is the abbreviation in brackets after the metric's Chinese name (电能利用效率（PUE）降至1.25).
    // So is a list of the groups the values are distributed over, after the head (校际差异系数小学、初中分别不高于0.50、0.45),
    // and a baseline after the head (系数由0.55提高到0.6, 城乡居民收入比由2020年的1.96缩小到1.83) and the value its verb reaches.
    const bareHeaded = unitlessHeadBefore(text, pred.start, g) || (pred.distributor !== undefined && groupsAfterHead(text, pred.start, g.unitlessHeads, g) !== undefined) ||
      (q.value === 0 && g.metricHeads.endingAt(text, pred.start) !== undefined);
    // A review lists measured levels as name and value (…平均住院日8.1天，CMI值0.96，…): a bare value straight after its unitless head
    // that closes its phrase is one too.
    const listedLevel = review && unitlessHeadBefore(text, q.start, g) && (r.end >= e || PHRASE_END.test(text[r.end] as string));
    if (q.unit === BARE && !listedLevel && !(bareHeaded && (pred.verb || pred.comparator || (pred.baseline && reachedAfter(text, r.end, e, g)))) && !reachesBareBaseline(text, r, prev)) return;
    if (q.damaged || q.unit.kind === 'rate' || q.unit.kind === 'change' || (pred.baseline && !q.hanzi && reachedAfter(text, r.end, e, g))) {
      out.push(r);
      return;
    }
    // A value right after its metric and a colon (——人均预期寿命：79.5岁；, 目标值…床位数：6.8张), as target lists write
    // them: a level, whatever its unit.
    // Also with the metric's unit in brackets before the colon (每千人口托位数（个）：4.5).
    const bracket = bracketUnitBefore(text, q.start);
    if (chainEmpty && !q.hanzi && (text[q.start - 1] === '：' || text[q.start - 1] === ':') && g.metricHeads.endingAt(text, bracket >= 0 ? bracket : q.start - 1) !== undefined) {
      out.push(r);
      return;
    }
    // 每年为不少于900名残疾人提供基本康复服务: 为 opens the people a service reaches, whose count is its target.
    if (pred.verb?.kind === 'copula' && pred.verb.word === '为' && q.unit.kind === 'count' && benefactive(text, q.end, e, g)) pred.verb = { ...pred.verb, kind: 'object' };
    // 对全市2800家定点医药机构开展全覆盖检查, 对8400户低保家庭实行分类管理: 对 opens what a measure is done to, as 为 opens the
    // people a service reaches; the count is the measure's target.
    if (!pred.verb && !pred.comparator && !pred.distributor && q.unit.kind === 'count' && !q.unit.amount && !q.hanzi && benefactive(text, q.end, e, g)) {
      const at = prepositionBefore(text, r.clause, pred.start, q.start, g.benefactivePrepositions, g);
      // (在 is read as a lead word before the predicate: the site's preposition is looked for from the count itself.)
      const site = at < 0 ? prepositionBefore(text, r.clause, q.start, q.start, g.sitePrepositions, g) : -1;
      const from = at >= 0 && !countsDivisions(text, q.end, e, g) ? at : site;
      if (from >= 0) {
        pred.verb = { kind: 'object', word: text.slice(from, from + 1), start: from, end: from + 1 };
        pred.start = from;
      }
    }
    // People counted right before the act they take part in (全市4.3万人次参加无偿献血): the count of those who take part, the act
    // its name, as statistics name it (参加无偿献血人次); the act is the count's verb. Not after a verb of its own in the clause
    // (聘请“民间河长”60名参与监督: the people engaged are counted, what they go on to do is no name of theirs).
    if (!pred.verb && !pred.comparator && !pred.distributor && !r.post && !q.hanzi && (q.unit.unit === '人' || q.unit.sameAs === '人' || q.unit.unit === '名') &&
      g.objectVerbs.indexIn(text, r.clause, q.start) === undefined) {
      const act = g.participationVerbs.startingAt(text, r.end);
      if (act) pred.verb = { kind: 'object', word: act, start: r.end, end: r.end + act.length };
    }
    // A copula sets a value for rates and for durations and sizes (服务期限为3年), not for counts (为2家医院),
    // nor for a measure that runs straight into a noun it qualifies ([ ]内为五年累计数).
    // A count per base of population (每千人口托位数为4.1个, 每万人口全科医生数为3.2人) is a ratio, as a rate is: the copula sets its level.
    // So is a count whose name says it is a number or an amount of things (有效注册商标总量为21.6万件, 参保人数为86万人: grammar
    // copulaCountEnds).
    // So is an age whose name says it is a statistic of ages (人均预期寿命为79.8岁: grammar copulaAgeEnds).
    const perBase = pred.verb?.kind === 'copula' && q.unit.kind === 'count' && (PER_BASE_METRIC.test(text.slice(r.clause, pred.verb.start)) || countNamed(text, r.clause, pred.start, g));
    const agedStatistic = pred.verb?.kind === 'copula' && q.unit.kind === 'age' && ageNamed(text, r.clause, pred.start, g);
    const verb = pred.verb && (pred.verb.kind !== 'copula' || ((q.unit.kind === 'measure' || perBase || agedStatistic) && !nounFollows(text, r.end))) ? pred.verb : undefined;
    // A bound that defines a class (80分以上为合格, 90分及以上为优秀): a grading rule, not a level to reach.
    if (r.post && !verb && !pred.comparator && text[r.post.end] === '为' && !/[0-9０-９]/u.test(text[r.post.end + 1] ?? '')) return;
    // So is a band of points bounded before it and named by the grade after it (75分以上不满90分为良好, 低于60分为不合格): the upper
    // edge of an assessment's grade, written with 为 and no 的 as often as with (…不满90分的为良好: scoringRule).
    if (!r.post && !verb && pred.comparator && g.scoreUnits.has(q.unit.unit) && text[r.end] === '为' && !/[0-9０-９]/u.test(text[r.end + 1] ?? '')) return;
    // 年满/满 right before an age bounds it from below, as 及以上 after it does (为年满65周岁的老年人…), 未满/不满 from above (为未满3周岁的
    // 婴幼儿…; the comparator read before the number gives the side): an age threshold, no level.
    const fullAge = q.unit.kind === 'age' && g.fullAgeWords.endingAt(text, q.start) !== undefined;
    // 子女满3周岁前, 满60周岁时: the moment a full age is reached, when a right by law starts or ends, a point of time, no bound.
    if (fullAge && g.agePointWords.startingAt(text, r.end) !== undefined) return;
    // 提高65岁及以上老年人健康管理服务质量: a bounded age run into the people it names is the object of the change verb, no amount.
    if (verb && ageBandOfObject(text, r, verb, e, g)) return;
    if (q.unit.kind === 'age' && (!pred.comparator || fullAge) && !(verb && verb.kind !== 'object')) {
      if (!r.post && !fullAge && !Array.isArray(q.value)) return;
      // 对0—18岁困境儿童实行分类帮扶: a range from birth to the age of majority (18, as the law on minors sets it) is every child, the
      // group's own bounds, which limit no service to some of them (0—6岁儿童健康管理 does).
      if (Array.isArray(q.value) && q.value[0] === 0 && (q.value[1] === 18 || q.value[1] === 17) && q.unit.unit !== '月龄') return;
      // Right after a count of people a service reaches (为2.5万名80周岁以上老年人发放高龄津贴), the age is part of the counted
      // people's name: the count is the item (INDICATORS.md: an age in the name of a metric with its own value is none).
      if (prev?.object && prev.q.unit.kind === 'count' && prev.clause === r.clause && text.slice(prev.end, q.start).trim() === '') return;
      const end = clauseEnd(text, q.end, e);
      const rest = text.slice(r.end, end);
      if (g.metricHeads.indexIn(rest) || g.labelWords.indexIn(rest)) return;
      if (laterBefore(all, idx, end, (o) => o.q.unit.kind !== 'age')) return;
      // 对3周岁以下婴幼儿，按每孩每年3600元的标准发放育儿补贴: where the sentence goes on to pay an amount by a standard (按 + the
      // amount or its per-head basis), the age says who is entitled to the benefit, a condition of the standard, as where no comma
      // parts them (对80周岁以上老年人按每人每月100元发放高龄津贴); no limit of a service the plan sets out to provide.
      if (laterBefore(all, idx, e, (o) => o.q.unit.amount === true && g.provisionOpeners.endingAt(text, basisStart(text, o.q.start, g)) !== undefined)) return;
      // 以65岁及以上老年人、0—6岁儿童…为重点: the age names one of the groups a work focuses on.
      if (g.frameOpeners.indexIn(text, r.clause, q.start) !== undefined && g.focusClosers.indexIn(rest) !== undefined) return;
      // 对65岁及以上老年人、糖尿病患者等重点人群开展筛查: the age names one of the example groups of a list that 等 closes.
      if (ageOfListedGroup(text, r.clause, q.start, r.end, end, g)) return;
      // An age limits the population of a service only (免费接种, 招收): 0—18岁儿童发展的各项主要目标 names a group.
      if (g.ageServiceWords.indexIn(text, s, e) === undefined) return;
      // 18—55周岁的健康公民可参加献血: a modal of permission after the age says who may do an act of their own, a condition of the
      // law on the people who act, no service's population; unless what they may do is a service (均可享受免费体检).
      if (permitted(text, r.end, end, g)) return;
      // 国家提倡18—55周岁的健康公民自愿献血: a verb of exhortation before the age in its clause urges the people to an act of their
      // own, as a permission says who may act; unless the age's own clause names a service (鼓励65岁以上老年人接种肺炎疫苗).
      // The service may stand before the age too (鼓励幼儿园招收2—3岁幼儿): anywhere after the verb of exhortation.
      const urged = g.exhortationVerbs.indexIn(text, r.clause, q.start);
      if (urged !== undefined && g.ageServiceWords.indexIn(text, urged.index + urged.word.length, end) === undefined) return;
      r.ageLimit = true;
      out.push(r);
      return;
    }
    // 多次献血者可延长至60周岁, 情况复杂的可延长至20个工作日: a modal of permission before the verb stretching an age limit or a
    // time limit gives a rule's allowance, the furthest the limit may go, no level.
    if ((q.unit.kind === 'age' || SPACING_UNITS.has(q.unit.unit) || WORKING_DAYS.has(q.unit.unit)) && verb && g.allowanceVerbs.has(verb.word) &&
      g.permissionModals.endingAt(text, verb.start) !== undefined) return;
    // A duration right after a light verb, before the act it is the object of (开展14天集中隔离医学观察, 进行7天居家健康监测), is
    // how long the act runs, as after 实施: a procedure's length (INDICATORS.md), no count of acts; a bound makes it a standard.
    if (verb?.kind === 'object' && verb.end === q.start && !pred.comparator && !r.post && SPACING_UNITS.has(q.unit.unit) && g.stepLightVerbs.has(verb.word) &&
      nounFollows(text, r.end)) return;
    // A count of works right after a verb of carrying them out (实施100个村庄整治工程, 推进10项重点工程): the number of works
    // to deliver, though a project word follows it closely; so is a count of works named by the act done to them (实施6座
    // 水库除险加固: grammar worksActHeads).
    // The predicate may have read that verb already, as a pivot verb right before the count (推进50个项目).
    const pivotCarried = verb?.kind === 'object' && verb.end === q.start && g.carryOutVerbs.has(verb.word);
    const carryEnd = pivotCarried ? q.start : pred.start;
    const carry = (!verb || pivotCarried) && q.unit.kind === 'count' && !q.hanzi && nounFollows(text, r.end) ? carryOutBefore(text, r.clause, carryEnd, g) : undefined;
    const carried = carry ? objectNoun(text, r.end, e, e, false, g) : undefined;
    if (carry && carried && (g.projectHeads.endingAt(text, carried.end) || g.worksActHeads.endingAt(text, carried.end))) {
      const at = carry.start;
      r.pred = { ...pred, start: at, verb: { kind: 'object', word: carry.word, start: at, end: at + carry.word.length } };
      r.object = true;
      out.push(r);
      return;
    }
    // A document or programme named after the number (3岁以下婴幼儿照护服务政策) makes it part of a name,
    // unless a target verb or comparator sets it as the level of a standard (达到20年一遇标准).
    // So does the metric named right before the number (服务半径10—20公里的标准).
    // A count whose verb stands right before it counts that noun instead (新开工18个项目, 制定6项团体标准, 仍有5个重点项目未开工,
    // 建成20个高标准农田示范区): a programme's number has no verb of its own (推进平安某县8项专项行动).
    const countedByVerb = verb?.kind === 'object' && q.unit.kind === 'count' && text.slice(verb.end, q.start).trim() === '';
    if (labelAfter(text, r.end, g) && !(verb?.kind === 'target' || pred.comparator || r.post || (chainEmpty && g.metricHeads.endingAt(text, q.start)) || countedByVerb)) return;
    // A count of rules the activity after their name covers (开展18项…核心制度全员培训) is that activity's content, even after its verb.
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && verb?.kind !== 'target' && rulesCoveredByActivity(text, r.end, q.unit.unit, g)) return;
    // Counts in Chinese numerals below ten after a building verb are a thing's structure (三个梯队);
    // larger ones are amounts (培训指导员一千名).
    const large = !q.hanzi || (typeof q.value === 'number' && q.value * (q.scale ?? 1) >= 10);
    // 一 before a plain count unit is an article (建设一支队伍); 一万份 is an amount. 一次 counts occasions only at a cadence
    // (每年组织一次): without one it is the article of a single act (开展一次全覆盖检查).
    const occasions = g.indefinite.except.has(q.unit.unit) && g.indefinite.cadence.indexIn(text, r.clause, q.start) !== undefined;
    if (q.hanzi && q.value === g.indefinite.value && q.unit.kind === 'count' && q.unitText === q.unit.unit && !occasions && !pred.comparator) return;
    // Objects listed after a counted one: 新创建至少10个A、6个B; also after the bound size of the one before (新建3个200平方米以上的
    // 老年食堂和2个100平方米以上的托育点).
    const listedObject = (prev?.object || prev?.sizeOf) && gap !== undefined && chainEmpty && !/[,，;；。:：]/u.test(gap) && /[、和及与]$/u.test(gap);
    // 每个行政村设置1个村卫生室: one per unit with no bound is a norm of provision, as 一 is an article. Not a later member of a
    // list whose first count is a target (每个中心至少配备1台救护车和1台彩超, 配备2台心电图机和1台彩超): the list is one standard,
    // its bound written once for every member.
    if (q.value === 1 && q.unit.kind === 'count' && !pred.comparator && !r.post && !listedObject && g.perUnitWords.indexIn(text, r.clause, pred.start) !== undefined) return;
    // A count in Chinese numerals after a verb that only builds or sets up something states how a
    // thing is structured (建立四个门类、三个梯队的人才库, 形成三个梯队), not an amount to reach.
    if (q.hanzi && !large && q.unit.kind === 'count' && verb?.kind === 'object' && !pred.comparator && !r.post && !g.indefinite.except.has(q.unit.unit)) return;
    if (listedObject) {
      r.object = true;
      // (After a size, a statement of its own: the size's is no list this count joins.)
      r.listed = prev?.object === true;
      out.push(r);
      return;
    }
    // (Not after a statistical term that holds its verb, 城镇新增就业累计2.4万人: the term names its own count, as without the sum word.)
    if (pred.total && !verb && g.verbNouns.endingAt(text, pred.start) === undefined) {
      const found = g.objectVerbs.indexIn(text, r.clause, pred.start);
      // Not past an earlier count of the clause (治理界河、四滧港等8条段共计69公里骨干河道): what stands between the verb and the sum
      // is that count's, and the noun the sum measures follows it.
      if (found && !out.some((o) => o.q.start >= found.index + found.word.length && o.q.end <= pred.start)) {
        let between = pred.start;
        while (between > found.index + found.word.length && text[between - 1] === ' ') between--;
        r.between = { start: found.index + found.word.length, end: between };
        r.pred = { ...pred, start: found.index, verb: { kind: 'object', word: found.word, start: found.index, end: found.index + found.word.length } };
        r.object = true;
        out.push(r);
        return;
      }
    }
    // A verb, then its object, then the count: 新增床位2000张, 培养全科医生100名, 培训指导员一千名.
    // A statistical term that holds a verb names its own count (城镇新增就业5万人): no object follows the verb.
    const term = g.verbNouns.endingAt(text, pred.start) !== undefined || (g.groupTerms.endingAt(text, pred.start) !== undefined && !governed(text, r.clause, pred.start, g));
    // A length or area of works counts its object as a count does (新增城市绿道200公里、口袋公园50个),
    // unless a metric head names it right before the number (新增城市绿地面积86万平方米, 立项整治长度270.5公里).
    const sizeObject = q.unit.size && g.metricHeads.endingAt(text, pred.start) === undefined;
    // A bound between the object and the number (开展医疗机构消防安全检查不少于4次, 招聘教师50名以上) leaves the verb the object's
    // only where it opens the clause: after a per-unit base or a part (每千名老年人配备社会工作者不少于1人) the verb is the metric's.
    const bounded = pred.comparator !== undefined || r.post !== undefined;
    if (!verb && !pred.distributor && (q.unit.kind === 'count' || sizeObject) && large && !term) {
      // The verb nearest the number (新建、改造城乡公厕30座: 改造), unless a noun runs into it: then it is a word of
      // the object (实施城市更新项目30个: 城市更新项目, not 项目). A verb that leaves one character before the number
      // begins a compound noun (举办招聘会100场, 交付安置房5000套): the verb before it is the one that governs.
      const verbs = q.unit.amount ? g.objectVerbsBeforeAmount : g.objectVerbsBeforeNoun;
      const verbFrom = (from: number) => {
        let v = verbs.indexIn(text, from, pred.start);
        // Nor a verb that ends a noun of its own (基层党组织, 社会组织: notVerbs), no act.
        while (v && (projectNameWord(text, r.floor, v, pred.start, dates, verbs, g) || endsNoun(text, v.index + v.word.length, v.word, g) || opensBenefitCap(text, v, g) ||
            insideHolderName(text, v, pred.start, g) || insideHeldName(text, r.clause, v, verbs, g))) v = verbs.indexIn(text, v.index + v.word.length, pred.start);
        return v && leadSplit(text, v, verbs, g);
      };
      // A count of people (人次, 名) after an engaged agent's act counts the agents taking part (组织林业科技特派员开展技术服务200人次):
      // the agent stays in the name; a count of acts (次, 场, 家次) is the act's alone.
      const actsCounted = !(q.unit.unit === '人' || q.unit.sameAs === '人' || q.unit.unit === '名');
      // (发展35岁以下年轻党员12名: the verb of admitting members before a member noun, no verb elsewhere: admissionVerb.)
      let found = verbFrom(Math.max(r.floor, pred.start - MAX_OBJECT_BEFORE)) ?? admissionVerb(text, Math.max(r.floor, pred.start - MAX_OBJECT_BEFORE), pred.start, g);
      for (let next = found; next; next = verbFrom(next.index + next.word.length)) {
        if (found && next !== found && !(actsCounted && actOfEngagedAgent(text, found.index, next, g)) && insideObject(text, found.index + found.word.length, next.index)) continue;
        // A verb that sets a count only of an object named after it (nounFirstVerbs: 排查, 检查) right before the number is the
        // end of the object of the verb before it (开展…等领域执法检查4轮次: the checks 开展 counts), not a verb of its own.
        if (found && next !== found && next.index + next.word.length === pred.start && !g.objectVerbs.has(next.word)) break;
        // Not where the two verbs are a list of verbs (新建、改建…): only a joiner parts them.
        const between = found ? text.slice(found.index + found.word.length, next.index) : '';
        const verbList = between !== '' && onlyJoiners(between, g);
        if (found && pred.start - (next.index + next.word.length) === 1 && found !== next && !verbList && !/[，,]/u.test(between)) break;
        found = next;
      }
      if (found && bounded) {
        const opens = adverbialsEnd(text, r.floor, found.index, dates, g);
        if (opens !== found.index && !(actsCounted && actOfEngagedAgent(text, opens, found, g))) found = undefined;
      }
      const object = found ? text.slice(found.index + found.word.length, pred.start) : '';
      // The object may join nouns that share the count (新建中小学和幼儿园16所, 新建改扩建中小学、幼儿园25所),
      // but not start with a joiner: then the verb found is one of a list of verbs and nouns
      // (筛查、诊疗和管理三个核心环节). A one-character object is the end of a word the verb was found inside (购置新设备100台: 新设 of 新设备), not a noun.
      // A second verb joined to it by 并, 或 or 和 (发现并登记肺结核患者180例, 新建并投用智慧停车场5个) shares the object: both verbs name it.
      const joinerAt = object.length - object.trimStart().length;
      const joined = VERB_JOINER_START.test(object) && !g.notJoiners.startingAt(object, joinerAt) && (object[joinerAt] !== '和' || (found !== undefined && verbJoinedByHe(text, found, joinerAt, verbs, adverbialsEnd(text, r.floor, found.index, dates, g))));
      if (found && object.trim().length >= 2 && (joined || !opensWithJoiner(object, g) || g.notJoiners.startingAt(object, 0))) {
        // A size keeps its verb in the name, as the work done (整治骨干河道48公里, 新建改建道路12公里), but not a verb that
        // only says the work is done (完成造林绿化2.5万亩 → 造林绿化).
        const reachTerm = g.reachTerms.endingAt(text, pred.start);
        // The members admitted keep the verb in their name, as the term 发展党员 does (发展工会会员2500人以上).
        const admitting = g.memberAdmissionVerbs.has(found.word) && g.memberNouns.endingAt(text, pred.start) !== undefined;
        const from = reachTerm && pred.start - reachTerm.length === found.index ? trimLead(text, r.floor, found.index, dates, g) : joined || admitting ? found.index : q.unit.kind === 'count' || g.reachVerbs.has(found.word) ? found.index + found.word.length : afterReach(text, trimLead(text, r.floor, found.index, dates, g), found.index, g);
        // An earlier count of the clause that no item kept (a one-per-unit norm: 每个中心配置DR1台、彩超2台) still ends the object
        // of the verb the list shares: this count's noun is the one after it and its joiner.
        const earlier = lastEndingBetween(all, endsUpTo, idx, from, pred.start);
        const joinerAfter = earlier ? /^ *(?:、|和|及|以及|与) */u.exec(text.slice(earlier.end, pred.start)) : null;
        r.between = { start: earlier && joinerAfter ? earlier.end + joinerAfter[0].length : from, end: pred.start };
        r.pred = { ...pred, start: found.index, verb: { kind: 'object', word: found.word, start: found.index, end: found.index + found.word.length } };
        // A bound word before the verb, or before a light verb in front of it (每年至少组织开展…演练2场次), bounds the count the verb sets.
        r.pred.comparator ??= leadComparator(text, r.pred, r.clause, g);
        // Years listed before a distributor before the verb (2026年、2027年、2028年分别新增…50家、60家和70家): one each.
        const lead = readPredicate(text, found.index, r.clause, dates, g, true);
        if (lead.distributor && lead.years.length > 1) r.pred = { ...r.pred, start: lead.start, distributor: lead.distributor, years: lead.years };
        r.object = true;
        out.push(r);
        return;
      }
    }
    // The next object of such a list: 新建健康学校10所、健康企业5家 (the verb is written once), also after a count
    // bounded by its own 以上 (建设林木良种基地5个以上、保障性苗圃12个), whose verb opens the clause.
    // So is the next work after a count its verb stands right before (完成隐患点工程治理12处、排危除险20处, 完成造林1.2万亩、森林
    // 抚育3万亩): a list of works done, each named by its own activity, shares the verb that opens it as a list of objects does;
    // not the reach of those works (完成老旧小区改造120个、涉及居民1.5万户: extentOfWorks below).
    // A length or area of works listed among the counts (新建体育公园10个、健身步道200公里、足球场40块) is such an object too: the
    // verb written once sets every member, whatever its unit, and the counts after it still share it.
    const sharedVerb = prev?.object && (prev.between || (countedRightAfterVerb(text, prev) && g.stockWords.indexIn(text, prev.end, pred.start) === undefined)) ? prev.pred.verb : prev?.post && prev.q.unit.kind === 'count' && !prev.pred.verb && !prev.pred.comparator ? clauseObjectVerb(text, prev, dates, g) : undefined;
    if (!verb && !pred.comparator && !r.post && (q.unit.kind === 'count' || (q.unit.size === true && !q.hanzi)) && sharedVerb && prev?.clause === r.clause) {
      const after = memberEnd(text, prev, r, g);
      const gap = text.slice(after, pred.start);
      const joiner = /^ *(?:、|和|及|以及) */u.exec(gap);
      if (joiner && gap.length > joiner[0].length && gap.length <= MAX_OBJECT_BEFORE && !/[、，,；;。：:]/u.test(gap.slice(joiner[0].length))) {
        r.between = { start: after + joiner[0].length, end: pred.start };
        r.pred = { ...pred, start: r.between.start, verb: sharedVerb };
        r.object = true;
        r.listed = true;
        out.push(r);
        return;
      }
    }
    // The next object after a comma, in a clause of only its noun and count: 培训调度员100名，急救员5000名 (the verb
    // is written once for the list; a stock, a part after 其中 or a metric named by a head word is no such object, nor a
    // clause that says how often a routine recurs: 专家每周坐诊1次 is a working rule, as procedural() reads it).
    if (!verb && !pred.comparator && !pred.distributor && q.unit.kind === 'count' && !q.unit.amount && prev?.object && prev.between && prev.clause < r.clause && !q.hanzi) {
      const from = trimLead(text, r.clause, pred.start, dates, g);
      const noun = text.slice(from, pred.start);
      if (/^\s*[，,]\s*$/u.test(text.slice(prev.end, r.clause)) && noun.length >= 2 && noun.length <= MAX_OBJECT_BEFORE && !/[、，,；;。：:]/u.test(noun) &&
        g.metricHeads.endingAt(text, q.start) === undefined && g.stockWords.indexIn(noun) === undefined && g.objectVerbs.indexIn(noun) === undefined &&
        g.partWords.indexIn(text, r.clause, pred.start) === undefined && g.procedureFrequencies.indexIn(noun) === undefined) {
        r.between = { start: from, end: pred.start };
        r.pred = { ...pred, start: from, verb: prev.pred.verb };
        r.object = true;
        r.listed = true;
        out.push(r);
        return;
      }
    }
    // 改造老旧小区180个，涉及居民2.1万户: the reach of the works the clause before sets, named with its word as 惠及 is.
    const extent = !verb && !pred.comparator && !pred.distributor && (q.unit.kind === 'count' || q.unit.size) && !q.hanzi ? extentOfWorks(text, r, prev, dates, g) : undefined;
    if (extent) {
      r.between = { start: extent.end, end: pred.start };
      r.pred = { ...pred, start: extent.start, verb: { kind: 'object', ...extent } };
      r.object = true;
      out.push(r);
      return;
    }
    const listedBare = !verb && !pred.comparator && !pred.distributor && !r.post && bareCountAfterTarget(text, r, prev, dates, g);
    if (listedBare) r.bareMember = true;
    // A metric named right before its value: 每千人口执业(助理)医师数2.5人.
    // What only describes the stock is no level reached (现有40座水闸, 总长度717.6公里).
    // So is the next member of a list of the stock in the clause (其中公立医院4家、乡镇卫生院16所、村卫生室305个): a noun after 、.
    // In a review, the sum a finding involves right before its amount (涉及资金2.18亿元) is measured: a head, no stock.
    const findingSum = review && q.unit.amount === true && g.findingSums.endingAt(text, q.start) !== undefined;
    const stock =
      (!findingSum && g.stockWords.indexIn(text, r.floor, pred.start) !== undefined) || siteParticular(text, s, r, review, g) ||
      (stockEnd >= 0 && stockEnd <= r.clause && (g.partWords.indexIn(text, r.clause, pred.start) !== undefined ||
        (STOCK_LIST_GAP.test(text.slice(stockEnd, r.clause)) && g.metricHeads.endingAt(text, q.start) === undefined))) ||
      (stockEnd > r.clause && STOCK_MEMBER.test(text.slice(stockEnd, q.start)) && g.metricHeads.endingAt(text, q.start) === undefined);
    const headed = chainEmpty && !q.hanzi && !stock && (term || listedBare || findingSum || listedLevel || g.metricHeads.endingAt(text, q.start) !== undefined || g.amountHeads.endingAt(text, q.start) !== undefined || quantityNounBefore(text, q.start, g) ||
        placeAfterHead(text, q.start, g) || placeListedAfter(text, r, prev, g) || populationSize(text, s, r, dates, g) ||
        (q.unit.kind === 'count' && perPopulationName(text.slice(r.clause, q.start).trim(), g)));
    // 约, 近 before a stock's count (全市现有…用人单位约3200家) say the count is approximate, no bound or aim: the stock still only describes.
    if (stock && pred.comparator === '~' && !verb && !pred.distributor && !r.post) {
      stockEnd = r.end;
      return;
    }
    // 冷链温度每日上下午各1次, 体温每天早晚各1次: times shared out by 各 with no verb or bound after a cadence shorter than a year say how
    // often a routine runs in each part of its period, as the same times without 各 do (below), not a count to reach.
    if (!verb && !pred.comparator && pred.distributor === EACH && !r.post && g.routineUnits.has(q.unit.unit) && cadenceIn(g.routineFrequencies, text, r.clause, q.start) !== undefined) return;
    if (!verb && !pred.comparator && !pred.distributor && !r.post && !headed) {
      const attained = !stock ? attainedByCount(text, r, e, dates, g, review) : undefined;
      if (attained) {
        r.pred = { ...pred, verb: { kind: 'object', ...attained } };
        r.object = true;
        out.push(r);
        return;
      }
      // In a review of a past period every amount done or measured is a level reached, whatever its
      // verb (整治骨干河道66公里, 打通900余条断头河): the counted noun follows the unit, or the
      // clause before the number names it.
      // Elsewhere a length or area of works is a target whatever its verb (实施57公里复线项目).
      // Durations are not levels reached (连续6年, 3年内): only counts and sizes.
      // A measure per unit of something (小麦平均单产498公斤/亩, 人均综合能耗352.6千克标准煤/人) is a level as a size is: a yield or
      // an intensity, never a span of time.
      // 新建数字资源200小时: the running time of recorded content is an amount of content to deliver, as a size is (grammar
      // recordedContentNouns).
      const size = ((q.unit.size || (q.unit.kind === 'measure' && !q.unit.amount && PER_UNIT_MEASURE.test(q.unit.unit))) && !q.hanzi) || recordedLength(text, r, g);
      const part = !q.hanzi && partOfTotal(text, q, out, g);
      // 全市实际到位省外资金312.6亿元，同比增长8.4%: a bare amount whose growth or share of the year's task follows is a level.
      const level = q.unit.amount === true && levelFollows(text, r.end, e, g);
      // 储备满足全县15天应急处置需要: the days of need a reserve covers size the reserve, no span of a procedure, also with no bound.
      const reserve = !q.hanzi && reserveTime(text, r, e, g) !== undefined;
      if (!(review || size || part || level || reserve) || q.hanzi || (q.unit.kind !== 'count' && !size && !reserve)) return;
      // 坚持每月1次“执行开放日”, 每季度1次联席会议: times after a cadence shorter than a year say how often a routine runs, in a review
      // as in a plan (procedural() in shapes.ts), not work done.
      if (g.routineUnits.has(q.unit.unit) && cadenceIn(g.routineFrequencies, text, r.clause, q.start) !== undefined) return;
      // The days a reserve covers size the reserve whatever describes its holder (储备满足本辖区3天需要: 辖 of 辖区 is no stock word there).
      if (stock && !reserve) {
        stockEnd = r.end;
        return;
      }
      // 部分村卫生室只有1名乡村医生: a count said of some members of a set describes a condition, no level reached.
      let subject = r.clause;
      while (subject < q.start && WHITE_SPACE[text.charCodeAt(subject)] === 1) subject++;
      if (g.someMembers.startingAt(text, subject) !== undefined) return;
      // 6家社区卫生服务中心全部达到推荐标准, 12家公立医院均完成章程制定: a count of institutions that opens its
      // clause's subject before a distributor is the size of the set the predicate is spread over, no amount done
      // (60项次整改工作全部完成 counts the work done).
      if (nounFollows(text, r.end)) {
        const spread = g.distributors.indexIn(text, r.end, clauseEnd(text, r.end, e));
        // 14个市州全部通达高铁, 12个县（市、区）均建成…: so is a count of the territory's divisions (all of them, a fact of the territory),
        // also with the measure of each after their noun when the whole territory stands before the count (全乡9个村集体经济收入均
        // 超过20万元: every village's income, spread over the nine).
        if (spread && (g.institutionHeads.indexIn(text, r.end, spread.index) !== undefined || g.divisionNouns.has(text.slice(r.end, spread.index).replace(DIVISION_KINDS, '').trim()) || eachDivisionMeasured(text, r, g))) return;
      }
      r.object = nounFollows(text, r.end);
      out.push(r);
      return;
    }
    // A duration that names a zone: 15分钟健康服务圈.
    if (q.unit.kind === 'measure' && g.measureLabels.indexIn(text, r.end, Math.min(e, r.end + MAX_LABEL_AFTER))) return;
    // A service run round the clock: 提供24小时咨询服务.
    if (q.unit.kind === 'measure' && !pred.comparator && !r.post && nounFollows(text, r.end) && g.roundTheClock.has(text.slice(q.start, q.end))) return;
    r.object = verb?.kind === 'object';
    out.push(r);
  });
  return out;
}

/** Units of the time a reserve covers, and how long the need written after it may be (市场供应, 临床使用). */
const RESERVE_TIME_UNITS = new Set(['天', '日', '个月', '周']);
const MAX_NEED = 10;

/**
 * The verb of covering before a reading's time and the noun of need right after it (grammar needCoverVerbs, needNouns): the time is
 * the days of need a reserve covers (储备满足本县10天以上使用需求, 储备满足全县15天应急处置需要). Undefined unless both stand in the clause.
 */
/** How far after an age band its people word may end (65岁及以上困难老年人, 60周岁以上的农村留守老人). */
const MAX_BAND_PEOPLE = 8;

/**
 * Whether an age bounded after it (65岁及以上, 3岁以下) after a verb of change names the people that verb's object is about
 * (提高65岁及以上老年人健康管理服务质量, 提升0—6岁以下儿童…水平): an age band run into a population word (grammar joinHeads) is a
 * class of people, the way statistics name age groups; a change of an age is written unbounded and without people after it
 * (人均预期寿命提高1岁, 平均退休年龄提高2岁). So it is no amount of the change, and no metric of an earlier clause is carried to it.
 */
function ageBandOfObject(text: string, r: Reading, verb: { kind: string }, e: number, g: IndicatorGrammar): boolean {
  if (r.q.unit.kind !== 'age' || verb.kind !== 'change' || !r.post) return false;
  let from = r.end;
  if (text[from] === '的') from++;
  const window = text.slice(from, Math.min(e, from + MAX_BAND_PEOPLE));
  const people = g.joinHeads.indexIn(window);
  return people !== undefined && !g.institutionHeads.has(people.word) && !/[0-9０-９，,。；;：:、]/u.test(window.slice(0, people.index));
}

export function reserveTime(text: string, r: Reading, e: number, g: IndicatorGrammar): { cover: { index: number; word: string }; need: { index: number; word: string } } | undefined {
  if (!RESERVE_TIME_UNITS.has(r.q.unit.unit)) return undefined;
  let cover: { index: number; word: string } | undefined;
  // Up to the number, not the predicate's start: a verb that opens an object reading (储备不少于7天的…用量) is its predicate.
  for (let hit = g.needCoverVerbs.indexIn(text, r.clause, r.q.start); hit; hit = g.needCoverVerbs.indexIn(text, hit.index + hit.word.length, r.q.start)) cover = hit;
  if (cover === undefined) return undefined;
  const from = r.end + (text[r.end] === '的' ? 1 : 0);
  const end = Math.min(clauseEnd(text, from, e), from + MAX_NEED + 2);
  for (let i = from; i < end && HAN_ONLY.test(text[i] as string); i++) {
    const word = g.needNouns.startingAt(text, i);
    if (word !== undefined) return { cover, need: { index: i, word } };
  }
  return undefined;
}

/** The verb of reaching a state, right before a count whose noun runs on to 全覆盖 (实现13个镇（街道）科普e站全覆盖). */
const REACH_VERB = '实现';

/**
 * Whether the count at `at` is the object of 实现 (REACH_VERB): right after it, or after it and a place joined to the count by 和, 及 or
 * 、 (实现中心城区和6个重点乡镇警报信号全覆盖, 实现县城及12个行政村…全覆盖): the places named with the count are covered with it, the
 * whole set one object of the verb, so the count stays the size of the set covered in full, no level. The joined place holds no
 * number and no stop.
 */
function reachedCoverage(text: string, clause: number, at: number): boolean {
  if (text.endsWith(REACH_VERB, at)) return true;
  const verb = text.lastIndexOf(REACH_VERB, at - 1);
  return verb >= clause && COVERED_WITH.test(text.slice(verb + REACH_VERB.length, at));
}
/** A place joined before the count after 实现: no digits and no stop, up to a joiner right before the count. */
const COVERED_WITH = /^[^，,。；;：:、0-9０-９]{1,10}(?:和|及|、)$/u;

/** The distributor that shares one count out over each of the parts named before it (上下午各1次). */
const EACH = '各';

/** Whether a reading carries a bound word (以上, 不低于, 不超过 …): a floor or a cap the plan sets, never a mere arrangement. */
export function bounded(r: Reading): boolean {
  const bound = r.post?.comparator ?? r.pred.comparator;
  return bound === '>=' || bound === '<=';
}

/** Units that count people, with or without a multiplier (2875人, 118.6万人; 人口120万). */
const PEOPLE_UNITS = new Set(['人', '万']);

/**
 * A population's size written right after its name at a date its sentence gives (截至2025年末，全市常住人口118.6万人; 2026年，全县
 * 出生人口2875人: grammar populationHeads): the measured level of that population, as a value right after a metric head is.
 * Undated it describes the place a document is about (全镇常住人口3.2万人，辖8个村), no statistic of a year. Not approximate (约,
 * 余) nor bounded, and not the base a prepositional frame opens (按常住人口312.6万人测算: what an amount is computed from).
 */
function populationSize(text: string, s: number, r: Reading, dates: DateHit[], g: IndicatorGrammar): boolean {
  if (!PEOPLE_UNITS.has(r.q.unit.unit) || r.q.more || r.pred.comparator || r.post) return false;
  if (g.populationHeads.endingAt(text, r.q.start) === undefined) return false;
  if (!dates.some((d) => d.year !== null && d.start >= s && d.end <= r.q.start)) return false;
  let start = r.clause;
  while (start < r.q.start && WHITE_SPACE[text.charCodeAt(start)] === 1) start++;
  return g.frameOpeners.startingAt(text, start) === undefined;
}
