// Numbers a rule, law, norm or guideline already fixes, restated by a plan: fines, bands a benefit or tax is computed in,
// per-base staffing norms, legal limits, the spacing and size of single acts. They set no level the plan reaches.
import type { Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { amountRunEnd } from './neighbours.js';
import { clauseEnd } from './metric.js';
import { onlyJoiners } from './joiners.js';
import { han, HAN } from '../text/han.js';
import { GRANT } from './grant.js';
import { WHITE_SPACE } from '../text/breaks.js';
import type { Quantity } from './quantity.js';
import type { Predicate } from './predicate.js';

/** Units of the least time a rule keeps between two acts (间隔不少于6个月, 不少于2周, 不少于28天). */
export const SPACING_UNITS = new Set(['年', '个月', '周', '天', '日', '小时']);

/**
 * Whether an amount of money is the fine a law fixes (grammar penaltyWords after it, past the rest of its range: 处以50元以上500元
 * 以下罚款, 并处1万元至5万元的罚款): the 行政处罚 formula plans restate, a penalty, whatever bound it carries. A range written as two
 * bounded amounts (50元以上500元以下) is two readings side by side: the penalty is looked for past both. `amountRuns`: amountRunEnd's memo.
 */
export function fineAmount(text: string, all: readonly Reading[], k: number, amountRuns: number[], g: IndicatorGrammar): boolean {
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
export function sliceEdge(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return (r.post !== undefined || r.pred.comparator !== undefined) && text[r.end] === '的' && g.sliceNouns.startingAt(text, r.end + 1) !== undefined;
}

/** How many words of grammar ruleFrames.modifiers may stand in a row between 的 and a rule noun (国家有关规定). */
const MAX_RULE_MODIFIERS = 2;

/**
 * Whether a rule noun heads the phrase that starts at `at`, right after a 的: the noun itself (的规定, 的政策), or after one or two
 * words that say whose the rule is or what kind (grammar ruleFrames.modifiers: 的统一政策, 的国家有关规定).
 */
function ruleNounAt(text: string, at: number, g: IndicatorGrammar): boolean {
  for (let n = 0; ; n++) {
    if (g.ruleNouns.startingAt(text, at) !== undefined) return true;
    const m = n < MAX_RULE_MODIFIERS ? g.ruleModifiers.startingAt(text, at) : undefined;
    if (m === undefined) return false;
    at += m.length;
  }
}

/**
 * Whether a value is the content of a rule in force that the plan applies (grammar ruleFrames: 严格执行缴存比例为5%—12%的规定,
 * 继续执行首付款比例不低于25%的政策, 严格执行单位缴费比例16%的统一政策): a verb of applying before it and 的 + a rule noun (after
 * its modifiers) after it, all in its clause.
 */
export function ruleContent(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (g.ruleVerbs.indexIn(text, r.clause, r.q.start) === undefined) return false;
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end; k < end - 1; k++) if (text[k] === '的' && ruleNounAt(text, k + 1, g)) return true;
  return false;
}

/**
 * Whether a value is the cut-off of a class a standard defines, cited in a frame that applies it (grammar thresholdFrameVerbs: 对照规模
 * 以上工业企业年主营业务收入2000万元及以上的标准, 按照年营业额500万元以上的标准): a bound after the value, 的 + a standard noun right
 * after the bound, and a verb of applying or checking before the value in its clause. The edge every unit is measured against, not a
 * level the plan reaches; not when a verb of target or change sets the value (达到…以上的标准).
 */
export function classThreshold(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.post === undefined || r.pred.verb?.kind === 'target' || r.pred.verb?.kind === 'change') return false;
  if (text[r.end] !== '的' || g.standardNouns.startingAt(text, r.end + 1) === undefined || g.notStandardNouns.startingAt(text, r.end + 1) !== undefined) return false;
  return g.thresholdFrameVerbs.indexIn(text, r.clause, r.q.start) !== undefined;
}

/** Colons that open the terms a lead clause announces (标准如下：, 纳统标准按…规定执行：). */
const TERMS_COLONS = new Set(['：', ':']);
/** Marks that close a clause before a colon's lead clause. */
const LEAD_BREAKS = new Set(['，', ',', '；', ';', '。']);

