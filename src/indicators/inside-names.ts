// Quantities that are part of a name rather than a level: a class of a noun (年营业收入20亿元以上的企业), a standard or bound
// inside the next metric's name, a label, a preparation's strength, and the words that show a name ends before a value.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { WordSet } from '../grammar/words.js';
import { han, HAN, HAN_ONLY, HAN_RANGES } from '../text/han.js';
import { WHITE_SPACE } from '../text/breaks.js';
import type { Reading } from './reading.js';
import { clauseEnd } from './metric.js';
import { GRANT, grantsReward } from './grant.js';
import { abbreviationBefore } from './quantity.js';
import { opensWithJoiner } from './joiners.js';
import { isHanziNumeral } from '../numbers/hanzi.js';

/** Units a length of service or residence is counted in (工作满5年, 居住满6个月, 缴费满180天). */
const SERVICE_TERM_UNITS = new Set(['年', '个月', '天', '日']);

/** A comma right after 的 closes a condition phrase (…3人以上的，应当报告). */
const CLAUSE_COMMA = /[，,]/u;
/** A criterion with no number of its own joined by 、 to a bounded value, up to the 的 that closes their condition before the noun
 *  of who falls under it (…超过12次、门诊购药金额异常的参保人员). */
const JOINED_CRITERION = han(/^、[^0-9０-９，,；;。：:\n的]{2,16}的(?=\p{Script=Han})/u);
/** How much text JOINED_CRITERION looks at. */
const JOINED_CRITERION_REACH = 20;

/**
 * Whether the value ending at `end` closes the 的-phrase of a condition: 的 right after it, or after further criteria joined to it by
 * 、 that hold no number (对年度住院次数超过12次、门诊购药金额异常的参保人员开展疑点筛查): a rule that selects whom a check or a measure
 * reaches names them by every mark they share, the bounded value only one of them.
 */
function closesCondition(text: string, end: number, unit: string): boolean {
  if (text[end] === '的') return true;
  // Not a length of time: among listed criteria it is the term an eligibility rule sets, kept as an item as an age is (连续经营1年以上、
  // 符合划拨用地目录的中医药健康服务项目: dev d04's gold).
  return !SERVICE_TERM_UNITS.has(unit) && JOINED_CRITERION.test(text.slice(end, end + JOINED_CRITERION_REACH));
}


/** Punctuation that ends the phrase a quantity stands in: a label word after it names something else. */
export const PHRASE_END = /[，,；;。：:、！!？?]/u;

