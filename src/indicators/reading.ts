// Decides, for each quantity of a sentence, whether it is an indicator and how it is built: its
// predicate, the comparator after it, and whether it counts an object (建成 N 个 X) or limits an
// age (35岁以上就诊人群). Quantities that only name or describe something are dropped here.
import type { Comparator, IndicatorGrammar, UnitInfo } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import type { WordSet } from '../grammar/words.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { clauseEnd, clauseStart, metricName, objectNoun, trimLead, type Span } from './metric.js';
import { LEADING_YEARS } from './years-count.js';
import { basisStart, boundBeforeVerbPhrase, endsNoun, leadComparator, readAfter, readPredicate, stepWithin, type Predicate } from './predicate.js';
import { BARE, abbreviationBefore, bracketUnitBefore, cadenceIn, groupsAfterHead, isRatio, type Quantity } from './quantity.js';
import { amountRunEnd, laterBefore, laterInClause, lastEndingBetween, prefixMaxEnds } from './neighbours.js';
import { yearlySplitMember } from './yearly-split.js';
import { HAN, HAN_ONLY, han } from '../text/han.js';
import { GRANT, grantsReward } from './grant.js';
import { dimensionFactor } from './dimension.js';
import { rulesCoveredByActivity } from './rule-set.js';

/** A metric counted per base of population or households (每千人口…数, 每万人…, 每百户…), right before its copula. */
const PER_BASE_METRIC = /每(?:[十百千万]|[0-9０-９]+万?)(?:常住)?(?:人口|人|户|名)[\u4e00-\u9fff（）()]{1,20}(?:数|量)$/u;

/** A clause that is only a ratio's name per head of population right before its value, without the 数 that usually closes
 *  it (每万常住人口全科医生4.5人, 每千人口床位6.5张): how lists, tables and 一图读懂 cards shorten 每千人口…数; a ratio, so a
 *  level with no verb, as 每千人口执业(助理)医师数2.5人 is. */
const PER_POPULATION_NAME = /^每(?:[十百千万]|[0-9０-９]+万?)(?:常住)?人口(?![中里内])(?:(?!有)[\u4e00-\u9fff（）()]){1,20}$/u;

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
  /** A bare count after 、 that goes on a list of targets of its clause (…达到9家、床位1180张): see joinedAfterTarget. */
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
/** Units a length of service or residence is counted in (工作满5年, 居住满6个月, 缴费满180天). */
const SERVICE_TERM_UNITS = new Set(['年', '个月', '天', '日']);
/** Units of the least time a rule keeps between two acts (间隔不少于6个月, 不少于2周, 不少于28天). */
const SPACING_UNITS = new Set(['年', '个月', '周', '天', '日', '小时']);
/** Working days, the unit procedural time limits are counted in (10个工作日内答复, 可延长至20个工作日). */
const WORKING_DAYS = new Set(['个工作日', '工作日']);
/** 平均 in a term's name: an average measured over cases, a level (平均审理期限为38天). */
const AVERAGE = '平均';
/** A comma right after 的 closes a condition phrase (…3人以上的，应当报告). */
const CLAUSE_COMMA = /[，,]/u;
/** How far a measure label (15分钟健康服务圈) may follow its duration. */
const MAX_LABEL_AFTER = 8;
const JOINER_ONLY = /^[ 、和及与或]*$|^[ ]*以及[ ]*$/u;
/** An object that opens with a joiner follows a verb that is itself one of a list. */
const JOINER_START = /^[ 、和及与或]/u;
/** 并 joins verbs only: an object that opens with it runs on with a second verb of the same object (发现并登记…患者), unless
 *  it opens a noun (grammar notJoiners: 并网, 并购). So does 或 straight after a verb: a choice of works done to one object
 *  (新开通或优化公交线路15条, 新建或改扩建幼儿园12所), and 和 straight after it: works done to one object counted together
 *  (新开通和优化公交线路25条), the second verb being one no object-verb list need hold (verbJoinedByHe says when 和 does). */
const VERB_JOINER_START = /^\s*[并或和]/u;

/** 和 joins nouns as often as verbs: a "verb" found at the end of a noun (基础设施建设和民生实事项目, 城乡建设和产业发展项目) is
 *  no verb of a list. 和 joins two verbs only where an object verb follows it, or the verb before it opens the clause after its
 *  lead words and adverbials (`opens`), as 新开通和优化城乡公交线路 does. */
function verbJoinedByHe(text: string, found: { index: number; word: string }, joinerAt: number, verbs: WordSet, opens: number): boolean {
  return verbs.startingAt(text, found.index + found.word.length + joinerAt + 1) !== undefined || opens === found.index;
}

/** Whether a verb at text[at] stands inside the object of a verb that ended at `after`: a noun of two or
 *  more characters runs into it (城市 in 实施城市更新项目), with no list joiner or stop between. */
function insideObject(text: string, after: number, at: number): boolean {
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
function actOfEngagedAgent(text: string, opens: number, verb: { index: number; word: string }, g: IndicatorGrammar): boolean {
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
function projectNameWord(text: string, floor: number, v: { index: number; word: string }, before: number, dates: DateHit[], verbs: WordSet, g: IndicatorGrammar): boolean {
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
function insideHolderName(text: string, v: { index: number; word: string }, before: number, g: IndicatorGrammar): boolean {
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
function insideHeldName(text: string, clause: number, v: { index: number; word: string }, verbs: WordSet, g: IndicatorGrammar): boolean {
  const holding = g.stockHolding.indexIn(text, clause, v.index);
  if (!holding || text[holding.index - 1] === '在' || verbs.indexIn(text, clause, holding.index) !== undefined) return false;
  return HELD_NAME.test(text.slice(holding.index + holding.word.length, v.index));
}
/** The name of a thing held, up to a verb inside it: characters with no punctuation or digit (预防, 职业健康). */
const HELD_NAME = /^[\u4e00-\u9fff]*$/u;

/** Punctuation that ends the phrase a quantity stands in: a label word after it names something else. */
const PHRASE_END = /[，,；;。：:、！!？?]/u;

function labelAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  if (listNamedAfter(text, end, g)) return true;
  for (let k = end; k < end + 3 && k < text.length; k++) {
    // 新增灌溉面积1.5万亩，项目区亩均…: the 项目 of the next clause names nothing of this one.
    if (PHRASE_END.test(text[k] as string)) return false;
    if (g.labelWords.startingAt(text, k)) return true;
  }
  return false;
}

/** Longest name of a promised list looked at after its count: a field of four or six characters and 民生实事 (卫生健康民生实事). */
const LIST_NAME_REACH = 8;

/** Whether the Han run right after a count holds a list head (grammar listHeads) within reach: the count names the list. */
function listNamedAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  for (let k = end; k < end + LIST_NAME_REACH && HAN.test(text.slice(k, k + 1)); k++) {
    if (g.listHeads.startingAt(text, k)) return true;
  }
  return false;
}

/** Longest preparation name looked at after a percentage (酸性磷酸氟凝胶, 复方氯己定含漱液). */
const MAX_PREPARATION = 10;

/** Whether a preparation's name (grammar preparationHeads) follows a quantity right away, before any stop or joiner. */
function preparationAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  if (!nounFollows(text, end)) return false;
  for (let k = end + 1; k <= end + MAX_PREPARATION && k <= text.length; k++) {
    if (g.preparationHeads.endingAt(text, k)) return true;
    if (!nounFollows(text, k)) return false;
  }
  return false;
}

/** A verb whose first character closes a lead word, where another verb starts one character on (力争|创建, not 争创): that verb. */
function leadSplit(text: string, v: { index: number; word: string }, verbs: WordSet, g: IndicatorGrammar): { index: number; word: string } {
  if ((g.leadWords.endingAt(text, v.index + 1)?.length ?? 0) < 2) return v;
  const next = verbs.startingAt(text, v.index + 1);
  return next === undefined ? v : { index: v.index + 1, word: next };
}

/**
 * A word of aid or subsidy read as a verb (救助, 补助: grammar rewardWords) right before a benefit cap's word (grammar benefitCaps) is
 * the first half of the cap's noun, the scheme whose cap it is, no act on an object (年度救助限额按6万元执行 sets the cap, it aids
 * nothing). Only such words: 新增限额以上商贸企业 adds firms of the statistics' 限额以上 class.
 */
function opensBenefitCap(text: string, v: { index: number; word: string }, g: IndicatorGrammar): boolean {
  return g.rewardWords.has(v.word) && g.benefitCaps.startingAt(text, v.index + v.word.length) !== undefined;
}

/**
 * Where the next item of a clause may start after a count that ends at `end`: past a kind noun right after the count's unit
 * (集采药品不少于520个品种、医用耗材不少于35类: 品种 is what the first count counts, grammar kindNouns), which names no part of
 * the next item's subject. Elsewhere at `end`.
 */
function pastKindNoun(text: string, end: number, before: number, g: IndicatorGrammar): number {
  const kind = g.kindNouns.startingAt(text, end);
  return kind !== undefined && end + kind.length <= before ? end + kind.length : end;
}

/** Whether the name before a copula (from the clause start to `end`) ends as a count's does (总量, 人数), no word that only ends so. */
function countNamed(text: string, clause: number, end: number, g: IndicatorGrammar): boolean {
  const e = nameEnd(text, clause, end);
  const head = g.copulaCountEnds.endingAt(text, e);
  if (!head || e - head.length <= clause) return false;
  const not = g.notCopulaCountEnds.endingAt(text, e);
  return !(not && not.length > head.length);
}

/** Whether the name before a copula ends as an age statistic's does (人均预期寿命, 平均年龄), with a word of its own before. */
function ageNamed(text: string, clause: number, end: number, g: IndicatorGrammar): boolean {
  const e = nameEnd(text, clause, end);
  const head = g.copulaAgeEnds.endingAt(text, e);
  return head !== undefined && e - head.length > clause;
}

/** Where a name before its verb ends, white space left out. */
function nameEnd(text: string, clause: number, end: number): number {
  let e = end;
  while (e > clause && text[e - 1] === ' ') e--;
  return e;
}

/** A noun starts right after a quantity (64个水位站点), not a stop, a bracket or a joiner. */
function nounFollows(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c >= 0x4e00 && c <= 0x9fff && !NOT_NOUN_START.has(text[end] as string);
}
const NOT_NOUN_START = new Set(['、', '和', '及', '与', '或', '等', '以', '左', '之', '内', '的']);

/** A short noun (up to six characters, no joiner or stop) right after a quantity, closed by 的 (1年以上劳动合同的). */
function nounRunEndsInDe(text: string, end: number): boolean {
  if (!nounFollows(text, end)) return false;
  for (let i = end + 1; i < end + 7 && i < text.length; i++) {
    if (text[i] === '的') return true;
    if (!nounFollows(text, i)) return false;
  }
  return false;
}

/**
 * Whether an amount of money is the fine a law fixes (grammar penaltyWords after it, past the rest of its range: 处以50元以上500元
 * 以下罚款, 并处1万元至5万元的罚款): the 行政处罚 formula plans restate, a penalty, whatever bound it carries. A range written as two
 * bounded amounts (50元以上500元以下) is two readings side by side: the penalty is looked for past both. `amountRuns`: amountRunEnd's memo.
 */
function fineAmount(text: string, all: readonly Reading[], k: number, amountRuns: number[], g: IndicatorGrammar): boolean {
  if ((all[k] as Reading).q.unit.amount !== true) return false;
  let at = amountRunEnd(text, all, k, amountRuns);
  while (text[at] === ' ') at++;
  if (text[at] === '的') at++;
  return g.penaltyWords.startingAt(text, at) !== undefined;
}

/**
 * Whether a bounded value is the edge of a band an amount is split at (个人自付费用超过2万元的部分, 12万元以上的部分: grammar sliceNouns
 * after 的): how benefits, subsidies and taxes are computed, not a level to reach.
 */
function sliceEdge(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return (r.post !== undefined || r.pred.comparator !== undefined) && text[r.end] === '的' && g.sliceNouns.startingAt(text, r.end + 1) !== undefined;
}

/**
 * Whether a value is the content of a rule in force that the plan applies (grammar ruleFrames: 严格执行缴存比例为5%—12%的规定,
 * 继续执行首付款比例不低于25%的政策): a verb of applying before it and 的 + a rule noun after it, all in its clause.
 */
function ruleContent(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (g.ruleVerbs.indexIn(text, r.clause, r.q.start) === undefined) return false;
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end; k < end - 1; k++) if (text[k] === '的' && g.ruleNouns.startingAt(text, k + 1) !== undefined) return true;
  return false;
}

