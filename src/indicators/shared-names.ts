// Names a member of a list or a later clause shares with the one before it (新增…床位200张、…300张; 其中…): the measure, tier,
// institution or fund it elides, and how a name is split into the parts its values are spread over.
import type { Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { clauseStart, completeConjuncts, metricName, objectNoun, type Span, splitConjuncts } from './metric.js';
import { HAN_ONLY } from '../text/han.js';
import type { Statement } from './shapes.js';

/**
 * The addition to a total named before (限上企业数量达到2000家，较上年净增150家 → 限上企业净增): the thing the total counts and
 * the verb of adding, as 高新技术企业净增 is written; undefined when the verb adds nothing or the name is no total.
 */
export function increaseOfTotal(earlier: string, r: Reading, g: IndicatorGrammar): string | undefined {
  const verb = r.pred.verb?.word;
  const total = g.totalCounts.endingAt(earlier, earlier.length);
  return verb !== undefined && g.incrementVerbs.has(verb) && total !== undefined && total.length < earlier.length ? earlier.slice(0, earlier.length - total.length) + verb : undefined;
}

/** The thing an addition counts: its metric without the verb of adding before or after it (新增市场主体, 高新技术企业净增). */
export function addedThing(metric: string, g: IndicatorGrammar): string {
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
export function sharedMeasure(subject: string, elided: string, g: IndicatorGrammar): string {
  if (!elided.endsWith('量') || !subject.endsWith('量') || subject.length < 3) return subject;
  const head = g.amountHeads.endingAt(subject, subject.length);
  return head !== undefined && head.length <= 2 ? subject : subject.slice(0, -1);
}

/** The tier that ranks an honour opening `s` (国家级, 省级, 县级; grammar honourTiers) with the tiers above it (县级以上: the bound is
 *  that tier's, not the thing's); undefined when `s` opens with none. */
function tierAt(s: string, g: IndicatorGrammar): string | undefined {
  const tier = g.honourTiers.startingAt(s, 0);
  return tier === undefined ? undefined : tier + (TIERS_ABOVE.exec(s.slice(tier.length))?.[0] ?? '');
}

const TIERS_ABOVE = /^及?以上/u;

/**
 * A tier alone before a value (建成国家级慢性病综合防控示范区2个、省级5个) after a thing ranked by another tier in the same unit: the
 * same thing of that tier (省级慢性病综合防控示范区), the thing written once as plans list the tiers of an honour. Anything else is
 * returned as it is.
 */
export function otherTier(name: string, before: string, g: IndicatorGrammar): string {
  const tier = tierAt(name, g);
  const other = tierAt(before, g);
  return tier !== undefined && other !== undefined && tier === name && other !== tier && before.length > other.length ? tier + before.slice(other.length) : name;
}

/**
 * An institution alone before a value (二级医院不超过7.5天), after a measure of another institution of the same kind in the same unit
 * (三级医院平均住院日不超过8天): the same measure of that institution (二级医院平均住院日), the measure elided as plans write parallel
 * targets of the tiers of hospitals, schools or enterprises. Not for a count (其中营收超亿元企业10家 counts the institutions
 * themselves). Anything else is returned as it is.
 */
export function otherInstitution(name: string, before: string, g: IndicatorGrammar): string {
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
export function sameFund(name: string, before: string, g: IndicatorGrammar): string {
  if (!g.fundAccounts.has(name)) return name;
  const account = g.fundAccounts.endingAt(before, before.length);
  if (account === undefined || account === name) return name;
  const fund = before.slice(0, before.length - account.length);
  return g.fundHolders.endingAt(fund, fund.length) !== undefined ? fund + name : name;
}

/** The thing a count counts, without the count word its name ends in (高新技术企业数量 → 高新技术企业): a total after it
 *  (…净增300家以上、总数突破2650家) names the count anew. */
export function countedThing(metric: string, g: IndicatorGrammar): string {
  const count = g.totalCounts.endingAt(metric, metric.length);
  return count && metric.length > count.length ? metric.slice(0, metric.length - count.length) : metric;
}

/** Clause punctuation that ends the clause before a per-unit count. */
const CLAUSE_PUNCT = /[，,；;：:。]/u;

/**
 * The object of the clause right before `at` in the sentence from `s` when that clause sets it up with a verb and no number
 * (建设大件垃圾和装修垃圾集中处置场所，…): its name without the verb; undefined otherwise.
 */
export function objectOfClauseBefore(text: string, s: number, at: number, g: IndicatorGrammar): string | undefined {
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
export function scopedNoun(text: string, r: Reading, limit: number, e: number, g: IndicatorGrammar): Span | undefined {
  const noun = objectNoun(text, r.end, limit, e, r.q.unit.object === 'first', g);
  // A verb right after the count (至少2家达到三级标准) opens the predicate of a count whose noun was named before.
  if (!noun || g.reachVerbs.startingAt(text, noun.start) || g.objectVerbs.startingAt(text, noun.start)) return undefined;
  return metricName(text.slice(noun.start, noun.end), g).length >= 2 ? noun : undefined;
}

/** The last metrics of `earlier`, one per value of `values` and in the same units in order, when there are enough of them. */
export function spreadOver(earlier: ReadonlyArray<{ metric: string; unit: Reading['q']['unit'] }>, values: readonly Reading[]): string[] | undefined {
  if (values.length < 2 || earlier.length < values.length) return undefined;
  const last = earlier.slice(-values.length);
  return last.every((m, k) => m.unit === (values[k] as Reading).q.unit) && new Set(last.map((m) => m.metric)).size === last.length ? last.map((m) => m.metric) : undefined;
}

/**
 * The names of values spread by a distributor that stands inside the subject, after the subjects listed and before the act
 * they each do (市级、县级医院分别开展义诊活动不少于10场和20场 → 市级医院开展义诊活动, 县级医院开展义诊活动): one name per
 * subject, as many as the values; undefined when the subject is not so shaped.
 */
export function distributedActs(text: string, subject: Span, values: number, g: IndicatorGrammar): string[] | undefined {
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
export function byEnumerationComma(text: string, parts: Span[], ends: (end: number) => boolean = () => false): Span[] {
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
export const byMetricEnds = (text: string, parts: Span[], g: IndicatorGrammar): Span[] =>
  byEnumerationComma(text, parts, (end) => g.metricHeads.endingAt(text, end) !== undefined);

/** How far into a metric's name the place it is measured for may reach (地级及以上城市建成区…). */
const MAX_PLACE = 10;

/** An age band and nothing else (65岁以上, 80周岁及以上, 3岁以下). */
const AGE_BAND = /^\d+周?岁及?以[上下]$/u;
/** The age band a metric's name opens with (60岁以上老年人健康体检率 → 60岁以上). */
const AGE_BAND_OPENING = /^\d+(?:[—–-]\d+)?周?岁(?:及?以[上下])?/u;

/** A group (城镇居民) of a breakdown of `earlier` (全体居民人均可支配收入) with the rest of that metric after its group word. */
export function breakdownName(name: string, earlier: string, g: IndicatorGrammar, rate = false): string {
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
export function groupFirst(name: string, g: IndicatorGrammar): string {
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
    // 高水平 before a noun is an adjective (国家高水平体育后备人才基地): no metric's head, so what follows is no tier.
    if (g.attributiveLevels.endingAt(name, k) !== undefined) return undefined;
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
export function isTier(name: string, g: IndicatorGrammar): boolean {
  return name.length <= MAX_TIER && g.institutionHeads.endingAt(name, name.length) !== undefined && HAN_ONLY.test(name) && !name.includes('的');
}

/** Whether a metric's name opens with a tier of institutions its words go on after (二级以上医院|设置老年医学科的比例). */
export function opensWithTier(metric: string, g: IndicatorGrammar): boolean {
  const group = g.joinHeads.indexIn(metric);
  return group !== undefined && group.index + group.word.length <= MAX_TIER && group.index + group.word.length < metric.length && g.institutionHeads.has(group.word);
}

/** `head` + `tail`, the words `head` ends with and `tail` starts with written once (城市社区 + 社区养老… → 城市社区养老…). */
export function joinShared(head: string, tail: string): string {
  let shared = 0;
  for (let k = Math.min(head.length, tail.length); k >= 2 && shared === 0; k--) if (head.endsWith(tail.slice(0, k))) shared = k;
  return head + tail.slice(shared);
}

/**
 * The things counted in the clause right before `r`'s, each once (建议, 提案 of 办理人大代表建议142件、政协提案205件), when every
 * value of that clause is such a count.
 */
export function countedBefore(text: string, s: number, r: Reading, statements: readonly Statement[]): string[] {
  if (r.clause - 1 <= s) return [];
  const from = clauseStart(text, r.clause - 1, s);
  const members = statements.flatMap((st) => st.members).filter((m) => m.reading.q.start >= from && m.reading.end < r.clause);
  if (!members.every((m) => m.reading.object)) return [];
  return [...new Set(members.map((m) => m.metric))];
}

/** How many values after `idx` are listed with it: values of a rate or amount, or with `counts` the counts of objects. */
export function countListed(readings: Reading[], idx: number, counts = false): number {
  let n = 0;
  for (let k = idx + 1; k < readings.length && (readings[k] as Reading).listed && (readings[k] as Reading).object === counts; k++) n++;
  return n;
}