export function labelAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  if (listNamedAfter(text, end, g)) return true;
  for (let k = end; k < end + 3 && k < text.length; k++) {
    // 新增灌溉面积1.5万亩，项目区亩均…: the 项目 of the next clause names nothing of this one.
    if (PHRASE_END.test(text[k] as string)) return false;
    if (g.labelWords.startingAt(text, k) || g.packageHeads.startingAt(text, k)) return true;
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

/** Longest project name looked at after its designed output (年产20万吨高性能新型环保建材项目). */
const MAX_PROJECT_NAME = 16;

/**
 * Whether a quantity from `start` to `end` is the designed yearly output inside an industrial project's name (对年产20万吨新型建材项目
 * 实行专班服务): a word of output (grammar projectOutputWords) right before it and its noun running on, with no stop or joiner, into a
 * project head (grammar projectLabelHeads). The project is named by its capacity; the capacity is no level the plan sets.
 */
export function outputInProjectName(text: string, start: number, end: number, g: IndicatorGrammar): boolean {
  if (g.projectOutputWords.endingAt(text, start) === undefined || !nounFollows(text, end)) return false;
  for (let k = end + 1; k <= end + MAX_PROJECT_NAME && k <= text.length; k++) {
    if (g.projectLabelHeads.endingAt(text, k) !== undefined) return true;
    if (PHRASE_END.test(text[k] as string) || text[k] === '的') return false;
  }
  return false;
}

/** Longest preparation name looked at after a percentage (酸性磷酸氟凝胶, 复方氯己定含漱液, 噻虫·高氯氟微囊悬浮剂). */
const MAX_PREPARATION = 12;

/**
 * Whether a quantity ending at `end` is the strength of the preparation named after it (75%酒精, 500mg/L含氯消毒剂; grammar
 * strengthUnits). A concentration may be joined to the name by 的 (500mg/L的含氯消毒剂); a percentage before 的 is a share of the
 * noun after it (30%的乡镇卫生院配备消毒剂), so not there.
 */
export function strengthOfPreparation(text: string, unit: string, end: number, g: IndicatorGrammar): boolean {
  if (!g.strengthUnits.has(unit)) return false;
  return preparationAfter(text, unit !== '%' && text[end] === '的' ? end + 1 : end, g);
}

/** Whether a preparation's name (grammar preparationHeads) follows a quantity right away, before any stop or joiner. */
function preparationAfter(text: string, end: number, g: IndicatorGrammar): boolean {
  if (!nounFollows(text, end)) return false;
  for (let k = end + 1; k <= end + MAX_PREPARATION && k <= text.length; k++) {
    if (g.preparationHeads.endingAt(text, k)) return true;
    if (!nounFollows(text, k) && !mixtureDot(text, k)) return false;
  }
  return false;
}

/** The middle dot that joins the active ingredients of a mixture's common name (氰烯·戊唑醇, 阿维·高氯, as pesticide labels and
 *  registrations write a 混剂), between two Han characters: still inside the preparation's name. */
function mixtureDot(text: string, k: number): boolean {
  return (text[k] === '·' || text[k] === '・') && nounFollows(text, k + 1) && HAN.test(text[k - 1] ?? '');
}

/**
 * Where the next item of a clause may start after a count that ends at `end`: past a kind noun right after the count's unit
 * (集采药品不少于520个品种、医用耗材不少于35类: 品种 is what the first count counts, grammar kindNouns), which names no part of
 * the next item's subject. Elsewhere at `end`.
 */
export function pastKindNoun(text: string, end: number, before: number, g: IndicatorGrammar): number {
  const kind = g.kindNouns.startingAt(text, end);
  return kind !== undefined && end + kind.length <= before ? end + kind.length : end;
}

/** Whether the name before a copula (from the clause start to `end`) ends as a count's does (总量, 人数), no word that only ends so. */
export function countNamed(text: string, clause: number, end: number, g: IndicatorGrammar): boolean {
  const e = nameEnd(text, clause, end);
  const head = g.copulaCountEnds.endingAt(text, e);
  if (!head || e - head.length <= clause) return false;
  const not = g.notCopulaCountEnds.endingAt(text, e);
  return !(not && not.length > head.length);
}

/** Whether the name before a copula ends as an age statistic's does (人均预期寿命, 平均年龄), with a word of its own before. */
export function ageNamed(text: string, clause: number, end: number, g: IndicatorGrammar): boolean {
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
export function nounFollows(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c >= 0x4e00 && c <= 0x9fff && !NOT_NOUN_START.has(text[end] as string);
}
export const NOT_NOUN_START = new Set(['、', '和', '及', '与', '或', '等', '以', '左', '之', '内', '的']);

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
 * Whether a value is the class a regulation sorts a noun into, written in Chinese numerals and bound by 以上/以下 (及以上) right
 * before that noun (grammar classNumeralUnits: 二类以上医疗器械经营企业, 三类及以上风险隐患): part of the noun's name, not a count.
 * Not a grade of a standard (达到二类以上标准) nor a water class in Roman numerals (Ⅳ类及以下断面): those stay to their own rules.
 */
export function regulatedClass(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.post === undefined || !isHanziNumeral(text[r.q.start]) || !g.classNumeralUnits.has(r.q.unit.unit) || !nounFollows(text, r.post.end)) return false;
  // A grade of a standard reached (公厕达到二类以上标准, 水质达到三类及以上水体) is a level, as 二级标准 is (grammar gradeNouns).
  return g.gradeNouns.startingAt(text, r.post.end) === undefined;
}

/**
 * Whether the mark of the time a condition is met starts at `at`, right after a value (grammar triggerMarks: …80%时启动限流预案,
 * …之时): the 当…时 conditional of 预案 and operating rules, not a noun that begins with 时 (grammar triggerFalseFriends: 时间, 时段).
 */
function conditionTime(text: string, at: number, g: IndicatorGrammar): boolean {
  return g.triggerMarks.startingAt(text, at) !== undefined && g.triggerFalseFriends.startingAt(text, at) === undefined;
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
export function qualifiesNoun(text: string, r: Reading, next: Reading | undefined, g: IndicatorGrammar): boolean {
  const { q, pred, post } = r;
  if (regulatedClass(text, r, g)) return true;
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
  // (also when criteria with no number follow it, joined by 、, before that 的: closesCondition)
  if ((post || pred.comparator) && closesCondition(text, r.end, q.unit.unit) && condition) return true;
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
  // So is one right before the mark of the time the condition is met (客流达到最大承载量的80%时启动限流预案, 库存低于7天用量时: grammar
  // triggerMarks), with or without its bound or verb (达到 may stand inside the share's reference, 达到最大承载量的80%): the
  // threshold at which a response starts, whatever the unit. Not an age (年满60周岁时 is when a benefit starts, ageNamed's).
  if (q.unit.kind !== 'age' && conditionTime(text, r.end, g)) return true;
  // So is one closed by 的 and the short noun of who qualifies before the comma, when the clause after it grants what they receive
  // (见习期满留用率达到60%以上的单位，另给予每人2000元奖励; 年纳税额首次超过500万元的企业，给予一次性奖励): the condition of a support
  // policy, written without its 对; or lays a sanction on them (任务完成率低于80%的县（市、区），由市卫生健康委约谈…): the
  // threshold of a 考核 rule. Not an age. A place in a ranking needs no bound for it (考核排名后3位的县（市、区）由市级总河长约谈,
  // 排名第1位的乡镇给予通报表扬): the 的 and the grant or sanction after it make the place who qualifies (rankPlace).
  if ((post || pred.comparator || rankPlace(text, r, g)) && q.unit.kind !== 'age' && grantedTo(text, r.end, g)) return true;
  // So is one closed by 的 and the short noun of who is eligible, run straight into the entitlement a rule grants them (家庭人均月收入
  // 低于1560元的群众均可申请法律援助, 年收入不足3万元的农户可享受补贴: grammar entitlementWords): the threshold of eligibility in force.
  if ((post || pred.comparator) && q.unit.kind !== 'age' && entitledNoun(text, r.end, g)) return true;
  // So is one past a word of exceeding or falling short, run straight, or through 的 and the short noun of who crosses it, into a
  // verb that puts them in a class (年人均纯收入低于8000元纳入监测范围, 年综合能耗超过5000吨标准煤的单位列入重点用能单位: grammar
  // inclusionWords): the line of a monitoring rule in force.
  if (q.unit.kind !== 'age' && includedPastLine(text, r, g)) return true;
  // A place in a ranking closed by 的 before a noun, whatever the act after it (对排名全省后3位的指标开展专项分析, 位次居全市前5名的
  // 乡镇纳入观察名单): it picks out which things a measure is done to by the place they already hold, never a level to reach (a
  // ranking the plan sets runs into no 的-noun: 综合排名保持全省前3位).
  if (rankPlace(text, r, g) && text[r.end] === '的' && nounFollows(text, r.end + 1)) return true;
  // A rank cut (前3名, 前10位) between the 对 that opens a support policy's condition and the grant after it (对考核排名前3名的乡镇
  // 给予通报表扬, 对完成任务较好的前5名单位给予奖励): which of them receive it, no level to reach.
  if (opener !== undefined && pred.comparator && !pred.verb && !post && q.unit.kind === 'count' && GRANT.test(text.slice(r.end, clauseEnd(text, r.end, text.length)))) return true;
  // Unbounded too after a verb of reaching, alone or as a list of values closed by that 的 and comma (志愿服务时长累计达到100小时、
  // 300小时、600小时的，分别认定为一星级至三星级志愿者; 年服务人次达到5000人次的，评为示范站): the thresholds of the classes a rule
  // sets, each a condition, never a level to reach. Not an age.
  if ((pred.verb?.kind === 'target' || r.listed) && q.unit.kind !== 'age' && THRESHOLD_LIST.test(text.slice(r.end, r.end + MAX_CONDITION_CLAUSE))) return true;
  // So is a bounded value further inside such a 的-phrase, or inside a class definition: see conditionTerm.
  // A word of exceeding or falling short right before the value bounds it as well (水位超过警戒水位0.5米时，启动Ⅳ级应急响应;
  // 日降雨量超过50毫米或…时，发布预警): the trigger of a response, a rule's condition and no level to reach (exceededBefore).
  if ((post || pred.comparator || exceededBefore(text, r)) && q.unit.kind !== 'age' && conditionTerm(text, r.end)) return true;
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

/** 前, 后, 第 or 末 right before a count: a place in a ranking (后3位, 第1名, 前5名). */
const RANK_PLACE_BEFORE = /(?:前|后|第|末)$/u;

/**
 * Whether the count is a place in a ranking: 前/后/第 right before it, after a verb of ranking in its clause (排名后3位, 位次第1名:
 * grammar rankVerbs).
 */
function rankPlace(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.q.unit.kind !== 'count' || !RANK_PLACE_BEFORE.test(text.slice(r.clause, r.q.start))) return false;
  return g.rankVerbs.indexIn(text, r.clause, r.q.start) !== undefined;
}

/**
 * Whether a word of exceeding or falling short (超过, 高于, 低于, 不足: EXCEEDING) stands before the value in its clause, right
 * before it (日降雨量超过50毫米) or before the level it is measured from (水位超过警戒水位0.5米, by how much): it bounds the value as
 * 以上/以下 after it would, so a 时- or 的-clause it closes is a condition (conditionTerm).
 */
function exceededBefore(text: string, r: Reading): boolean {
  return EXCEEDING.test(text.slice(r.clause, r.q.start));
}

/** CLASS_BOUND_BEFORE's words anywhere in a text. */
const EXCEEDING = new RegExp(CLASS_BOUND_BEFORE.source.replace(/\$$/u, ''), 'u');

/** The noun a count word counts, written after it (600名学生, 3家分院), up to the 的 that closes it. */
const COUNTED_NOUN_TO_DE = han(/^\p{Script=Han}{1,4}?的/u);

/**
 * Whether a count past a word of exceeding or falling short runs through the noun it counts into 的 and another noun (不足600名学生的
 * 学校, 超过3家分院的医疗集团): the size that classes that noun by what it already is, as 服务人口少于800人的行政村 does with a count
 * written after its noun; not a level to reach. Not before a target word (超过50名学员的目标).
 */
export function sizeClassesNoun(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.q.unit.kind !== 'count' || r.post || !nounFollows(text, r.end)) return false;
  if (!CLASS_BOUND_BEFORE.test(text.slice(Math.max(r.clause, r.q.start - 4), r.q.start).trimEnd())) return false;
  const counted = COUNTED_NOUN_TO_DE.exec(text.slice(r.end, r.end + 6));
  if (!counted) return false;
  const after = r.end + counted[0].length;
  return nounFollows(text, after) && g.targetLabels.startingAt(text, after) === undefined;
}

/** The bracketed kinds a division's name carries after its noun (县（市、区）, 乡镇（街道）). */
const DIVISION_KINDS = `(?:[（(][${HAN_RANGES}、]{1,6}[)）])?`;

/** 的, the short noun of who qualifies (with the bracketed kinds a division's name carries: 县（市、区）), and the comma that
 *  closes the condition (的单位，, 的企业，, 的县（市、区），). */
const GRANTEE = new RegExp(`^的[${HAN_RANGES}]{1,6}${DIVISION_KINDS}[，,]`, 'u');

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

/** The longest noun of whom a rule's condition picks out between its 的 and what the rule does to them (群众, 困难职工, 农村低保家庭). */
const MAX_CONDITION_NOUN = 8;

/**
 * Whether `end` opens 的, a short noun of whom a condition picks out (Han only), then one of `words` (…的群众|均可申请, …的单位|列入):
 * what a rule in force grants or does to whoever meets the condition that ends at `end`.
 */
function nounThenRule(text: string, end: number, words: WordSet): boolean {
  if (text[end] !== '的') return false;
  for (let at = end + 2; at <= end + 1 + MAX_CONDITION_NOUN && at < text.length; at++) {
    if (!HAN.test(text[at - 1] ?? '')) return false;
    if (words.startingAt(text, at) !== undefined) return true;
  }
  return false;
}

/**
 * Whether the value ending at `end` closes a condition of eligibility: 的, a short noun of who meets it, then the entitlement a rule
 * grants (均可申请, 可享受: grammar entitlementWords), as grantedTo's reward after a comma.
 */
const entitledNoun = (text: string, end: number, g: IndicatorGrammar): boolean => nounThenRule(text, end, g.entitlementWords);

/**
 * Whether a value right after a word of exceeding or falling short (CLASS_BOUND_BEFORE: 低于, 超过, 不足) runs straight into a verb that
 * puts whoever crosses the line into a class (纳入, 列入: grammar inclusionWords), or through 的 and a short noun of who crosses it
 * (…超过5000吨标准煤的单位列入…): the threshold of a monitoring or management rule in force, never a level the plan sets.
 */
function includedPastLine(text: string, r: Reading, g: IndicatorGrammar): boolean {
  let at = r.q.start;
  while (at > r.clause && WHITE_SPACE[text.charCodeAt(at - 1)] === 1) at--;
  if (!CLASS_BOUND_BEFORE.test(text.slice(r.clause, at))) return false;
  return g.inclusionWords.startingAt(text, r.end) !== undefined || nounThenRule(text, r.end, g.inclusionWords);
}

/** 的 and the short noun of who is sanctioned, run straight into the sanction with no comma (的单位限期整改, 的医院予以通报批评). */
const SANCTIONED = han(/^的\p{Script=Han}{1,6}?(?=\p{Script=Han})/u);

/**
 * Whether the value ending at `end` closes a condition on who is sanctioned, the short noun run straight into the sanction word
 * (考核得分低于60分的单位限期整改): as grantedTo with its comma, the 考核 rule's consequence, never a level to reach.
 */
function sanctionedNoun(text: string, end: number, g: IndicatorGrammar): boolean {
  const head = SANCTIONED.exec(text.slice(end, end + 8));
  // (a division's bracketed kinds end the bare noun before 由: 的县（市、区）由…约谈)
  if (!head) return sanctionedByAgent(text, end, g);
  for (let at = end + 2; at <= end + 7 && at < text.length; at++) {
    const hit = g.sanctionWords.startingAt(text, at);
    if (hit !== undefined) return HAN_ONLY.test(text.slice(end + 1, at));
  }
  return sanctionedByAgent(text, end, g);
}

/** 的 and the short noun of who is sanctioned, with the bracketed kinds a division's name carries (的县（市、区）由), then 由 that
 *  names who lays the sanction (的医疗机构由, 的乡镇由). */
const SANCTIONED_BY = new RegExp(`^的[${HAN_RANGES}]{1,6}?${DIVISION_KINDS}由`, 'u');

/** How far the 的, the noun with its bracketed kinds and 由 are read after the value. */
const SANCTIONED_BY_REACH = 16;

/**
 * Whether the noun after the value ending at `end` is followed by 由, the body that lays the sanction, and a sanction word in the
 * same clause (考核得分低于60分的医疗机构由市医保局约谈主要负责人): rules name the agent of a consequence with 由 between the
 * sanctioned and the sanction as often as they leave it out, so the sanction word stands further on than sanctionedNoun reads.
 */
function sanctionedByAgent(text: string, end: number, g: IndicatorGrammar): boolean {
  const head = SANCTIONED_BY.exec(text.slice(end, end + SANCTIONED_BY_REACH));
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
/** A disjunction or conjunction of conditions: the next clause opens with 或者, 或, 并且 or 且 (…不超过10%，且…低于30%的；). */
const OR_START = /^(?:或者|或|并且|且)(?![许是])/u;
/** What closes an enumerated item: its semicolon or full stop. */
const ITEM_STOP = /[；;。]/u;

/**
 * Whether the 的 before `j` closes an enumerated condition: the 的-phrase is the whole item, ended by its ；or 。 and the line
 * (（一）…增长超过12%的；). Rules list the cases a provision applies in under a lead that states the consequence once
 * (有下列情形之一的，不予…：/ 符合下列条件之一的，启动…：), each case a nominal 的-phrase on its own line; a target never ends in a
 * bare 的.
 */
function closesListedCondition(text: string, j: number): boolean {
  if (text[j - 1] !== '的' || !ITEM_STOP.test(text[j] ?? '')) return false;
  return j + 1 >= text.length || text[j + 1] === '\n' || text[j + 1] === '\r';
}

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
    if (j > at && closesListedCondition(text, j)) return true;
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
export function inNextMetricName(text: string, r: Reading, next: Reading | undefined, g: IndicatorGrammar): boolean {
  if (next === undefined || next.clause !== r.clause) return false;
  const { q, pred, post } = r;
  const from = r.end;
  const to = next.pred.start;
  const gap = text.slice(from, to);
  if (q.unit.kind === 'measure' && !opensWithJoiner(gap, g) && g.metricHeads.indexIn(text, from, to) !== undefined) return true;
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
    if (de > 0 && !opensWithJoiner(gap, g) && !/[，,；;。]/u.test(gap) && g.metricHeads.indexIn(text, from + de, to) !== undefined) return true;
  }
  if (q.unit.kind !== 'count' || pred.verb || pred.comparator || pred.distributor || pred.baseline) return false;
  if (to <= from || !(text[from] === '的' || nounFollows(text, from))) return false;
  const head = g.rateNameHeads.indexIn(gap);
  if (!head) return false;
  const end = head.index + head.word.length;
  return end <= MAX_RATE_NAME && !/[，,；;。：:、\s]/u.test(gap.slice(0, end));
}

/** The noun a rank cut classes, after its 的, up to the predicate of the metric that counts it (的学科数, 的企业). */
const RANKED_NOUN = han(/^的\p{Script=Han}{1,12}$/u);
/** The noun a percentage band of a ranking classes with no 的, right before the count of it (前1%学科2个). */
const BANDED_NOUN = han(/^\p{Script=Han}{1,6}$/u);
/** The last character of a time a 前 closes as a deadline (年底前, 6月底前, 2026年前), no rank cut. */
const DEADLINE_END = /^[底末年月日]$/u;

/** How long the name of a rate may run between a bounded count and the rate's head (次及以上的人数比例). */
const MAX_RATE_NAME = 12;

/**
 * A size bounded after it (以上, 以下) between a count and the noun it counts, after the attribute it measures, with nothing
 * that sets it: 对全县37条流域面积10平方公里以上河流开展排查, 全市126家年综合能耗1万吨标准煤以上企业. It names the class of
 * what is counted (the standard classes of 河湖 by basin area and of firms by energy use), as 规模以上 does; the count is the value.
 */
export function classAfterCountOfNoun(text: string, r: Reading, prev: Reading | undefined): boolean {
  const { q, pred, post } = r;
  if (!post || pred.verb || pred.comparator || pred.distributor || pred.baseline || q.unit.kind !== 'measure') return false;
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || prev.post) return false;
  if (!nounFollows(text, post.end)) return false;
  const attribute = text.slice(prev.end, pred.start);
  return attribute.length > 0 && attribute.length <= MAX_CLASS_ATTRIBUTE && HAN_ONLY.test(attribute);
}