/** A count after 每 in digits or a numeral: the base a norm spreads its provision over (每600名学生, 每千名老年人, 每3万人口). */
const PER_BASE_COUNT = /^[0-9０-９.]+|^[一二两三四五六七八九十百千万]+/u;

/**
 * Whether a value is what a per-base norm provides inside a provision frame (grammar provisionFrames and perWords: 按照每600名学生
 * 配备1名专职卫生技术人员的标准配备校医, 按每3万人口配置1辆救护车的比例配齐): a staffing or equipment norm of a regulation, restated as
 * the basis the provision after the frame follows, not a level the plan sets. A bound word (按照每千名老年人不少于1名的标准) still
 * sets one, and a norm the plan states as its own goal, outside such a frame (全县每3万人口配置1辆救护车), stays an item.
 */
function perBaseNorm(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (r.post || r.pred.comparator || r.q.unit.kind !== 'count') return false;
  let open: { index: number; word: string } | undefined;
  for (let at = g.provisionOpeners.indexIn(text, r.clause, r.q.start); at; at = g.provisionOpeners.indexIn(text, at.index + 1, r.q.start)) open = at;
  if (!open) return false;
  const per = g.perWords.indexIn(text, open.index + open.word.length, r.q.start);
  if (!per || !PER_BASE_COUNT.test(text.slice(per.index + per.word.length, r.q.start))) return false;
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end; k < end - 1; k++) if (text[k] === '的' && g.provisionNouns.startingAt(text, k + 1) !== undefined) return true;
  return false;
}

/**
 * Whether a range is a band a payer chooses in (grammar choiceBands: 可在…的60%至300%之间自主选择缴费基数, 缴存比例可在5%—12%之间
 * 自行确定): a mark (之间) right after it and a verb of choosing later in its clause. The edges of a choice, not a target.
 */
function choiceBand(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (!Array.isArray(r.q.value)) return false;
  let at = r.end;
  while (text[at] === ' ') at++;
  const mark = g.choiceMarks.startingAt(text, at);
  if (mark === undefined) return false;
  return g.choiceVerbs.indexIn(text, at + mark.length, clauseEnd(text, r.end, e)) !== undefined;
}

/**
 * Whether a length is the edge of a buffer zone a rule draws around a place (grammar bufferZones: 禁止在距离学校大门50米范围内设置
 * 烟草售卖点, 医疗机构出入口30米范围内不得吸烟): a mark (范围内, 以内, 内) right after its unit and a ban in its clause. Where an act
 * is banned, not a level to reach.
 */
function bufferZone(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (!g.bufferUnits.has(r.q.unit.unit)) return false;
  let at = r.q.end;
  while (text[at] === ' ') at++;
  const mark = g.bufferMarks.startingAt(text, at);
  if (mark === undefined) return false;
  return g.bufferBans.indexIn(text, r.clause, r.q.start) !== undefined || g.bufferBans.indexIn(text, at + mark.length, clauseEnd(text, r.end, e)) !== undefined;
}

/**
 * Whether a length is a clearance a siting rule sets (grammar clearanceNouns: 与建筑物出入口的距离不少于10米, 防火间距不小于6米): a
 * floor on a length whose metric ends in a noun of separation. The least distance a thing must keep, not a level to reach; a capped
 * distance (服务半径不超过500米) is a target of access and is not matched.
 */
function clearance(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!g.bufferUnits.has(r.q.unit.unit) || (r.pred.comparator ?? r.post?.comparator) !== '>=') return false;
  let at = r.pred.start;
  while (at > r.clause && text[at - 1] === ' ') at--;
  return g.clearanceNouns.endingAt(text, at) !== undefined;
}

/**
 * Whether a value is the advice of a named guideline the plan passes on (grammar adviceFrames: 宣传《中国居民膳食指南》推荐的成年人每天
 * 食盐不超过5克): a title in 《》 closed before it in its clause and followed by a verb of recommending (推荐, 建议), a link word (中, 所)
 * allowed between. What a guideline advises each person, not a level the plan sets.
 */
function guidelineAdvice(text: string, r: Reading, g: IndicatorGrammar): boolean {
  for (let k = r.clause; k < r.q.start; k++) {
    if (text[k] !== '》') continue;
    const link = g.adviceLinks.startingAt(text, k + 1);
    if (g.adviceVerbs.startingAt(text, k + 1) !== undefined || (link !== undefined && g.adviceVerbs.startingAt(text, k + 1 + link.length) !== undefined)) return true;
  }
  return false;
}

/**
 * Whether a value is advice the plan spreads with no guideline named (grammar adviceFrames: 广泛宣传成人每天食盐不超过5克、烹调油
 * 25—30克的膳食建议): a verb of spreading knowledge before it and 的 + an advice noun after it, all in its clause, as ruleContent
 * reads a rule's settings. What each person is advised to do, not a level the plan sets.
 */
function spreadAdvice(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (g.adviceSpreadVerbs.indexIn(text, r.clause, r.q.start) === undefined) return false;
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end; k < end - 1; k++) if (text[k] === '的' && g.adviceNouns.startingAt(text, k + 1) !== undefined) return true;
  return false;
}

/**
 * Whether a value is a legal ceiling (grammar legalCeilings: 医疗废物暂时贮存时间不得超过2天, 接触噪声…不得超过85分贝): its predicate
 * says 不得超过 or 不得高于, the modal in which laws and standards set a limit every operator must keep. A rule restated, not a
 * level the plan sets (its own ceilings say 不超过 or 控制在…以内).
 */
function legalCeiling(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return g.legalCeilings.indexIn(text, r.pred.start, r.q.start) !== undefined || dutyLimit(text, r, g);
}

/**
 * Whether a ceiling or a band is set in the modal of a duty (grammar dutyModals: 温度应当保持在5℃以下, 总余氯应当控制在2—8mg/L):
 * 应当 right before the predicate or inside it, the word in which rules oblige every operator. Floors stay (满意度应当达到90%以上):
 * the set's 办法 state with them what a body must reach.
 */
function dutyLimit(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const comparator = r.post?.comparator ?? r.pred.comparator;
  if (comparator !== '<=' && !Array.isArray(r.q.value)) return false;
  return g.dutyModals.endingAt(text, r.pred.start) !== undefined || g.dutyModals.indexIn(text, r.pred.start, r.q.start) !== undefined;
}

/** How many characters of a tax's name (三档增值税, 企业所得税) may stand between a rate and the noun of a law's rate after it. */
const MAX_TAX_NAME = 8;
/** How many rates a law's list of them may hold after the first (13%、9%、6%三档…). */
const MAX_RATE_LIST = 12;

/**
 * Whether a rate or a bounded amount is a parameter of a tax law (grammar taxRateNouns and levyVerbs): a rate followed, past the rest
 * of its list (13%、9%、6%), 的 and a few characters of the tax's name, by the noun of a law's rate (适用3%征收率, 三档增值税税率), or a
 * rate or bounded amount followed right by a verb of levying or exempting (按1%征收, 月销售额10万元以下免征增值税), or a rate right after
 * 减按 (grammar reducedRateLeads: 减按25%计入应纳税所得额). Not a target.
 */
function taxLawRate(text: string, all: readonly Reading[], k: number, g: IndicatorGrammar): boolean {
  const r = all[k] as Reading;
  const rate = r.q.unit.kind === 'rate';
  if (!rate && !(r.q.unit.amount === true && (r.post !== undefined || r.pred.comparator !== undefined))) return false;
  let at = r.end;
  if (g.levyVerbs.startingAt(text, at) !== undefined) return true;
  if (!rate) return false;
  if (g.reducedRateLeads.endingAt(text, r.q.start) !== undefined) return true;
  for (let j = k + 1; j < all.length && j <= k + MAX_RATE_LIST; j++) {
    const o = all[j] as Reading;
    if (o.q.unit.kind !== 'rate' || !JOINER_ONLY.test(text.slice(at, o.q.start))) break;
    at = o.end;
  }
  if (text[at] === '的') at++;
  for (let i = at; i <= at + MAX_TAX_NAME && i < text.length; i++) {
    if (g.taxRateNouns.startingAt(text, i) !== undefined) return true;
    if (!HAN.test(text[i] as string)) return false;
  }
  return false;
}

/** Points with no verb or bound of their own; a verb of works read inside a component's name (行风建设10分) sets none, points being nothing built. */
function barePoints(r: Reading): boolean {
  const { pred, post } = r;
  return (!pred.verb || pred.verb.kind === 'object') && !pred.comparator && !post && !pred.distributor;
}

/**
 * Whether a sentence shares points out among components, as a scoring rule gives each its weight (其中，党建和行风建设10分，基本医疗
 * 服务30分，…): two or more numbers of points, all bare. A sentence where a verb or bound sets one (门诊患者满意度达到92.5分，住院患者
 * 满意度95.3分) states levels, its bare members borrowing that verb.
 */
function allotsPoints(all: readonly Reading[], g: IndicatorGrammar): boolean {
  let n = 0;
  for (const r of all) {
    if (!g.scoreUnits.has(r.q.unit.unit)) continue;
    if (!barePoints(r)) return false;
    n++;
  }
  return n >= 2;
}

/** Whether `ch` stands in text[from, to): scanned within the clause only, so that a long text without it costs no more. */
function charBetween(text: string, ch: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return true;
  return false;
}

/**
 * Whether a bare count is the sample an assessment's check draws from each body it checks (每单位随机抽查居民健康档案30份, 每院抽取
 * 签约居民20人): a 每 in its clause, then a verb of sampling (grammar sampleVerbs) before it, and no bound of its own.
 */
function checkSample(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.post || r.pred.comparator) return false;
  const per = text.indexOf('每', r.clause);
  if (per < 0 || per >= r.q.start) return false;
  return g.sampleVerbs.indexIn(text, per + 1, r.q.start) !== undefined;
}

/** A bracket of one to three characters (每低（高）1个百分点: the opposite direction the same step counts in). */
const SHORT_BRACKET_BEFORE = /[（(][\u4e00-\u9fff]{1,3}[）)]$/u;

/** Whether a rate at `start` is the rest of a sum after a verb of paying it (拨付其余40%): grammar remainderWords, payRateVerbs. */
function paidRemainder(text: string, start: number, g: IndicatorGrammar): boolean {
  const rest = g.remainderWords.endingAt(text, start);
  return rest !== undefined && g.payRateVerbs.endingAt(text, start - rest.length) !== undefined;
}