/**
 * Whether a bounded amount is one of the terms a standard lists after a colon (纳统标准按国家统计局规定执行：批发业年主营业务收入2000万元
 * 及以上，零售业500万元及以上; 认定标准为：年营业收入1亿元以上): the 统计 and 认定 standards state the cut-off of each class as an
 * amount bounded after it, and plans quote them as a list opened by a lead clause naming the 标准 (grammar standardNouns, not
 * notStandardNouns) and a colon, in the value's sentence. The edge each unit is measured against, as classThreshold's 的标准 frame;
 * not when a verb of target or change sets the value (标准：营业收入达到…以上), nor for a bound written before it.
 */
export function standardListTerm(text: string, r: Reading, s: number, g: IndicatorGrammar): boolean {
  if (r.post === undefined || r.q.unit.amount !== true || r.pred.verb?.kind === 'target' || r.pred.verb?.kind === 'change') return false;
  let colon = r.q.start - 1;
  while (colon >= s && !TERMS_COLONS.has(text[colon] as string)) colon--;
  if (colon < s) return false;
  let lead = colon;
  while (lead > s && !LEAD_BREAKS.has(text[lead - 1] as string)) lead--;
  for (let hit = g.standardNouns.indexIn(text, lead, colon); hit; hit = g.standardNouns.indexIn(text, hit.index + hit.word.length, colon)) {
    if (g.notStandardNouns.startingAt(text, hit.index) === undefined) return true;
  }
  return false;
}

/** A count after 每 in digits or a numeral: the base a norm spreads its provision over (每600名学生, 每千名老年人, 每3万人口). */
const PER_BASE_COUNT = /^[0-9０-９.]+|^[一二两三四五六七八九十百千万]+/u;

/**
 * Whether a value is what a per-base norm provides inside a provision frame (grammar provisionFrames and perWords: 按照每600名学生
 * 配备1名专职卫生技术人员的标准配备校医, 按每3万人口配置1辆救护车的比例配齐): a staffing or equipment norm of a regulation, restated as
 * the basis the provision after the frame follows, not a level the plan sets. A bound word (按照每千名老年人不少于1名的标准) still
 * sets one, and a norm the plan states as its own goal, outside such a frame (全县每3万人口配置1辆救护车), stays an item. The frame
 * may also close with a noun of requirement (的要求: grammar provisionFrames.normNouns), in which codes and standards cite such norms.
 */
export function perBaseNorm(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  if (r.post || r.pred.comparator || r.q.unit.kind !== 'count') return false;
  let open: { index: number; word: string } | undefined;
  for (let at = g.provisionOpeners.indexIn(text, r.clause, r.q.start); at; at = g.provisionOpeners.indexIn(text, at.index + 1, r.q.start)) open = at;
  if (!open) return false;
  const per = g.perWords.indexIn(text, open.index + open.word.length, r.q.start);
  if (!per || !PER_BASE_COUNT.test(text.slice(per.index + per.word.length, r.q.start))) return false;
  const end = clauseEnd(text, r.end, e);
  for (let k = r.end; k < end - 1; k++) if (text[k] === '的' && normCloserAt(text, k + 1, g)) return true;
  return false;
}

/**
 * Whether a noun that closes a per-base norm's frame starts at `at`, right after its 的: the frame's 比例/标准 (grammar provisionFrames
 * nouns) or a noun that names the norm as a requirement (grammar provisionFrames.normNouns: 的要求, 的配备要求), as staffing and
 * equipment norms are cited (按照每50名从业人员配备1名救护员的要求配齐).
 */
function normCloserAt(text: string, at: number, g: IndicatorGrammar): boolean {
  return g.provisionNouns.startingAt(text, at) !== undefined || g.provisionNormNouns.startingAt(text, at) !== undefined;
}

/**
 * Whether a range is a band a payer chooses in (grammar choiceBands: 可在…的60%至300%之间自主选择缴费基数, 缴存比例可在5%—12%之间
 * 自行确定): a mark (之间) right after it and a verb of choosing later in its clause. The edges of a choice, not a target.
 */