/** How long the attribute an amount classes by (年营业收入, 总投资) may be between a count and the amount's bound. */
const MAX_CLASS_ATTRIBUTE = 8;

/** Whether an amount bounded after an attribute runs into 的 right after a count of the clause (2家年营业收入不低于10亿元的企业). */
export function classAfterCount(text: string, r: Reading, prev: Reading | undefined, g: IndicatorGrammar): boolean {
  const { q, pred } = r;
  if (!prev || prev.clause !== r.clause || prev.q.unit.kind !== 'count' || prev.q.unit.amount || !q.unit.amount || !pred.comparator || text[r.end] !== '的') return false;
  const attribute = text.slice(prev.end, pred.start);
  return attribute.length > 0 && attribute.length <= MAX_CLASS_ATTRIBUTE && HAN_ONLY.test(attribute) && g.before.startingAt(text, pred.start) !== undefined;
}

/**
 * Whether a unitless head (系数, PUE) ends at `at`, or just before a closing bracket that ends there, or before the brackets of
 * the abbreviation official writing puts after a metric's name (路面技术状况指数（MQI）, 生态质量指数（EQI）).
 */
export function unitlessHeadBefore(text: string, at: number, g: IndicatorGrammar): boolean {
  if (g.unitlessHeads.endingAt(text, at)) return true;
  // 病例组合指数（CMI）值达到1.1: 值 after the abbreviation's brackets, as after the bare abbreviation (CMI值, PUE值).
  if (text[at - 1] === '值' && (text[at - 2] === '）' || text[at - 2] === ')')) at -= 1;
  const close = text[at - 1];
  if (close !== '）' && close !== ')') return false;
  if (g.unitlessHeads.endingAt(text, at - 1) !== undefined) return true;
  const open = abbreviationBefore(text, at);
  return open >= 0 && g.unitlessHeads.endingAt(text, open) !== undefined;
}