/** Whether the quantity text[start, end) stands alone in brackets that close the text (…项目（3个）): a heading's tally. */
function tallyClosing(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = text[end];
  if (!((open === '（' && close === '）') || (open === '(' && close === ')'))) return false;
  for (let k = end + 1; k < text.length; k++) if (WHITE_SPACE[text.charCodeAt(k)] !== 1) return false;
  return true;
}

/** What may stand between a verb of deducting and the share it deducts: the sum it is a share of (下年度预拨资金的, 补助资金). */
const DEDUCTED_SUM = han(/^\p{Script=Han}{0,12}$/u);

/**
 * Whether a rate at `start` is the share a verb of deducting takes off as a sanction (扣减下年度预拨资金的10%, 核减补助资金20%): the
 * verb's object, right after it or after the sum it is a share of. Not a rate a later verb sets (扣除价格因素后实际增长6%: the
 * deduction is how the growth is counted).
 */
function deductedShare(text: string, clause: number, start: number, g: IndicatorGrammar): boolean {
  const verb = g.deductVerbs.indexIn(text, clause, start);
  if (verb === undefined) return false;
  const between = text.slice(verb.index + verb.word.length, start);
  return DEDUCTED_SUM.test(between) && g.changeVerbs.indexIn(between) === undefined && g.targetVerbs.indexIn(between) === undefined;
}

/**
 * Whether a value is a number of a scoring rule, the way an assessment (考核办法, 评分细则) turns results into points, not a level
 * the plan sets to reach: the step a deduction or bonus is counted in (每低1个百分点扣0.5分, 每低（高）1个百分点: grammar scoreSteps
 * right before it), a bounded or reached level closed by 的 that a score or grade follows from (达到35%的得满分, 低于50%的本项不得分,
 * 90分以上的为优秀: grammar scoreConsequences after the 的), and the weight of a component, a share of the total score
 * (日常考核结果占考核总分的40%: 占 and grammar scoreTotals before it). A scoring sheet that sets a target writes it as one
 * (目标值：门诊处方合格率达到95%以上), which none of these touches. `allotted`: the sentence shares points out among components
 * (see allotsPoints).
 */
function scoringRule(text: string, r: Reading, g: IndicatorGrammar, allotted: boolean, s: number): boolean {
  const { q, pred, post } = r;
  const bracket = SHORT_BRACKET_BEFORE.exec(text.slice(Math.max(r.clause, q.start - 5), q.start));
  if (g.scoreSteps.endingAt(text, q.start - (bracket ? bracket[0].length : 0)) !== undefined) return true;
  if ((post || pred.comparator || pred.verb) && text[r.end] === '的' && g.scoreConsequences.startingAt(text, r.end + 1) !== undefined) return true;
  // The rate or measure a sum or a norm is paid or worked out at (按核定基数的110%核拨, 合格的按95%核拨, 每床建筑面积按50㎡核定): 按
  // before it, a verb of paying or approving right after, no bound of its own.
  if (!post && !pred.comparator && g.payRateVerbs.startingAt(text, r.end) !== undefined && charBetween(text, '按', r.clause, q.start)) return true;
  if (q.unit.kind === 'rate') {
    const end = text[q.start - 1] === '的' ? q.start - 1 : q.start;
    const total = g.scoreTotals.endingAt(text, end);
    if (total !== undefined && charBetween(text, '占', r.clause, end - total.length)) return true;
    // The weight of a component named by its score right before 占, with no bound (牵头医院得分占60%, 平时考核成绩占30%: grammar scoreParts).
    if (!post && !pred.comparator && text[q.start - 1] === '占' && g.scoreParts.endingAt(text, q.start - 1) !== undefined) return true;
    // So is a component named bare before 占 after the sentence names the scale of the score (评价采取百分制，其中组织管理占10%:
    // grammar scoreScales): the parts of the hundred points.
    if (!post && !pred.comparator && text[q.start - 1] === '占' && g.scoreScales.indexIn(text, s, r.clause) !== undefined) return true;
    // The last instalment of such a payment (拨付其余40%) and a share deducted as a sanction (扣减下年度预拨资金的10%).
    if (!post && !pred.comparator && (paidRemainder(text, q.start, g) || deductedShare(text, r.clause, q.start, g))) return true;
    // The quota of a grade (优秀等次单位数不超过总数的30%): how many may get it, a rule of grading (grammar gradeWords).
    if (g.gradeWords.indexIn(text, r.clause, q.start) !== undefined) return true;
  }
  // Points: bare numbers of them listed over components are the components' shares of the score (其中，党建工作10分，医疗服务30分);
  // after a word that adds or deducts them, or in a clause of bonus or deduction items, the score's arithmetic (扣2分, 最高加5分,
  // 加分项（最高5分）).
  if (q.unit.kind === 'count' && checkSample(text, r, g)) return true;
  if (g.scoreUnits.has(q.unit.unit)) {
    if (allotted && barePoints(r)) return true;
    // The points a scheme allots to an item or in all (单项指标分值最高10分, 满分100分): what it is worth, not a level reached.
    if (g.scoreAllotments.endingAt(text, pred.start) !== undefined) return true;
    const acts = g.scoreActs.endingAt(text, q.start);
    const items = g.scoreActs.indexIn(text, r.clause, q.start);
    if (acts !== undefined || (items !== undefined && items.word.length > 1)) return true;
  }
  return false;
}

/**
 * A size or an amount of money bounded after it (以上, 以下) that qualifies the noun it stands before
 * names a class of things, as an attribute does: 村级集体经济年经营性收入50万元以上的村占比达到85%,
 * 其中10亿元以上项目3—5个, 支持年营业收入20亿元以上的龙头企业. It is part of a name, not a level to
 * reach, when nothing before it sets it (no verb, comparator or distributor) and 的 follows, or a noun
 * whose own value comes later in the clause. Counts are left alone (20个以上的县 counts the 县), except
 * counts of people or livestock, which count no noun after them (消除56人以上超大班额, 年出栏500头以上规模养殖场); a count run
 * into the name of a rate is inNextMetricName's.
 */
