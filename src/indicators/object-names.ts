// The name of what a count counts (建成 N 个 X → X): the noun after the unit or before the number, the work a verb does to it,
// the act it is counted by, the people a service reaches, and the order official writing puts such names in.
import type { Reading } from './reading.js';
import type { DateHit } from '../dates/scan.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { attainersBefore, attainingVerb, attains, partOfWhole } from './attainers.js';
import { clauseBefore, clauseEnd, completeConjuncts, insideWord, metricName, objectNoun, servedName, siteName, type Span, splitConjuncts, trimLead } from './metric.js';
import { basisStart } from './predicate.js';
import { WordSet } from '../grammar/words.js';
import { yearsCountStart } from './years-count.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { han } from '../text/han.js';

/** A per-capita denominator written right before the verb: 每千人口, 每万常住人口, 每千名老年人, 每百户. */
const PER_CAPITA = han(/每[0-9一二三四五六七八九十百千万]+[名个户]?\p{Script=Han}{0,5}$/u);

/** A base of population right before a value, after its verb or bound (达到每万人口4名, 不少于每千人口0.5张). */
const PER_HEAD_BEFORE_VALUE = /每(?:[0-9]+|[一二三四五六七八九十百千万])+(?:常住)?人口$/u;

/**
 * The base of population a health-resource ratio is written with after its verb (全科医生达到每万人口4名, 开放床位不少于每千人口
 * 0.5张): it opens the ratio's name, as statistics name it (每万人口全科医生). '' when there is none.
 */
export function perHeadBeforeValue(text: string, r: Reading): string {
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

export function objectMetric(text: string, s: number, r: Reading, limit: number, e: number, dates: DateHit[], g: IndicatorGrammar, nextEnd?: number): { name: string; end: number; bare?: boolean } | undefined {
  // A part after 其中 or a partitive frame whose verb of attaining follows the unit (其中4家达到推荐标准: attainedByCount; 新增4家
  // 达到…, 力争5个达到…) counts the whole the clause before names, by the act: 达到推荐标准的乡镇卫生院 (the act alone where that
  // clause names no institutions).
  if (attainsRightAfterCount(text, r, g) && partOfWhole(text, r.clause, r.q.start, g)) {
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
  // says only that the work is done: the work names the count. So does a verb of carrying out (实施农村危桥改造18座, 推进…更新改造
  // 60公里: grammar carryOutVerbs), which says only that the works are carried out.
  // The period the work recurs in before that verb (每年完成农村户厕改造1500户, 每年实施…) says how often, no more part of the name.
  const period = from + (g.procedureFrequencies.startingAt(text, from)?.length ?? 0);
  const reached = g.reachVerbs.startingAt(text, period) ?? g.carryOutVerbs.startingAt(text, period);
  if (reached && period + reached.length < r.pred.verb.start) from = period + reached.length;
  const subject = metricName(text.slice(from, r.pred.verb.start), g);
  // 力争/确保 right before the count (新增限上企业力争150家) are adverbs of resolve, no more part of the name than 达到 is.
  const reach = (g.reachVerbs.has(r.pred.verb.word) || g.objectAdverbs.has(r.pred.verb.word)) && subject !== '';
  // Only a sum word before the verb (2026年累计建成20个), also over a count of years (五年累计引进50名), or an adverb (较上年净增150家):
  // the object is the one named before, if any.
  const bare = subject === '' || g.totalWords.has(subject) || g.adverbs.has(subject) || yearsTotal(subject, g);
  const name = metricName(text.slice(from, reach ? beforeInnerAdverbs(text, from, r.pred.verb.start, g) : r.pred.verb.end), g);
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

/** Where a subject ends before the adverbs of resolve or time that stand between it and its verb of reaching (固定资产投资确保完成
 *  80亿元, 税收收入全年完成12亿元: grammar innerAdverbs), no more part of its name than the verb is; not the whole subject. */
function beforeInnerAdverbs(text: string, from: number, at: number, g: IndicatorGrammar): number {
  let end = at;
  for (let w = g.innerAdverbs.endingAt(text, end); w !== undefined && end - w.length > from; w = g.innerAdverbs.endingAt(text, end)) end -= w.length;
  return end;
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
export function kindsOfCount(name: string, values: number, g: IndicatorGrammar): string[] | undefined {
  if (values < 2) return undefined;
  const parts = splitConjuncts(name, { start: 0, end: name.length }, g);
  return parts.length === values ? completeConjuncts(name, parts, g)?.map((n) => metricName(n, g)) : undefined;
}

/**
 * The names of counts a distributor spreads over kinds of place listed before it (城区和农村分别建设4个、6个急救站点 → 城区急救站点,
 * 农村急救站点; also with the object between the verb and the values: 城市、农村分别新增托位300个和200个), after the scope they are
 * parts of (全县): each count is of the thing counted in its place, as plans set one figure per kind of area. Undefined when there is
 * no distributor before the values or their verb, or what stands before it is no list of as many kinds of place (grammar placeGroups).
 */
export function placesOfCount(text: string, r: Reading, name: string, values: number, dates: DateHit[], g: IndicatorGrammar): string[] | undefined {
  const distributor = r.pred.distributor ?? (r.pred.verb ? g.distributors.endingAt(text, r.pred.verb.start) : undefined);
  if (values < 2 || distributor === undefined) return undefined;
  const at = text.lastIndexOf(distributor, r.q.start);
  if (at <= r.clause) return undefined;
  const lead = trimLead(text, r.clause, at, dates, g);
  const from = lead + (g.scope.exec(text.slice(lead, at))?.[0].length ?? 0);
  const places = splitConjuncts(text, { start: from, end: at }, g).map((p) => text.slice(p.start, p.end).trim());
  return places.length === values && places.every((p) => g.placeGroups.has(p)) ? places.map((p) => p + name) : undefined;
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
 * Whether a verb of attaining stands right after the count, with no noun between: read as the count's own verb (其中4家达到推荐标准),
 * or after a count whose verb sets the things counted to act or adds to them (力争5个达到…, 新增4家达到…).
 */
function attainsRightAfterCount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const verb = r.pred.verb;
  if (verb && verb.start === r.end) return g.attainVerbs.has(verb.word);
  return (setsActOfCounted(r, g) || addsAttainers(r, g)) && g.attainVerbs.startingAt(text, r.end) !== undefined && g.notAttainWords.startingAt(text, r.end) === undefined;
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
export function trimmedClauseEnd(text: string, from: number, e: number): number {
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
export function servedListed(text: string, r: Reading, counted: string, nounEnd: number, e: number, g: IndicatorGrammar): string {
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
  // alone (资助金额: grammar bareSums) is the sum the verb pays out, named with it. So is a project head alone (项目, 工程: grammar
  // projectHeads) after a verb of a stage: project statistics are classed by it (新开工项目150个, 竣工项目45个); a verb that only
  // carries works out or pushes them on (实施, 推进: carryOutVerbs, pivotVerbs) or reaches an amount (完成) names no stage.
  const stage = verb !== undefined && g.projectHeads.has(name) && !g.carryOutVerbs.has(verb) && !g.pivotVerbs.has(verb) && !g.reachVerbs.has(verb);
  return verb && name !== '' && (g.namingVerbs.has(verb) || g.bareSums.has(name) || stage) && !name.includes(verb) ? verb + name : name;
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