export function choiceBand(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
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
export function bufferZone(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
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
export function clearance(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!g.bufferUnits.has(r.q.unit.unit) || (r.pred.comparator ?? r.post?.comparator) !== '>=') return false;
  let at = r.pred.start;
  while (at > r.clause && WHITE_SPACE[text.charCodeAt(at - 1)] === 1) at--;
  return g.clearanceNouns.endingAt(text, at) !== undefined;
}

/**
 * Whether an area is the entitlement an allocation standard gives each person (grammar spaceAllotments: 乡科级正职办公室使用面积每人
 * 不超过12平方米, 配租面积按每人不超过90平方米执行): a cap on floor area with a per-head word in its predicate. Office-space and housing rules fix
 * the most one person may be given, rank by rank, and plans restate it as the standard they enforce; an average the plan reaches is
 * written 人均 and is not matched.
 */
export function spaceAllotment(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!g.allotmentUnits.has(r.q.unit.unit) || (r.pred.comparator ?? r.post?.comparator) !== '<=') return false;
  // The per-head word opens the predicate, before the bound (使用面积|每人不超过, 配租面积|按每人不超过).
  if (g.allotmentHeads.indexIn(text, r.pred.start, r.q.start) !== undefined) return true;
  return headBeforeArea(text, r, g);
}

/** The most Han characters naming the kind of area between the per-head word and the area noun (每人|办公用房|面积). */
const MAX_AREA_KIND = 4;

/**
 * Whether the name of the area right before the cap is opened by a per-head word (市级正职每人使用面积|不超过54平方米, 每人办公用房面积):
 * the same entitlement as 使用面积每人不超过, written in the other order (grammar spaceAllotments.areaNouns).
 */
function headBeforeArea(text: string, r: Reading, g: IndicatorGrammar): boolean {
  let at = r.pred.start;
  while (at > r.clause && WHITE_SPACE[text.charCodeAt(at - 1)] === 1) at--;
  const area = g.allotmentAreaNouns.endingAt(text, at);
  if (area === undefined) return false;
  const nameStart = at - area.length;
  for (let k = nameStart; k >= Math.max(r.clause, nameStart - MAX_AREA_KIND); k--) {
    if (k < nameStart && !HAN.test(text[k] ?? '')) return false;
    if (g.allotmentHeads.endingAt(text, k) !== undefined) return true;
  }
  return false;
}

/**
 * Whether a value is the capacity a site is rated for (grammar ratedCapacityNouns: 景区最大承载量为2.4万人次/日, 瞬时承载量6000人次):
 * a metric ending in such a noun right before the value or its copula, with no bound and no other verb. The rated norm the site's
 * flow is managed against (LB/T 034), restated as a fact; a cap or a rise the plan sets on it (控制在…以内, 提升至) stays an item.
 */
export function ratedCapacity(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.post || r.pred.comparator || (r.pred.verb !== undefined && r.pred.verb.kind !== 'copula')) return false;
  let at = r.pred.verb ? r.pred.verb.start : r.q.start;
  while (at > r.clause && WHITE_SPACE[text.charCodeAt(at - 1)] === 1) at--;
  return g.ratedCapacityNouns.endingAt(text, at) !== undefined;
}

/**
 * Whether a value is the advice of a named guideline the plan passes on (grammar adviceFrames: 宣传《中国居民膳食指南》推荐的成年人每天
 * 食盐不超过5克): a title in 《》 closed before it in its clause and followed by a verb of recommending (推荐, 建议), a link word (中, 所)
 * allowed between, in the value's clause or, when that clause spreads the advice (引导, 宣传), anywhere before it in the sentence.
 * What a guideline advises each person, not a level the plan sets.
 */
export function guidelineAdvice(text: string, r: Reading, s: number, g: IndicatorGrammar): boolean {
  // The guideline may also be named in a clause of its own that opens the sentence (依据《…指南》推荐的标准，引导居民每天食盐
  // 不超过5克): then the value's clause must itself pass the advice on to the public (grammar adviceFrames.spreadVerbs).
  const from = g.adviceSpreadVerbs.indexIn(text, r.clause, r.q.start) !== undefined ? s : r.clause;
  for (let k = from; k < r.q.start; k++) {
    if (text[k] !== '》') continue;
    const link = g.adviceLinks.startingAt(text, k + 1);
    if (g.adviceVerbs.startingAt(text, k + 1) !== undefined || (link !== undefined && g.adviceVerbs.startingAt(text, k + 1 + link.length) !== undefined)) return true;
  }
  return false;
}

/** 为 and a per-unit word right after a word of advice (施肥建议为每亩…, 推荐用量为亩…): what the advice gives for each unit. */
const PER_UNIT_ADVICE_COPULA = han(/^\p{Script=Han}{0,4}?为(?:每|亩)/u);