function qualifiesNoun(text: string, r: Reading, next: Reading | undefined, g: IndicatorGrammar): boolean {
  const { q, pred, post } = r;
  // A value before 的标准 is the standard a measure applies (按每个不低于5000元的标准给予奖补), never a class of a noun.
  if (text[r.end] === '的' && g.standardNouns.startingAt(text, r.end + 1) !== undefined && g.notStandardNouns.startingAt(text, r.end + 1) === undefined) return false;
  // Bounded and followed by 的 in a clause that opens a condition (对发生较大事故2起以上的乡镇实行约谈, 凡吸纳就业50人以上的企业,
  // 对考核优秀率达到90%以上的单位给予奖励): it says who the measure after it applies to, whatever its unit.
  // Not an age: 对65岁及以上的老年人…, 对预产期年龄35周岁及以上的孕妇… write the population a service reaches, as 为… does, and
  // an age that limits who a service reaches is an item of its own (INDICATORS.md); the age reading decides (a service word in
  // its sentence, no value of its own later in the clause).
  // Not a share right after the opener, with nothing between them but its bound and a scope (对不少于10%的社会组织开展抽查审计,
  // 对全县90%以上的养老机构开展…): no property is named for it to be a level of; it is the share of what the measure is done to
  // (shapes' shareDoneTo).
  const opener = g.conditionOpeners.startingAt(text, r.clause);
  const openerGap = opener === undefined ? '' : text.slice(r.clause + opener.length, pred.start).trim();
  const doneToShare = opener !== undefined && q.unit.unit === '%' && text[r.end] === '的' && (openerGap === '' || g.scope.exec(openerGap)?.[0] === openerGap) &&
    g.benefactiveVerbs.indexIn(text, r.end + 1, clauseEnd(text, r.end + 1, text.length)) !== undefined;
  const condition = q.unit.kind !== 'age' && opener !== undefined && !doneToShare;
  if ((post || pred.comparator) && text[r.end] === '的' && condition) return true;
  // So with a verb of reaching in place of the bound (对累计献血达到20次的献血者给予表彰, 凡年接诊量达到1万人次的…): reaching the level is
  // who qualifies; not before a target word (对…达到100%的目标, 的要求).
  if (!post && !pred.comparator && pred.verb?.kind === 'target' && text[r.end] === '的' && condition && g.targetLabels.startingAt(text, r.end + 1) === undefined) return true;
  // Bounded and closed by 的 and a comma, with or without an opener (同一事件伤亡人数达到3人以上的，应当立即报告; 违法所得5万元以上的，
  // 从重处罚): the 的-phrase of legal and rule writing that states a condition (…的，) the duty after the comma applies under. Not an age.
  if ((post || pred.comparator) && q.unit.kind !== 'age' && text[r.end] === '的' && CLAUSE_COMMA.test(text[r.end + 1] ?? '')) return true;
  // So is one whose 的 runs straight into the duty, the comma left out (水氟含量超过1.2mg/L的及时报告: grammar conditionDuties).
  if ((post || pred.comparator) && q.unit.kind !== 'age' && text[r.end] === '的' && g.conditionDuties.startingAt(text, r.end + 1) !== undefined) return true;
  // So is one whose clause runs on, with no comma, to 即 and the act it triggers (…3例及以上有关联的病例即按聚集性疫情处置: grammar
  // definitionConsequences): the threshold of a class or of a response.
  if ((post || pred.comparator) && q.unit.kind !== 'age' && g.definitionConsequences.indexIn(text, r.end, clauseEnd(text, r.end, text.length)) !== undefined) return true;
  // So is one closed by 的 and the short noun of who qualifies before the comma, when the clause after it grants what they receive
  // (见习期满留用率达到60%以上的单位，另给予每人2000元奖励; 年纳税额首次超过500万元的企业，给予一次性奖励): the condition of a support
  // policy, written without its 对; or lays a sanction on them (任务完成率低于80%的县（市、区），由市卫生健康委约谈…): the
  // threshold of a 考核 rule. Not an age.
  if ((post || pred.comparator) && q.unit.kind !== 'age' && grantedTo(text, r.end, g)) return true;
  // A rank cut (前3名, 前10位) between the 对 that opens a support policy's condition and the grant after it (对考核排名前3名的乡镇
  // 给予通报表扬, 对完成任务较好的前5名单位给予奖励): which of them receive it, no level to reach.
  if (opener !== undefined && pred.comparator && !pred.verb && !post && q.unit.kind === 'count' && GRANT.test(text.slice(r.end, clauseEnd(text, r.end, text.length)))) return true;
  // Unbounded too after a verb of reaching, alone or as a list of values closed by that 的 and comma (志愿服务时长累计达到100小时、
  // 300小时、600小时的，分别认定为一星级至三星级志愿者; 年服务人次达到5000人次的，评为示范站): the thresholds of the classes a rule
  // sets, each a condition, never a level to reach. Not an age.
  if ((pred.verb?.kind === 'target' || r.listed) && q.unit.kind !== 'age' && THRESHOLD_LIST.test(text.slice(r.end, r.end + MAX_CONDITION_CLAUSE))) return true;
  // So is a bounded value further inside such a 的-phrase, or inside a class definition: see conditionTerm.
  if ((post || pred.comparator) && q.unit.kind !== 'age' && conditionTerm(text, r.end)) return true;
  // A length of time after 满, 不满 or 未满 and before 的 (连续工作满5年的急救医生, 服务不满1年的人员): the term someone has served,
  // which says who a measure applies to, as an age after 年满 does (grammar fullAgeWords); never a level to reach.
  if (q.unit.kind !== 'age' && text[r.end] === '的' && g.fullAgeWords.endingAt(text, q.start) !== undefined && SERVICE_TERM_UNITS.has(q.unit.unit)) return true;
  // So is a value bounded after it whose noun comes before that 的 (对签订1年以上劳动合同的企业, 对租用200平方米以上场地的创业实体): the
  // condition is the whole 对…的 phrase, the value a term of it.
  if (post && nounRunEndsInDe(text, r.end) && condition) return true;
  // Bounded before it instead (培育年营业收入超10亿元的企业20家): a class when the noun's own value comes later
  // in the clause, or with 的 in the condition of a support policy (对…首次突破1亿元的餐饮企业，给予…). Also right after
  // the object verb of that count (培育超10亿元企业5家、超亿元企业30家: the verb counts the firms).
  if (!post && pred.comparator && (!pred.verb || pred.verb.kind === 'object') && !pred.distributor && !pred.baseline && (q.unit.kind === 'measure' || q.unit.amount || q.unit.qualifier)) {
    // Also when the noun is part of a metric named later in the clause, whatever its value (接尘工龄不足5年的劳动者
    // 新发尘肺病报告例数占…的比例明显下降).
    const laterMetric = () => g.metricHeads.indexIn(text, r.end, clauseEnd(text, r.end, text.length)) !== undefined;
    const sameClause = next !== undefined && next.clause === r.clause;
    // Without 的 the noun runs straight on (培育产值超10亿元企业8家): a class only when that noun's value follows, or when the
    // noun is an institution, which an amount can only class (营业收入超千亿元企业实现零的突破, 培育产值超10亿元企业).
    // A count in Chinese numerals straight after the value (…、永久基本农田保护面积不低于59.87万亩两条红线) is no noun: it counts the list
    // the value closes.
    if (text[r.end] !== '的') return nounFollows(text, r.end) && next?.q.start !== r.end && (sameClause || g.institutionHeads.startingAt(text, r.end) !== undefined);
    // A qualifier's count or size past a word of exceeding or falling short and closed by 的 before a noun (服务人口超过3万人的中心卫生院,
    // 高度超过24米的建筑, 服务人口少于800人的行政村) classes that noun by what it already is, as the count bounded after it does
    // (服务人口3万人以上的乡镇: below); not a floor (组建不少于30人的抢险队伍: the size set for what is built), nor before a target word
    // (参保人数超过52万人的目标).
    const classes = q.unit.qualifier === true && CLASS_BOUND_BEFORE.test(text.slice(Math.max(r.clause, q.start - 4), q.start).trimEnd()) &&
      nounFollows(text, r.end + 1) && g.targetLabels.startingAt(text, r.end + 1) === undefined;
    return sameClause || g.conditionOpeners.startingAt(text, r.clause) !== undefined || laterMetric() || classes;
  }
  // Right after an object verb, a bounded amount or size that runs into a noun counted later in its clause names the
  // class of what is counted (引进10亿元以上产业项目6个, 实施5000万元以上的项目30个): the verb's value is the count.
  // So does a bounded count of people or livestock (新增年出栏500头以上规模养殖场12家, 培育50人以上企业10家): see qualifier.
  if (post && pred.verb?.kind === 'object' && !pred.comparator && !pred.distributor && (q.unit.kind === 'measure' || q.unit.amount || q.unit.qualifier)) {
    const runsOn = text[post.end] === '的' || nounFollows(text, post.end);
    return runsOn && next !== undefined && next.clause === r.clause && next.q.unit.kind === 'count' && !next.pred.verb;
  }
  // A capacity, size or duration written straight before a noun whose own count comes later in the clause, with no bound
  // and no verb of its own (新建5万吨污水处理厂2座, 新增24小时自助服务终端260台, 建成千吨万人供水工程18处, 改造3000吨级码头2个),
  // names the class of what is counted, as works and facilities are named by their capacity: the count is the value.
  // Not a count listed after the noun (建设三岛79公里大堤、13座水闸: the 13 counts 水闸, the 79公里 is the dike's length).
  if (!post && !pred.comparator && !pred.distributor && !pred.baseline && (!pred.verb || pred.verb.kind === 'object') && q.unit.kind === 'measure') {
    const runsOn = text[r.end] === '的' || nounFollows(text, r.end);
    if (runsOn && next !== undefined && next.clause === r.clause && next.q.unit.kind === 'count' && !next.pred.verb && !next.pred.comparator && !text.slice(r.end, next.q.start).includes('、')) return true;
  }
  // An amount of money named by its attribute right before it and written before 的 and a noun (实施总投资8.6亿元的片区更新项目,
  // 引进年营业收入5亿元的企业) is the size of each of those things, no bound needed: it says which or what kind of thing, as a
  // project's bare 总投资 is its scale, not a level to reach. Not before a target word (完成投资22亿元的目标).
  if (q.unit.amount && !post && !pred.comparator && !pred.distributor && !pred.baseline && text[r.end] === '的' && nounFollows(text, r.end + 1) &&
    g.targetLabels.startingAt(text, r.end + 1) === undefined &&
    (g.projectAmounts.endingAt(text, q.start) !== undefined || g.amountHeads.endingAt(text, q.start) !== undefined)) return true;
  if (!post || pred.verb || pred.comparator || pred.distributor || pred.baseline) return false;
  // A bounded count of people before a noun (消除56人以上超大班额) names a class of that noun.
  if (q.unit.qualifier && (text[post.end] === '的' || nounFollows(text, post.end))) return true;
  // So does a bounded count whose own object a head right before it names (床位数500张以上的医院, 年分娩量3000例以上的助产机构),
  // with 的 and another noun after it: the size of each of those things, a class of them as a bounded amount is (年营业收入2000万元
  // 以上的企业), not a level to reach. Not before a target word (床位数6张以上的目标).
  if (q.unit.kind === 'count' && text[post.end] === '的' && nounFollows(text, post.end + 1) && g.targetLabels.startingAt(text, post.end + 1) === undefined &&
    (g.metricHeads.endingAt(text, q.start) !== undefined || g.amountHeads.endingAt(text, q.start) !== undefined)) return true;
  if (q.unit.kind !== 'measure' && !q.unit.amount) return false;
  if (text[post.end] === '的') return true;
  return nounFollows(text, post.end) && next !== undefined && next.clause === r.clause;
}

/**
 * A word of exceeding or falling short right before a value (超过, 高于, 超; 少于, 低于, 不足): a property the thing already has
 * past or under a level. 少于, 低于, 小于 only without the 不 that makes them a floor (不少于 sets a size; 少于 picks out the small ones).
 */
const CLASS_BOUND_BEFORE = /(?:超过|超出|高于|大于|多于|超|(?<!不)(?:少于|低于|小于)|不足|不到)$/u;

/** The noun a count word counts, written after it (600名学生, 3家分院), up to the 的 that closes it. */
const COUNTED_NOUN_TO_DE = han(/^\p{Script=Han}{1,4}?的/u);

/**
 * Whether a count past a word of exceeding or falling short runs through the noun it counts into 的 and another noun (不足600名学生的
 * 学校, 超过3家分院的医疗集团): the size that classes that noun by what it already is, as 服务人口少于800人的行政村 does with a count
 * written after its noun; not a level to reach. Not before a target word (超过50名学员的目标).
 */
function sizeClassesNoun(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.q.unit.kind !== 'count' || r.post || !nounFollows(text, r.end)) return false;
  if (!CLASS_BOUND_BEFORE.test(text.slice(Math.max(r.clause, r.q.start - 4), r.q.start).trimEnd())) return false;
  const counted = COUNTED_NOUN_TO_DE.exec(text.slice(r.end, r.end + 6));
  if (!counted) return false;
  const after = r.end + counted[0].length;
  return nounFollows(text, after) && g.targetLabels.startingAt(text, after) === undefined;
}

/** 连续 and the word after it, right before a duration (连续发放3年, 连续3年). */
const SPAN_BEFORE = han(/连续(\p{Script=Han}{0,2})$/u);

/** Whether a word pays a benefit out: a grant, a pay-out verb or a reward word (给予, 发放, 补贴). */
function paysOut(word: string, g: IndicatorGrammar): boolean {
  return GRANT.test(word) || g.disburseVerbs.has(word) || g.rewardWords.has(word);
}

/**
 * Whether the duration from `start` to `end` is the term a benefit is paid over: after 连续 and a word that pays it out (连续发放3年,
 * 连续补贴2年), or after 连续 alone with that word right after it (连续3年给予补贴, 连续2年发放).
 */
function benefitTerm(text: string, start: number, end: number, g: IndicatorGrammar): boolean {
  const m = SPAN_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  if (!m) return false;
  if (m[1] !== '') return paysOut(m[1]!, g);
  const after = text.slice(end, end + 2);
  return paysOut(after, g);
}

/**
 * Whether the quantity is the size of one single act of a procedure, with no bound and no verb of target or change: a measure after
 * an occasion word (每次献血量一般为200—400毫升) with at most a copula, or a dose counted in its own unit (grammar doseUnits) also
 * after the act's verb (单采血小板每次采集1至2个治疗量).
 */
function occasionSize(text: string, r: Reading, q: Quantity, pred: Predicate, g: IndicatorGrammar): boolean {
  if (pred.comparator || r.post || g.occasionWords.indexIn(text, r.clause, q.start) === undefined) return false;
  if (q.unit.kind === 'measure') return !pred.verb || pred.verb.kind === 'copula';
  return g.doseUnits.has(q.unit.unit) && pred.verb?.kind !== 'target' && pred.verb?.kind !== 'change';
}

/** Whether a reading is the least time a rule keeps between two acts of one person (两次献全血间隔不少于6个月): a duration bounded
 *  from below, no verb, right after a spacing noun (grammar spacingNouns). */
function spacingFloor(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const { q, pred } = r;
  return q.unit.kind === 'measure' && SPACING_UNITS.has(q.unit.unit) && (pred.comparator ?? r.post?.comparator) === '>=' && !pred.verb &&
    g.spacingNouns.endingAt(text, pred.comparator ? pred.start : q.start) !== undefined;
}

/** A clause stop between a spacing rule and the clause after it. */
const CLAUSE_STOP = /^[，,；;]$/u;

/**
 * Whether a count of times bounded from above (不超过24次) stands in the clause right after a spacing rule: donation and dosing
 * rules pair the least interval with the most times a year (间隔不少于2周，一年内不超过24次), one rule for the person. The spacing
 * is the last reading before the clause (一年 inside the clause is a reading of its own).
 */
function timesCapAfterSpacing(text: string, r: Reading, all: readonly Reading[], idx: number, g: IndicatorGrammar): boolean {
  if (r.q.unit.unit !== '次' || (r.pred.comparator ?? r.post?.comparator) !== '<=' || r.pred.verb?.kind === 'target') return false;
  let j = idx - 1;
  while (j >= 0 && all[j]!.end > r.clause) j--;
  const prev = all[j];
  return prev !== undefined && spacingFloor(text, prev, g) && CLAUSE_STOP.test(text.slice(prev.end, r.clause));
}

/** 的, the short noun of who qualifies (with the bracketed kinds a division's name carries: 县（市、区）), and the comma that
 *  closes the condition (的单位，, 的企业，, 的县（市、区），). */
const GRANTEE = han(/^的\p{Script=Han}{1,6}(?:[（(][\p{Script=Han}、]{1,6}[)）])?[，,]/u);

/**
 * Whether the value ending at `end` closes a condition on who receives a grant or a sanction: 的, a short noun and a comma, then
 * a clause that grants something with a reward word (给予…奖励, 给予…补贴) or lays a sanction (由…约谈, 予以通报批评: grammar
 * sanctionWords).
 */
