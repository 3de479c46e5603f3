// Names of shares and rates built from their sentence: whose share it is (占…的比例), the population or coverage it is
// measured over, what is done to the share, and how a growth or completion rate is named.
import { clauseEnd, insideWord, metricName, type Span } from './metric.js';
import type { Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { HAN_ONLY } from '../text/han.js';
import { isDigitCode } from '../numbers/digits.js';

/**
 * A rate stated as a share of a base (计入标准为本人参保缴费基数的2%, 研发经费投入为地区生产总值的2.5%): A为B的N% says
 * that A is N% of B, so the metric is A, before the copula; B is only what the share is taken of.
 */
export function shareOwner(text: string, subject: Span | undefined, r: Reading, g: IndicatorGrammar): Span | undefined {
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

/** 占 "accounts for", not inside 占用, 占地, 占有, 占领, 占压 (“两金”占用, 占地面积): words of a metric. 占地区 is 占 地区 (占地区生产总值
 *  比重), the share of the region's output. */
export const SHARE_OF = /占(?![用有领压]|地(?!区))/u;

/** A share written with 占 names its ratio: 滩涂面积占全市(的) 一半 → 滩涂面积占全市比例. With the whole left unsaid after
 *  占 (the total named before: …，其中4级以上的占42%; 女性占52%), the part's 占比: 4级以上占比, 女性占比. */
export function shareName(name: string, g: IndicatorGrammar): string {
  if (!SHARE_OF.test(name) || g.metricHeads.endingAt(name, name.length)) return name;
  if (name.endsWith('占') && name.length > 1) return `${name.slice(0, -1).replace(/的$/u, '')}占比`;
  return `${name.replace(/的$/u, '')}比例`;
}

/**
 * The metric of a growth in % with no subject of its own, after the metric before it: a share (…占一般公共预算支出比重) moves in
 * 个百分点, so a growth in % right after one (比重不低于3%，年均增长10%以上) is the growth of the share's subject, the amount
 * before 占 (grammar shareHeads, growthVerbs). Any other metric before is the growth's own.
 */
export function grownMetric(metric: string, r: Reading, g: IndicatorGrammar): string {
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
export function completionName(name: string, before: string, g: IndicatorGrammar): string | undefined {
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
export function populationShare(text: string, r: Reading, e: number, g: IndicatorGrammar): { name: string; end: number } | undefined {
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
  return { name: populationShareName(rest, g), end };
}

/** The name of a population's share from the population and what it does (村卫生室具备中医药服务能力 → 具备中医药服务能力的
 *  村卫生室比例; 镇管以上河道的水质达到IV类 → 镇管以上河道水质达到IV类比例). */
function populationShareName(rest: string, g: IndicatorGrammar): string {
  const name = metricName(rest, g).replace(/的/gu, '');
  // 70%的村卫生室具备中医药服务能力 → 具备中医药服务能力的村卫生室比例.
  const verb = g.shareVerbs.indexIn(name) ?? institutionStatus(name, g);
  if (verb && verb.index >= 2 && verb.index + verb.word.length < name.length) {
    // A negation before the verb goes with it (18%的小微企业未建立台账 → 未建立台账的小微企业比例).
    const at = verb.index - (NEGATION_BEFORE.exec(name.slice(0, verb.index))?.[0].length ?? 0);
    if (at >= 2) return `${withoutPerfective(name.slice(at), verb.index + verb.word.length - at, g)}的${name.slice(0, at)}比例`;
  }
  return `${name}比例`;
}

/**
 * A share written between a population and its predicate, an adverbial of the verb (grammar actingShareVerbs): 市级政务信息系统
 * 100%完成IPv6改造 → 市级政务信息系统完成IPv6改造比例, 县级医院100%达到二级甲等水平 → 达到二级甲等水平的县级医院比例. `own`: the
 * population's name before the share; undefined when it names a rate or a share of its own (…完成率100%, 占比60%), when the
 * share has a verb or a bound before it, or when no object follows the verb.
 */
export function actingShare(text: string, r: Reading, own: string, e: number, g: IndicatorGrammar): { name: string; end: number } | undefined {
  if (r.q.unit.unit !== '%' || r.pred.verb || r.pred.comparator || r.post || own.length < 2 || !HAN_ONLY.test(own)) return undefined;
  if (g.metricHeads.endingAt(own, own.length) || SHARE_OF.test(own)) return undefined;
  const verb = g.actingShareVerbs.startingAt(text, r.end);
  if (verb === undefined) return undefined;
  const end = clauseEnd(text, r.end, e);
  const rest = text.slice(r.end, end).replace(/\s+/gu, '');
  if (rest.length < verb.length + 2) return undefined;
  return { name: populationShareName(own + rest, g), end };
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
export function coverageShare(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; end: number } | undefined {
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
export function shareDoneTo(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
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
export function shareAllotted(text: string, r: Reading, from: number, e: number, g: IndicatorGrammar): { name: string; start: number; end: number } | undefined {
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