/**
 * Whether a value is the per-unit dose of an advice (grammar adviceFrames.verbs: 小麦施肥建议为每亩纯氮12公斤、五氧化二磷6公斤,
 * 推荐用量为每亩40毫升): a word of advice in its clause followed by 为 and 每 or 亩 before the value. 农技/植保 plans pass on
 * the rates a farmer should apply per 亩 (a fertiliser formula, a dose), a norm of technique, not a level the plan sets.
 */
export function perUnitAdvice(text: string, r: Reading, g: IndicatorGrammar): boolean {
  for (let hit = g.adviceVerbs.indexIn(text, r.clause, r.q.start); hit; hit = g.adviceVerbs.indexIn(text, hit.index + hit.word.length, r.q.start)) {
    if (PER_UNIT_ADVICE_COPULA.test(text.slice(hit.index + hit.word.length, r.q.start))) return true;
  }
  return false;
}

/**
 * Whether a value is advice the plan spreads with no guideline named (grammar adviceFrames: 广泛宣传成人每天食盐不超过5克、烹调油
 * 25—30克的膳食建议): a verb of spreading knowledge before it and 的 + an advice noun after it, all in its clause, as ruleContent
 * reads a rule's settings. What each person is advised to do, not a level the plan sets.
 */
export function spreadAdvice(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
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
export function legalCeiling(text: string, r: Reading, g: IndicatorGrammar): boolean {
  return g.legalCeilings.indexIn(text, r.pred.start, r.q.start) !== undefined || dutyLimit(text, r, g);
}

/**
 * Whether a measured value is a limit a judging rule classes samples by (grammar judgingVerbs: 末梢水游离余氯≥0.05mg/L，…不符合限值的
 * 判定为不合格): a judging verb later in its sentence. The standard's criterion, not a level the plan sets; only measures, as the
 * counts and rates of the same sentences are the plan's own.
 */
export function judgedLimit(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  return r.q.unit.kind === 'measure' && g.judgingVerbs.indexIn(text, r.end, e) !== undefined;
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
export function taxLawRate(text: string, all: readonly Reading[], k: number, g: IndicatorGrammar): boolean {
  const r = all[k] as Reading;
  const rate = r.q.unit.kind === 'rate';
  if (!rate && !(r.q.unit.amount === true && (r.post !== undefined || r.pred.comparator !== undefined))) return false;
  let at = r.end;
  if (g.levyVerbs.startingAt(text, afterPayee(text, at, g)) !== undefined) return true;
  if (!rate) return false;
  if (g.reducedRateLeads.endingAt(text, r.q.start) !== undefined) return true;
  for (let j = k + 1; j < all.length && j <= k + MAX_RATE_LIST; j++) {
    const o = all[j] as Reading;
    if (o.q.unit.kind !== 'rate' || !onlyJoiners(text.slice(at, o.q.start), g)) break;
    at = o.end;
  }
  if (text[at] === '的') at++;
  for (let i = at; i <= at + MAX_TAX_NAME && i < text.length; i++) {
    if (g.taxRateNouns.startingAt(text, i) !== undefined) return true;
    if (!HAN.test(text[i] as string)) return false;
  }
  return false;
}

/** How many characters the name of the body a contribution is paid to may hold (工会, 上级工会, 市总工会). */
const MAX_PAYEE = 6;

/**
 * Where a levy verb would stand after a rate that ends at `at`: past the body it is paid to when one of payeeLeads opens it
 * (2%向工会拨缴经费: the verb after 向工会), else `at` itself. Only a short run of Han characters that a levy verb ends.
 */
function afterPayee(text: string, at: number, g: IndicatorGrammar): number {
  const lead = g.payeeLeads.startingAt(text, at);
  if (lead === undefined) return at;
  for (let i = at + lead.length + 1; i <= at + lead.length + MAX_PAYEE && i < text.length; i++) {
    if (g.levyVerbs.startingAt(text, i) !== undefined) return i;
    if (!HAN.test(text[i] as string)) break;
  }
  return at;
}

/** 连续 and the word after it, right before a duration (连续发放3年, 连续3年). */
const SPAN_BEFORE = han(/连续(\p{Script=Han}{0,2})$/u);

/** Whether a word pays a benefit out: a grant, a pay-out verb or a reward word (给予, 发放, 补贴). */
function paysOut(word: string, g: IndicatorGrammar): boolean {
  return GRANT.test(word) || g.disburseVerbs.has(word) || g.rewardWords.has(word);
}

/** The units of a term a benefit, service or permission runs for. */
const TERM_UNITS = new Set(['天', '日', '周', '个月', '月', '年']);

/**
 * Whether the duration at `start` stands right after a top word (最长: grammar termTops) in its clause from `clause`: the longest term a
 * benefit or permission runs (提供最长7天免费住宿, 补贴期限最长3年), what one may be given at most, no level. The caller checks that no
 * bound word or target verb sets it.
 */
export function longestTerm(text: string, clause: number, start: number, unit: string, g: IndicatorGrammar): boolean {
  if (!TERM_UNITS.has(unit)) return false;
  const before = text.slice(clause, start).trimEnd();
  return g.termTops.endingAt(before, before.length) !== undefined;
}

/**
 * Whether the duration from `start` to `end` is the term a benefit is paid over: after 连续 and a word that pays it out (连续发放3年,
 * 连续补贴2年), or after 连续 alone with that word right after it (连续3年给予补贴, 连续2年发放).
 */
export function benefitTerm(text: string, start: number, end: number, g: IndicatorGrammar): boolean {
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
export function occasionSize(text: string, r: Reading, q: Quantity, pred: Predicate, g: IndicatorGrammar): boolean {
  if (pred.comparator || r.post || g.occasionWords.indexIn(text, r.clause, q.start) === undefined) return false;
  if (q.unit.kind === 'measure') return !pred.verb || pred.verb.kind === 'copula';
  return g.doseUnits.has(q.unit.unit) && pred.verb?.kind !== 'target' && pred.verb?.kind !== 'change';
}

/** Whether a reading is the least time a rule keeps between two acts of one person (两次献全血间隔不少于6个月): a duration bounded
 *  from below, no verb, right after a spacing noun (grammar spacingNouns). */
export function spacingFloor(text: string, r: Reading, g: IndicatorGrammar): boolean {
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
export function timesCapAfterSpacing(text: string, r: Reading, all: readonly Reading[], idx: number, g: IndicatorGrammar): boolean {
  if (r.q.unit.unit !== '次' || (r.pred.comparator ?? r.post?.comparator) !== '<=' || r.pred.verb?.kind === 'target') return false;
  let j = idx - 1;
  while (j >= 0 && all[j]!.end > r.clause) j--;
  const prev = all[j];
  return prev !== undefined && spacingFloor(text, prev, g) && CLAUSE_STOP.test(text.slice(prev.end, r.clause));
}

/**
 * Whether a modal of permission stands in text[from, to) (…周岁的健康公民可参加献血, …周岁均可献血) and what follows it is no
 * service the people receive (均可享受免费体检): the age then says who may act (grammar permissionModals).
 */
export function permitted(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let at = from; at < to; ) {
    const may = g.permissionModals.indexIn(text, at, to);
    if (!may) return false;
    const ke = may.index + may.word.indexOf('可');
    if (g.permissionFalseFriends.startingAt(text, ke) === undefined) return g.ageServiceWords.indexIn(text, may.index + may.word.length, to) === undefined;
    at = may.index + may.word.length;
  }
  return false;
}

/** The last character of a time a 前 closes as a deadline (年底前, 6月底前, 10日前), not an act. */
const DEADLINE_CHAR = /^[底末年月日号旬季]$/u;

/**
 * Whether a time is how long before an act a step of a procedure is done (每次作业前30分钟向空管部门申请空域, 就诊前48小时未被预约的):
 * a time unit (grammar actLeadUnits) right after a 前 (grammar adjacentComparators) that follows the act, with no bound word after
 * it. 前 there bounds no rank (前3名, 前10位). Not after a date (6月底前: a deadline), after 提前 (grammar adverbs: the lead time a
 * plan sets, 提前3天以上发布预报), or with no act before 前 (前3天, the first days of a period).
 */
export function actLeadTime(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const { q } = r;
  if (q.unit.kind !== 'measure' || !g.actLeadUnits.has(q.unit.unit) || r.post) return false;
  let at = q.start;
  while (at > 0 && text[at - 1] === ' ') at--;
  const cut = g.adjacentComparators.endingAt(text, at);
  if (cut === undefined || g.adverbs.endingAt(text, at) !== undefined) return false;
  const act = text[at - cut.length - 1] ?? '';
  return HAN.test(act) && !DEADLINE_CHAR.test(act);
}