function grantedTo(text: string, end: number, g: IndicatorGrammar): boolean {
  const head = GRANTEE.exec(text.slice(end, end + 16));
  if (!head) return sanctionedNoun(text, end, g);
  const from = end + head[0].length;
  const to = clauseEnd(text, from, text.length);
  return grantsReward(text, from, to, g) || g.sanctionWords.indexIn(text, from, to) !== undefined;
}

/** 的 and the short noun of who is sanctioned, run straight into the sanction with no comma (的单位限期整改, 的医院予以通报批评). */
const SANCTIONED = han(/^的\p{Script=Han}{1,6}?(?=\p{Script=Han})/u);

/**
 * Whether the value ending at `end` closes a condition on who is sanctioned, the short noun run straight into the sanction word
 * (考核得分低于60分的单位限期整改): as grantedTo with its comma, the 考核 rule's consequence, never a level to reach.
 */
function sanctionedNoun(text: string, end: number, g: IndicatorGrammar): boolean {
  const head = SANCTIONED.exec(text.slice(end, end + 8));
  if (!head) return false;
  for (let at = end + 2; at <= end + 7 && at < text.length; at++) {
    const hit = g.sanctionWords.startingAt(text, at);
    if (hit !== undefined) return HAN_ONLY.test(text.slice(end + 1, at));
  }
  return sanctionedByAgent(text, end, g);
}

/** 的 and the short noun of who is sanctioned, then 由 that names who lays the sanction (的医疗机构由, 的乡镇由). */
const SANCTIONED_BY = han(/^的\p{Script=Han}{1,6}?由/u);

/**
 * Whether the noun after the value ending at `end` is followed by 由, the body that lays the sanction, and a sanction word in the
 * same clause (考核得分低于60分的医疗机构由市医保局约谈主要负责人): rules name the agent of a consequence with 由 between the
 * sanctioned and the sanction as often as they leave it out, so the sanction word stands further on than sanctionedNoun reads.
 */
function sanctionedByAgent(text: string, end: number, g: IndicatorGrammar): boolean {
  const head = SANCTIONED_BY.exec(text.slice(end, end + 8));
  if (!head) return false;
  const from = end + head[0].length;
  return g.sanctionWords.indexIn(text, from, clauseEnd(text, from, text.length)) !== undefined;
}

/** The rest of a list of values after one of them, up to the 的 and comma that close a condition (、300小时、600小时的，). */
const THRESHOLD_LIST = /^(?:[、和及与][0-9０-９]+(?:[.．][0-9０-９]+)?[^\s0-9０-９，,；;。、的]{0,4})*的[，,]/u;
/** What parts the clauses of a condition or a class definition. */
const CONDITION_BREAK = new Set(['，', ',', '；', ';', '。', '\n', '：', ':']);
/** How far one clause of a condition is read, and how many members a disjunction of conditions is followed over. */
const MAX_CONDITION_CLAUSE = 80;
const MAX_DISJUNCTS = 4;
/** The other edge of a band, right after a bounded value (10人以上30人以下), alone or before the 的 of the class it defines
 *  (also a bare 的 that closes the last member of a disjunction: …或者重伤10人以上50人以下的；). */
const BAND_EDGE = han(/^[0-9０-９]+(?:[.．][0-9０-９]+)?[^\s0-9０-９，,；;。]{0,4}?(?:以下|以内|及以下)(?:的[\p{Script=Han}（）()]{0,16})?$/u);
/** The end of a condition of time closed by a comma (…3天以上无复燃且…消除时，由…决定终止): 时 as a conjunction, not the end of
 *  小时, 同时, 及时, 准时, 按时, 临时, 随时, 适时, 届时, 暂时, 平时, 当时. */
const WHEN_END = /(?<![小同及准按临随适届暂平当])时$/u;
/** The last member of a class definition: a bounded value and the 的 of the class it defines, ending the sentence's part. */
const CLASS_END = han(/(?:以上|以下|以内)的[\p{Script=Han}（）()]{1,16}$/u);
/** A disjunction of conditions: the next clause opens with 或者 or 或. */
const OR_START = /^(?:或者|或)(?![许是])/u;

/**
 * Whether the bounded value ending at `at` is a term of a condition or of a class definition, the shapes of 应急预案 and of
 * 事故/事件 grading rules: the clause goes on to a 的 closed by a comma (过去24小时降雨量达到100毫米以上且未来24小时仍有50毫米以上降雨
 * 的，发布红色预警: the 的-phrase of a condition, as a value right before …的， is) or to a 时 closed by one (看守火场3天以上无复燃
 * 且…基本消除时，终止响应: a condition of time), or through its band's other edge and a
 * disjunction (或者) of such terms into a bounded 的-phrase that ends its sentence part (因灾死亡10人以上30人以下，或者因灾造成直接经济
 * 损失500万元以上1000万元以下的地质灾害；): what defines the class of events a level of response is for, never a level to reach.
 */
function conditionTerm(text: string, at: number): boolean {
  for (let hop = 0; hop <= MAX_DISJUNCTS; hop++) {
    const limit = Math.min(text.length, at + MAX_CONDITION_CLAUSE);
    let j = at;
    while (j < limit && !CONDITION_BREAK.has(text[j] as string)) j++;
    const part = text.slice(at, j);
    const comma = text[j] === '，' || text[j] === ',';
    if (j > at && comma && (text[j - 1] === '的' || WHEN_END.test(part))) return true;
    if (hop === 0) {
      if (part !== '' && !BAND_EDGE.test(part)) return false;
      if (part.includes('的')) return j < text.length && !comma;
    } else if (CLASS_END.test(part) && !comma) return true;
    if (!comma || !OR_START.test(text.slice(j + 1, j + 3))) return false;
    at = j + 1;
  }
  return false;
}

/**
 * Whether a quantity is part of the name of the next metric of its clause, and so sets nothing of its own: the text from
 * it to that metric's value opens no new member of a list (no joiner) and holds the metric's head.
 * - A standard or size before the head (达到200年一遇标准的比例46%), or a rank cut before its 的 (进入ESI全球前1%的学科数).
 * - A bounded amount in the 的-modifier of a rate (能够提供6类以上中医药适宜技术的社区卫生服务站占比达到80%): it classes the
 *   population the rate is taken over, as a standard reached does.
 * - A bounded count run straight into the name of a rate (产前检查5次及以上覆盖率不低于95%), one noun up to the rate's head
 *   (grammar rateNameHeads): it defines whom the rate measures.
 */
function inNextMetricName(text: string, r: Reading, next: Reading | undefined, g: IndicatorGrammar): boolean {
  if (next === undefined || next.clause !== r.clause) return false;
  const { q, pred, post } = r;
  const from = r.end;
  const to = next.pred.start;
  const gap = text.slice(from, to);
  if (q.unit.kind === 'measure' && !JOINER_START.test(gap) && g.metricHeads.indexIn(text, from, to) !== undefined) return true;
  // A rank cut before 的 (进入ESI全球前1%的学科数达到80个, 排名全省前10位的企业达到5家) classes what the metric after it counts; so
  // does a percentage band written straight before the noun a count after it counts (新增ESI前1%学科2个, 进入前1‰学科达到3个):
  // a band of a ranking names the class (前1%学科), as the 的 form does.
  const cut = g.adjacentComparators.endingAt(text, q.start);
  if (cut !== undefined && !DEADLINE_END.test(text[q.start - cut.length - 1] ?? '')) {
    if (RANKED_NOUN.test(gap) && (next.pred.verb !== undefined || next.pred.comparator !== undefined)) return true;
    if (q.unit.kind === 'rate' && next.q.unit.kind === 'count' && BANDED_NOUN.test(gap)) return true;
  }
  if (!post) return false;
  // A grade bounded after it and closed by 的 before the noun a count after it counts (评价达到5级以上的医院达到8家, 测评4级及以上的
  // 医疗机构有6家): the grade classes the institutions counted, as a rank cut does; the count is the value.
  if (g.gradeUnits.has(q.unit.unit) && next.q.unit.kind === 'count' && RANKED_NOUN.test(gap)) return true;
  if (q.unit.kind !== 'rate' && next.q.unit.kind === 'rate') {
    const de = gap.indexOf('的');
    if (de > 0 && !JOINER_START.test(gap) && !/[，,；;。]/u.test(gap) && g.metricHeads.indexIn(text, from + de, to) !== undefined) return true;
  }
  if (q.unit.kind !== 'count' || pred.verb || pred.comparator || pred.distributor || pred.baseline) return false;
  if (to <= from || !(text[from] === '的' || nounFollows(text, from))) return false;
  const head = g.rateNameHeads.indexIn(gap);
  if (!head) return false;
  const end = head.index + head.word.length;
  return end <= MAX_RATE_NAME && !/[，,；;。：:、\s]/u.test(gap.slice(0, end));
}

/** The noun a rank cut classes, after its 的, up to the predicate of the metric that counts it (的学科数, 的企业). */
const RANKED_NOUN = /^的[\u4e00-\u9fff]{1,12}$/u;
/** The noun a percentage band of a ranking classes with no 的, right before the count of it (前1%学科2个). */
const BANDED_NOUN = /^[\u4e00-\u9fff]{1,6}$/u;
/** The last character of a time a 前 closes as a deadline (年底前, 6月底前, 2026年前), no rank cut. */
const DEADLINE_END = /^[底末年月日]$/u;

/** How long the name of a rate may run between a bounded count and the rate's head (次及以上的人数比例). */
const MAX_RATE_NAME = 12;

/**
 * A size bounded after it (以上, 以下) between a count and the noun it counts, after the attribute it measures, with nothing
 * that sets it: 对全县37条流域面积10平方公里以上河流开展排查, 全市126家年综合能耗1万吨标准煤以上企业. It names the class of
 * what is counted (the standard classes of 河湖 by basin area and of firms by energy use), as 规模以上 does; the count is the value.
 */
function classAfterCountOfNoun(text: string, r: Reading, prev: Reading | undefined): boolean {
  const { q, pred, post } = r;
  if (!post || pred.verb || pred.comparator || pred.distributor || pred.baseline || q.unit.kind !== 'measure') return false;
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || prev.post) return false;
  if (!nounFollows(text, post.end)) return false;
  const attribute = text.slice(prev.end, pred.start);
  return attribute.length > 0 && attribute.length <= MAX_CLASS_ATTRIBUTE && /^[\u4e00-\u9fff]+$/u.test(attribute);
}

/** How long the attribute an amount classes by (年营业收入, 总投资) may be between a count and the amount's bound. */
const MAX_CLASS_ATTRIBUTE = 8;

/** Whether an amount bounded after an attribute runs into 的 right after a count of the clause (2家年营业收入不低于10亿元的企业). */
function classAfterCount(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  const { q, pred } = r;
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || !q.unit.amount || !pred.comparator || text[r.end] !== '的') return false;
  const attribute = text.slice(prev.end, pred.start);
  return attribute.length > 0 && attribute.length <= MAX_CLASS_ATTRIBUTE && /^[\u4e00-\u9fff]+$/u.test(attribute) && g.before.startingAt(text, pred.start) !== undefined;
}

/**
 * Only a list separator between a stock count and the next clause (现有医疗卫生机构321个，床位2150张): the list of
 * the stock goes on, unless the next clause names a metric of its own (总长度717.6公里，立项整治长度270.5公里).
 */
const STOCK_LIST_GAP = /^\s*[，,、]\s*$/u;
/** A 、 and a noun alone between a stock count and the next count of its clause: the next member of the stock's list. */
const STOCK_MEMBER = han(/^\s*、[\p{Script=Han}（）()]{1,12}$/u);

/**
 * A part of a total broken down after 其中 (启动建设14座水闸，其中完建4座、在建10座; 引进项目30个，其中10亿元
 * 以上项目3—5个): an item like the total, which is an item of the same sentence with the same unit.
 */
function partOfTotal(text: string, q: Quantity, out: readonly Reading[], g: IndicatorGrammar): boolean {
  // The total may stand before earlier parts (完建4座、在建10座): any earlier item with the unit will do; institutions
  // are counted in 个 as well as 家/所 (医疗卫生机构3500个，其中医院180家、基层医疗卫生机构3200个).
  for (let k = out.length - 1; k >= 0; k--) {
    const total = out[k] as Reading;
    const part = g.partWords.indexIn(text, total.end, q.start);
    if (!part) continue;
    if (sameCount(total.q.unit, q.unit)) return true;
    if (countsInstitutions(total.q) && countsInstitutions(q) && g.institutionHeads.indexIn(text, part.index, q.start) !== undefined) return true;
  }
  return false;
}

/** Whether two units count the same things: the same unit, or one that counts per showing or batch and the other (场次, 场). */
const sameCount = (a: UnitInfo, b: UnitInfo): boolean => a.unit === b.unit || a.sameAs === b.unit || b.sameAs === a.unit;

/** How far into its clause an opening object verb may start: after a prefix of one character (新培育, 新引进). */
const VERB_PREFIX = 1;

/** Whether a reading's count stands right after its object verb (工程治理12处: 治理), with no object between them. */
function countedRightAfterVerb(text: string, r: Reading): boolean {
  const verb = r.pred.verb;
  return verb?.kind === 'object' && text.slice(verb.end, r.q.start).trim() === '';
}

/** The object verb that opens a reading's clause (建设 in 建设林木良种基地5个以上, 培育 in 新培育…), if one does. */
function clauseObjectVerb(text: string, r: Reading, g: IndicatorGrammar): Predicate['verb'] {
  const at = trimLead(text, r.clause, r.q.start, [], g);
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
function carryOutBefore(text: string, clause: number, end: number, g: IndicatorGrammar): { word: string; start: number } | undefined {
  const word = g.carryOutVerbs.endingAt(text, end);
  if (word !== undefined) return { word, start: end - word.length };
  if (text[end - 1] !== '的') return undefined;
  const hit = g.carryOutVerbs.indexIn(text, Math.max(clause, end - 1 - MAX_CARRIED_MODIFIER - MAX_CARRY_VERB), end - 1);
  return hit && end - 1 - (hit.index + hit.word.length) <= MAX_CARRIED_MODIFIER ? { word: hit.word, start: hit.index } : undefined;
}

/** The longest verb of carrying out (组织实施, 谋划实施, 推动实施). */
const MAX_CARRY_VERB = 4;

/**
 * A unit that counts institutions: 家/所 (the units whose object is an institution), the general 个, or 户, in which
 * market entities are counted (新增经营主体1.5万户，其中新设企业4000家).
 */
const countsInstitutions = (q: Quantity): boolean => q.unit.object === 'first' || q.unit.unit === '个' || q.unit.unit === '户';

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
    // 按5米×5米设框: a length that is one factor of a size written as a product is a specification of one thing, no level.
    if (q.unit.kind === 'measure' && dimensionFactor(text, q, quantities, g)) return;
    // A number of a scoring rule (每低1个百分点扣0.5分, 达到35%的得满分, 占考核总分的40%): no target.
    if (scoringRule(text, r, g, allotted, s)) return;
    // The size of each single act, stated with no bound (每次献血量一般为200—400毫升, 单次献全血量为200毫升): how the act is done,
    // a rule of the procedure (grammar occasionWords), not a level to reach. A dose counted in its own unit is one too, also
    // after the act's verb (单采血小板每次采集1至2个治疗量: grammar doseUnits).
    // A verb of target or change sets a level of it all the same (每次急救出车平均反应时间缩短至12分钟).
    if (occasionSize(text, r, q, pred, g)) return;

    // 两年增长50%, 五年翻一番: a number of years right before a change verb is the time the change takes, no value; before a sum
    // word (五年累计, 三年合计, 两年共) the span the total after it is summed over.
    if (q.unit.kind === 'measure' && DURATION_UNITS.has(q.unit.unit) && (g.changeVerbs.startingAt(text, r.end) !== undefined || g.totalWords.startingAt(text, r.end) !== undefined)) return;
    // 连续发放3年, 连续3年给予补贴: the years a benefit is paid over, a term of the support policy, no level to reach.
    if (q.unit.kind === 'measure' && DURATION_UNITS.has(q.unit.unit) && !pred.comparator && !r.post && benefitTerm(text, q.start, r.end, g)) return;
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
    // 覆盖全县19个乡（镇）、43个脱贫村, 实现13个街道全覆盖, 全镇12个行政村实现5G网络全覆盖: the territory's own divisions, all of
    // them, that a measure reaches.
    // 实现13个镇（街道）科普e站全覆盖: a count right after 实现 whose noun runs on to 全覆盖 is the set that is covered in full, all
    // of it: 全覆盖 is the target, which has no number.
    if (q.unit.kind === 'count' && !pred.comparator && !r.post && !q.hanzi && text.endsWith(REACH_VERB, q.start) && FULL_COVERAGE.test(text.slice(r.end, r.end + 24))) return;
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
    // A percentage right before a preparation's name (1.23%酸性磷酸氟凝胶, 75%酒精) is its strength, unless a bound or a target verb sets it.
    if (q.unit.unit === '%' && !pred.comparator && !r.post && pred.verb?.kind !== 'target' && preparationAfter(text, r.end, g)) return;
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
    // A guideline's advice the plan passes on (宣传《膳食指南》推荐的每天食盐不超过5克), or advice it spreads unnamed (普及…的膳食建议): no target.
    if (guidelineAdvice(text, r, g) || spreadAdvice(text, r, e, g)) return;
    // A limit a law or standard sets, restated (医疗废物暂时贮存时间不得超过2天): no target.
    if (legalCeiling(text, r, g)) return;
    // The edges of a band a payer chooses in (可在60%至300%之间自主选择缴费基数): no target.
    if (choiceBand(text, r, e, g)) return;
    // The edge of a zone a rule bans an act in (禁止在距离学校50米范围内设置烟草售卖点): no target.
    if (bufferZone(text, r, e, g)) return;
    // The least distance a siting rule keeps a thing from another (与出入口的距离不少于10米): no target.
    if (clearance(text, r, g)) return;
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
    if (prev && gap !== undefined && chainEmpty && JOINER_ONLY.test(gap) && (gap.length > 0 || recounted) && !prev.ageLimit && (prev.q.unit.kind === q.unit.kind || spread)) {
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
    // to deliver, though a project word follows it closely.
    // The predicate may have read that verb already, as a pivot verb right before the count (推进50个项目).
    const pivotCarried = verb?.kind === 'object' && verb.end === q.start && g.carryOutVerbs.has(verb.word);
    const carryEnd = pivotCarried ? q.start : pred.start;
    const carry = (!verb || pivotCarried) && q.unit.kind === 'count' && !q.hanzi && nounFollows(text, r.end) ? carryOutBefore(text, r.clause, carryEnd, g) : undefined;
    const carried = carry ? objectNoun(text, r.end, e, e, false, g) : undefined;
    if (carry && carried && g.projectHeads.endingAt(text, carried.end)) {
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
      let found = verbFrom(Math.max(r.floor, pred.start - MAX_OBJECT_BEFORE));
      for (let next = found; next; next = verbFrom(next.index + next.word.length)) {
        if (found && next !== found && !(actsCounted && actOfEngagedAgent(text, found.index, next, g)) && insideObject(text, found.index + found.word.length, next.index)) continue;
        // A verb that sets a count only of an object named after it (nounFirstVerbs: 排查, 检查) right before the number is the
        // end of the object of the verb before it (开展…等领域执法检查4轮次: the checks 开展 counts), not a verb of its own.
        if (found && next !== found && next.index + next.word.length === pred.start && !g.objectVerbs.has(next.word)) break;
        // Not where the two verbs are a list of verbs (新建、改建…): only a joiner parts them.
        const between = found ? text.slice(found.index + found.word.length, next.index) : '';
        const verbList = between !== '' && JOINER_ONLY.test(between);
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
      if (found && object.trim().length >= 2 && (joined || !JOINER_START.test(object) || g.notJoiners.startingAt(object, 0))) {
        // A size keeps its verb in the name, as the work done (整治骨干河道48公里, 新建改建道路12公里), but not a verb that
        // only says the work is done (完成造林绿化2.5万亩 → 造林绿化).
        const reachTerm = g.reachTerms.endingAt(text, pred.start);
        const from = reachTerm && pred.start - reachTerm.length === found.index ? trimLead(text, r.floor, found.index, dates, g) : joined ? found.index : q.unit.kind === 'count' || g.reachVerbs.has(found.word) ? found.index + found.word.length : afterReach(text, trimLead(text, r.floor, found.index, dates, g), found.index, g);
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
    const sharedVerb = prev?.object && (prev.between || (countedRightAfterVerb(text, prev) && g.stockWords.indexIn(text, prev.end, pred.start) === undefined)) ? prev.pred.verb : prev?.post && prev.q.unit.kind === 'count' && !prev.pred.verb && !prev.pred.comparator ? clauseObjectVerb(text, prev, g) : undefined;
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
    if (listedBare && joinedAfterTarget(text, r, prev, g)) r.bareMember = true;
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
    const headed = chainEmpty && !q.hanzi && !stock && (term || listedBare || findingSum || listedLevel || g.metricHeads.endingAt(text, q.start) !== undefined || g.amountHeads.endingAt(text, q.start) !== undefined ||
        placeAfterHead(text, q.start, g) || placeListedAfter(text, r, prev, g) ||
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
      const size = (q.unit.size || (q.unit.kind === 'measure' && !q.unit.amount && PER_UNIT_MEASURE.test(q.unit.unit))) && !q.hanzi;
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

/**
 * The verb of attaining after a count of things that opens its clause (2家乡镇卫生院达到推荐标准, 全县3所学校通过省级验收): with
 * only dates, lead words and a scope before the count and the attaining verb right after the counted noun, the plan sets how
 * many are to attain it (grammar attainVerbs); in a review (`review`) only a part after 其中 whose noun is left out. Undefined
 * otherwise.
 */
function attainedByCount(text: string, r: Reading, e: number, dates: DateHit[], g: IndicatorGrammar, review: boolean): { word: string; start: number; end: number } | undefined {
  const { q, pred } = r;
  if (q.unit.kind !== 'count' || q.unit.amount || q.hanzi || !nounFollows(text, r.end)) return undefined;
  const lead = trimLead(text, r.clause, pred.start, dates, g);
  if (lead + (g.scope.exec(text.slice(lead, pred.start))?.[0].length ?? 0) + existentialBefore(text, lead, pred.start, g) !== pred.start) return undefined;
  // 全县乡镇卫生院全部达到基本标准，其中4家达到推荐标准: after 其中 (grammar partWords) the counted noun is left out, the whole's
  // of the clause before, and the verb of attaining follows the unit: how many of the whole are to attain the higher grade.
  const elided = g.partWords.indexIn(text, r.clause, pred.start) !== undefined && g.notAttainWords.startingAt(text, r.end) === undefined ? g.attainVerbs.startingAt(text, r.end) : undefined;
  if (elided && attainersBefore(text, r.clause, g) !== undefined) return { word: elided, start: r.end, end: r.end + elided.length };
  // In a review a count of things named after it is a level reached whatever its verb; only the part left unnamed needs the act.
  if (review) return undefined;
  const hit = attainingVerb(text, r.end, clauseEnd(text, r.end, e), g);
  if (!hit || hit.index - r.end > MAX_ATTAINER || !/^[\u4e00-\u9fff（）()“”"]+$/u.test(text.slice(r.end, hit.index))) return undefined;
  // 5家医院已通过评审, 3家医院全面达到…: an adverb before the verb states a fact or a manner; 6家中心全部达到推荐标准: a
  // distributor makes the count the size of the set the predicate is spread over.
  if (g.adverbs.endingAt(text, hit.index) !== undefined || g.distributors.indexIn(text, r.end, hit.index) !== undefined) return undefined;
  return { word: hit.word, start: hit.index, end: hit.index + hit.word.length };
}

/**
 * The institutions the clause right before has attain a grade (乡镇卫生院全部达到基本标准, 全县7个乡镇卫生院均达到…, 乡镇卫生院达到
 * 基本标准的比例为…): its noun before the first verb of attaining, after any count and scope before it and without a distributor
 * or adverb after it, when it ends in an institution's head (grammar institutionHeads). Undefined otherwise.
 */
export function attainersBefore(text: string, clause: number, g: IndicatorGrammar): string | undefined {
  if (clause < 1 || !/[，,]/u.test(text[clause - 1] as string)) return undefined;
  const prev = text.slice(clauseStart(text, clause - 1, 0), clause - 1);
  let hit = g.attainVerbs.indexIn(prev, 0, prev.length);
  while (hit && g.notAttainWords.startingAt(prev, hit.index) !== undefined) hit = g.attainVerbs.indexIn(prev, hit.index + 1, prev.length);
  if (!hit) return undefined;
  let subject = prev.slice(0, hit.index).replace(/\s+/gu, '');
  for (let w = g.distributors.endingAt(subject, subject.length) ?? g.adverbs.endingAt(subject, subject.length); w; w = g.distributors.endingAt(subject, subject.length) ?? g.adverbs.endingAt(subject, subject.length)) subject = subject.slice(0, -w.length);
  subject = subject.replace(COUNT_BEFORE_NOUN, '');
  subject = subject.slice(g.scope.exec(subject)?.[0].length ?? 0);
  // A bracket after the noun names what else is counted with it (乡镇卫生院（社区卫生服务中心）): the head is the noun's.
  const head = subject.replace(TRAILING_BRACKET, '');
  return head.length >= 2 && g.institutionHeads.endingAt(head, head.length) !== undefined && !/[0-9０-９，,：:]/u.test(subject) ? metricName(subject, g) : undefined;
}
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/u;
/** Everything up to a count and its unit that opens a noun (全县7个乡镇卫生院 → 乡镇卫生院). */
const COUNT_BEFORE_NOUN = /^[^0-9０-９]*[0-9０-９]+[个家所座]/u;

/**
 * How long the existential right before a count is (全县有5所乡镇卫生院达到推荐标准, 累计有7所…, 已有9个…): 有 or 另有 (grammar
 * shareExistentials), after a sum word or an adverb at most (累计有, 共有, 已有). It says how many there are that attain what follows,
 * the count of a plan's target or, after an actual cue, of a level reached; 0 when none stands there.
 */
function existentialBefore(text: string, from: number, at: number, g: IndicatorGrammar): number {
  const ex = g.shareExistentials.endingAt(text, at);
  if (ex === undefined || at - ex.length < from) return 0;
  const before = at - ex.length;
  const word = g.totalWords.endingAt(text, before) ?? g.adverbs.endingAt(text, before);
  return word !== undefined && before - word.length >= from ? ex.length + word.length : ex.length;
}

/**
 * The first verb of attaining (grammar attainVerbs) in text[from + 2, to), a noun of two characters or more before it: not one
 * inside a word that attains nothing (建成区), and 通过 only before an assessment that closes the clause at `to` (通过省级验收).
 * Failing one, a verb of obtaining (grammar qualifyVerbs) before a qualification that closes the clause (取得大专学历).
 */
export function attainingVerb(text: string, from: number, to: number, g: IndicatorGrammar): { index: number; word: string } | undefined {
  let end = to;
  while (end > from && WHITE_SPACE[text.charCodeAt(end - 1)] === 1) end--;
  for (let hit = g.attainVerbs.indexIn(text, from + 2, to); hit; hit = g.attainVerbs.indexIn(text, hit.index + 1, to)) {
    if (g.notAttainWords.startingAt(text, hit.index) !== undefined) continue;
    if (hit.word === '通过' && g.assessmentWords.endingAt(text, end) === undefined) continue;
    return hit;
  }
  return g.qualificationWords.endingAt(text, end) !== undefined ? g.qualifyVerbs.indexIn(text, from + 2, end) : undefined;
}

/** Whether a verb read after a count attains (grammar attainVerbs), or obtains the qualification attainingVerb found (取得大专学历). */
export const attains = (word: string, g: IndicatorGrammar): boolean => g.attainVerbs.has(word) || g.qualifyVerbs.has(word);

/** How long the noun of the things counted before a verb of attaining may be (县级公立综合医院, 乡镇卫生院). */
const MAX_ATTAINER = 16;

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
const BARE_NOUN = /^[\u4e00-\u9fff（）()“”A-Za-z]+$/u;

/**
 * Whether a count stands in a clause of only its noun and itself, right after a comma that follows a target of the
 * same sentence (举办重点展会60场次以上，参展企业300家次; 农村自来水普及率稳定在99%以上，受益人口3.6万人): target lists of
 * official writing state the verb once and give the next statistic bare, so the count is a value of the list. Not an
 * amount of money (项目总投资1.2亿元: a budget), nor a noun that holds a verb of its own, a stock word, 其中 or the period a
 * routine recurs in (专家每周坐诊1次: a working rule, as procedural() reads it). A count of those a work benefits (受益群众5600人,
 * grammar beneficiaryWords) right after a comma is one too when the work's clauses before it, in the same sentence, set no number
 * (实施…工程，受益群众5600人); after a budget (总投资1.2亿元，受益群众2万人) it stays none. So is a count after 、 that follows
 * a target of the same clause (机构达到9家、床位1180张): the list goes on within the clause.
 */
function bareCountAfterTarget(text: string, r: Reading, prev: Reading | undefined, dates: DateHit[], g: IndicatorGrammar): boolean {
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
    if (!(prev.pred.verb?.kind === 'target' || prev.pred.comparator || prev.post || prev.object)) return false;
    if (!/^\s*[，,]\s*$/u.test(text.slice(prev.end, r.clause))) return false;
  }
  // …保持100%，全市12个国控断面每月开展1次监测: the whole territory alone before the count names no object; the count opens the
  // subject of a new clause (all of the territory's things of that kind, a fact of it), not a member of the list before.
  if (WHOLE_TERRITORY.exec(noun)?.index === 0) return false;
  return noun.length >= 2 && noun.length <= MAX_BARE_NOUN && BARE_NOUN.test(noun) && /[\u4e00-\u9fff]/u.test(noun) && g.stockWords.indexIn(noun) === undefined &&
    g.objectVerbs.indexIn(noun) === undefined && g.partWords.indexIn(text, r.clause, q.start) === undefined && g.perUnitWords.indexIn(noun) === undefined &&
    g.procedureFrequencies.indexIn(noun) === undefined;
}

/**
 * Where the member `prev` of a list ends before the next one `r`: past a kind noun after its unit (累计达到512个品种、医用耗材38类:
 * a count of kinds writes its noun after the classifier, and the list goes on after it as after a bare unit).
 */
function memberEnd(text: string, prev: Reading, r: Reading, g: IndicatorGrammar): number {
  return pastKindNoun(text, prev.end, r.q.start, g);
}

/**
 * Whether a reading follows 、 right after a target or bounded value of its clause, or after a bare member of such a list
 * (达到312个、床位2860张、卫生技术人员3520人): not after a listed object, which the shared-verb rule reads.
 */
function joinedAfterTarget(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  return prev !== undefined && prev.clause === r.clause && text[memberEnd(text, prev, r, g)] === '、' && !prev.object &&
    (prev.pred.verb?.kind === 'target' || prev.pred.comparator !== undefined || prev.bareMember === true);
}

/**
 * The extent word (涉及) that opens a count's clause right after a comma that follows a count or size of works the sentence
 * has read as an item (a stock is none), with the noun it reaches between it and the number (…180个，涉及居民2.1万户), or that
 * opens the next member of the works' list after 、 (改造老旧小区120个、涉及居民1.5万户); undefined otherwise.
 */
function extentOfWorks(text: string, r: Reading, prev: Reading | undefined, dates: DateHit[], g: IndicatorGrammar): { word: string; start: number; end: number } | undefined {
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
function namedListSize(text: string, clause: number, end: number, g: IndicatorGrammar): number {
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
function repeatedBasis(text: string, prevAt: number, from: number, at: number, g: IndicatorGrammar): number {
  const start = basisStart(text, at, g);
  if (start === at || start !== from) return 0;
  // Each value has its basis, the same or another (每人每月850元和每人每年7200元: the city's standard monthly, the country's yearly).
  return basisStart(text, prevAt, g) < prevAt ? at - start : 0;
}

/** The first reading of the list that the last reading of `out` ends (itself when it is listed to none). */
function listHead(out: readonly Reading[]): Reading {
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
function listVerb(text: string, clause: number, end: number, dates: DateHit[], g: IndicatorGrammar, stop: number, after: number): { word: string; start: number; end: number; bound?: string } | undefined {
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
function reachedAfter(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  // The verb may also open the next clause, after a comma the source put in (由12万吨/天，提高至24万吨/天).
  const to = Math.min(e, clauseEnd(text, end, e) + 1 + NEXT_CLAUSE_VERB);
  const verb = (k: number) => g.targetVerbs.startingAt(text, k) !== undefined || g.changeVerbs.startingAt(text, k) !== undefined;
  for (let k = end; k < to; k++) if (verb(k)) return true;
  return false;
}

/** How long the people a service reaches may be named between their count and its verb (…名就业年龄段智力、精神和重度肢体残疾人提供). */
const MAX_BENEFICIARY = 24;

/** Whether a verb of a service follows the count's noun in its clause (为900名残疾人提供…). */
function benefactive(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const stop = Math.min(e, end + MAX_BENEFICIARY + 1, clauseEnd(text, end, e));
  return end < stop && g.benefactiveVerbs.indexIn(text, end + 1, stop) !== undefined;
}

/**
 * Where a preposition of what a measure is done to (对) stands right before a count, past a scope word (对全市2800家…);
 * -1 when there is none. The same word opens the condition of a support policy (对年营业额首次突破1亿元的企业): only right
 * before the count is it this preposition. `prepositions`: the words looked for (对/为, or 在 before the sites of a measure).
 */
function prepositionBefore(text: string, clause: number, at: number, number: number, prepositions: WordSet, g: IndicatorGrammar): number {
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
function placeAfterHead(text: string, at: number, g: IndicatorGrammar): boolean {
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

/** A bracket after a division noun that lists the other kinds counted with it (乡（镇、街道）, 县（市、区）). */
const DIVISION_KINDS = /[（(][^（()）]*[）)]/gu;

/**
 * Whether the noun counted before a service verb is a kind of administrative division (对全县12个乡（镇、街道）开展巡查,
 * 对12个县（市、区）开展考核): the divisions of the territory, a fact of it, not an amount of work the plan sets.
 */
function countsDivisions(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const stop = Math.min(e, end + MAX_BENEFICIARY + 1, clauseEnd(text, end, e));
  const verb = g.benefactiveVerbs.indexIn(text, end, stop);
  if (verb === undefined) return false;
  let noun = text.slice(end, verb.index).replace(DIVISION_KINDS, '').trim();
  for (let adverb = g.mannerAdverbs.endingAt(noun, noun.length); adverb; adverb = g.mannerAdverbs.endingAt(noun, noun.length)) noun = noun.slice(0, -adverb.length);
  return g.divisionNouns.has(noun);
}

/** The verb of reaching a state, right before a count whose noun runs on to 全覆盖 (实现13个镇（街道）科普e站全覆盖). */
const REACH_VERB = '实现';
/** 全覆盖 closing the clause right after the noun counted (实现13个街道全覆盖。), the noun with a bracket of the other kinds counted
 *  with it whole (实现11个县（市、区）全覆盖: the 、 inside the bracket joins no second noun). */
const FULL_COVERAGE = /^((?:[^，,。；;、：:0-9０-９（(]|[（(][^（()）]{0,8}[）)]){1,10}?)全覆盖(?=$|[，,。；;）)])/u;
/** The whole territory right before a count (全县19个乡镇, 全镇12个行政村, 辖区12个街道): the count is of all its divisions. */
const WHOLE_TERRITORY = /(?:全[省市州盟县区旗镇乡]|辖区)$/u;

/** Whether a count after the whole territory is of its divisions, with the measure each is taken by after their noun (全乡9个村集体
 *  经济收入, 全县12个乡镇地区生产总值): the subject of a predicate spread over them all. */
function eachDivisionMeasured(text: string, r: Reading, g: IndicatorGrammar): boolean {
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
function coveredDivisions(text: string, r: Reading, coveredEnd: number, g: IndicatorGrammar): boolean {
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
function sizeAside(text: string, r: Reading, g: IndicatorGrammar): boolean {
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
 * 覆盖 or a preposition of whom a measure is for, then the whole territory, right before a count (覆盖全县, 面向全市, 对辖区). 在,
 * where a measure is carried out, makes the count the territory's divisions (在全县14个乡镇开展宣传) but not of a pilot's sites,
 * chosen within the territory (在全市10个社区开展垃圾分类试点: grammar pilotWords in the clause).
 */
function territoryScopeBefore(text: string, at: number, g: IndicatorGrammar): boolean {
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
function divisionNoun(text: string, end: number): string | undefined {
  const m = DIVISION_NOUN.exec(text.slice(end, end + 12));
  if (!m) return undefined;
  const noun = m[0].replace(/全覆盖.*$/u, '').replace(DIVISION_KINDS, '').trim();
  return noun.length > 0 && noun.length <= MAX_DIVISION_NOUN ? noun : undefined;
}

/** The noun of the field a ranking is among, then 中 (18个县（市、区）中, 100个县中): no punctuation or digit, a bracket whole. */
const RANKED_FIELD = /^(?:[^，,。；;、：:的0-9０-９（(]|[（(][^（()）]{0,8}[）)]){1,10}?中/u;

/** Whether a count's noun and 中 are followed by a verb of a place in a ranking (grammar rankVerbs): the field ranked. */
function rankedField(text: string, end: number, g: IndicatorGrammar): boolean {
  const m = RANKED_FIELD.exec(text.slice(end, end + 24));
  return m !== null && g.rankVerbs.startingAt(text, end + m[0].length) !== undefined;
}

/** How long the noun between a count and its member verb may be (18个部门参与的, 12家成员单位组成的). */
const MAX_MEMBER_NOUN = 6;

/** Whether a count's noun is followed by a member verb and 的 (18个部门参与的…): the members of a body. */
function membersOfBody(text: string, end: number, g: IndicatorGrammar): boolean {
  for (let k = end + 1; k <= end + MAX_MEMBER_NOUN && k < text.length; k++) {
    if (PHRASE_END.test(text[k] as string)) return false;
    const verb = g.memberVerbs.startingAt(text, k);
    if (verb && text[k + verb.length] === '的') return true;
  }
  return false;
}

/** A bare value whose verb comes right after an accepted bare baseline (由0.55提高到0.6): the level the baseline's head reaches. */
function reachesBareBaseline(text: string, r: Reading, prev: Reading | undefined): boolean {
  // A zero needs no unit (由6.7%下降到0): it reaches on from a baseline with a unit too.
  return prev !== undefined && (prev.q.unit === BARE || r.q.value === 0) && prev.pred.baseline && r.pred.verb !== undefined && text.slice(prev.end, r.pred.start).trim() === '';
}

/**
 * Whether a unitless head (系数, PUE) ends at `at`, or just before a closing bracket that ends there, or before the brackets of
 * the abbreviation official writing puts after a metric's name (路面技术状况指数（MQI）, 生态质量指数（EQI）).
 */
function unitlessHeadBefore(text: string, at: number, g: IndicatorGrammar): boolean {
  if (g.unitlessHeads.endingAt(text, at)) return true;
  // 病例组合指数（CMI）值达到1.1: 值 after the abbreviation's brackets, as after the bare abbreviation (CMI值, PUE值).
  if (text[at - 1] === '值' && (text[at - 2] === '）' || text[at - 2] === ')')) at -= 1;
  const close = text[at - 1];
  if (close !== '）' && close !== ')') return false;
  if (g.unitlessHeads.endingAt(text, at - 1) !== undefined) return true;
  const open = abbreviationBefore(text, at);
  return open >= 0 && g.unitlessHeads.endingAt(text, open) !== undefined;
}

/**
 * Where the clause from `floor` opens after its lead words and its adverbials of time and place: a
 * frequency (每年, 每季度: procedureFrequencies), a place scope after 在 (在全省, 在全市范围内) and a sum over
 * years (三年共, 累计) say when and where the verb acts, as a date does, and leave it the verb of the object
 * (每年在全省开展科普活动不少于500场, 三年共安排专项资金不低于1.5亿元).
 */
function adverbialsEnd(text: string, floor: number, at: number, dates: DateHit[], g: IndicatorGrammar): number {
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
function afterReach(text: string, at: number, work: number, g: IndicatorGrammar): number {
  const reach = g.reachVerbs.startingAt(text, at);
  return reach && at + reach.length <= work ? at + reach.length : at;
}

/** Whether an object verb other than a verb of reaching (实现, 完成) stands in text[from, to): it governs what follows. */
function governed(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let hit = g.objectVerbsBeforeNoun.indexIn(text, from, to); hit; hit = g.objectVerbsBeforeNoun.indexIn(text, hit.index + hit.word.length, to)) {
    if (!g.reachVerbs.has(hit.word)) return true;
  }
  return false;
}

/** Whether a bound value with no target verb follows, in its clause, a count after a word of what remains to be dealt with
 *  (grammar gapCounts: 仍有7所学校宿舍生均面积低于3平方米): the condition the counted things are in. */
function gapCondition(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || !r.pred.comparator || r.pred.verb?.kind === 'target') return false;
  return g.gapCounts.indexIn(text, r.clause, prev.q.start) !== undefined;
}

/** Whether the clause at `clause` opens with a verb of an audit's scope (grammar auditScopeVerbs, past its lead words) that is
 *  not followed by a finding (审计发现), before the quantity at `to`. */
function auditScope(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let i = clause;
  while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  const lead = g.auditScopeLeads.startingAt(text, i);
  if (lead !== undefined) i += lead.length;
  const verb = g.auditScopeVerbs.startingAt(text, i);
  return verb !== undefined && i + verb.length <= to && g.auditFindingWords.startingAt(text, i + verb.length) === undefined;
}

/** Whether 比例 (after 的, if written) follows a ratio ending at `end` and a verb of sharing a cost ends its clause's phrase (按6:4的
 *  比例分担项目资金: grammar costSharingVerbs). */
function costSplit(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  const at = text[end] === '的' ? end + 1 : end;
  if (!text.startsWith(SHARE_OF_COST, at)) return false;
  return g.costSharingVerbs.indexIn(text, at + SHARE_OF_COST.length, clauseEnd(text, at, e)) !== undefined;
}

/** The noun a cost's split is stated with (按6:4的比例分担). */
const SHARE_OF_COST = '比例';

/** Whether the clause at `clause` opens (past white space) with a word naming the standard a work is checked against (grammar
 *  referenceLeads: 对照, 对标) and runs to the quantity at `to` without a break of its own. */
function referenceSet(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let i = clause;
  while (i < to && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  const lead = g.referenceLeads.startingAt(text, i);
  return lead !== undefined && i + lead.length < to;
}

/** Whether a survey team (grammar surveyTeams) is named in the sentence from `s` before the clause at `clause`, or in it, and the clause
 *  opens (past white space, the team itself and auditScopeLeads) with a verb of the survey's method (surveyMethodVerbs) before the quantity at `to`. */
function surveyMethod(text: string, s: number, clause: number, to: number, g: IndicatorGrammar): boolean {
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
function plusLabelGloss(text: string, clause: number, at: number): boolean {
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
function someMembersSubject(text: string, clause: number, to: number, g: IndicatorGrammar): boolean {
  let subject = clause;
  while (subject < to && WHITE_SPACE[text.charCodeAt(subject)] === 1) subject++;
  return g.someMembers.startingAt(text, subject) !== undefined;
}

/**
 * Whether the clause right after a bare amount ending at `end` (a comma between) opens with a growth or a share of the year's
 * task (grammar amountLevelFollowers: 全市实际到位省外资金312.6亿元，同比增长8.4%): the amount is then a level reached.
 */
function levelFollows(text: string, end: number, e: number, g: IndicatorGrammar): boolean {
  let i = end;
  while (i < e && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  if (text[i] !== '，' && text[i] !== ',') return false;
  i++;
  while (i < e && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  return g.amountLevelFollowers.startingAt(text, i) !== undefined;
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
function partitiveWhole(text: string, r: Reading, all: readonly Reading[], e: number, g: IndicatorGrammar): boolean {
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
function setMeasured(text: string, r: Reading, all: readonly Reading[], e: number, dates: DateHit[], g: IndicatorGrammar): boolean {
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
 * 2.6万平方米); a length (现有河道总长度…，立项整治长度270.5公里) is no site's particular.
 */
function siteParticular(text: string, s: number, r: Reading, review: boolean, g: IndicatorGrammar): boolean {
  if (!review || !r.q.unit.size || r.q.hanzi || r.pred.verb || r.pred.comparator || r.post || g.siteSizes.endingAt(text, r.q.start) === undefined) return false;
  return g.stockHolding.indexIn(text, s, r.clause) !== undefined || g.siteWords.indexIn(text, s, r.clause) !== undefined;
}

/** Units of a span of time, which say when or how long rather than how much of something a set has. */
const SPAN_UNITS = new Set(['年', '个月', '周', '天', '日', '小时', '分钟']);

/**
 * Whether a modal of permission stands in text[from, to) (…周岁的健康公民可参加献血, …周岁均可献血) and what follows it is no
 * service the people receive (均可享受免费体检): the age then says who may act (grammar permissionModals).
 */
function permitted(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let at = from; at < to; ) {
    const may = g.permissionModals.indexIn(text, at, to);
    if (!may) return false;
    const ke = may.index + may.word.indexOf('可');
    if (g.permissionFalseFriends.startingAt(text, ke) === undefined) return g.ageServiceWords.indexIn(text, may.index + may.word.length, to) === undefined;
    at = may.index + may.word.length;
  }
  return false;
}

/** The distributor that shares one count out over each of the parts named before it (上下午各1次). */
const EACH = '各';
