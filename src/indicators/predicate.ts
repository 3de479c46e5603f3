// Reads what stands between a metric and its number, right to left from the number: comparators
// (不低于, 至少), verbs (达到, 提高到, 提升, 建成), distributors (分别, 均), adverbs (逐步, 力争), a
// baseline marker (由, 从) and year phrases (到2025年, 在2020年基础上). Where the reading stops,
// the metric ends.
import { isDigit } from '../numbers/index.js';
import type { Comparator, IndicatorGrammar } from '../grammar/indicators.js';
import type { WordSet } from '../grammar/words.js';
import type { DateHit } from '../dates/scan.js';
import { dateEndingAt } from './date-at.js';
import { yearsCountStart } from './years-count.js';
import { han, HAN } from '../text/han.js';
import { opensSharedNounList } from './count-list.js';

export type VerbKind = 'target' | 'change' | 'object' | 'copula';

export interface Predicate {
  /** Where the predicate starts (= where the metric before it ends). */
  start: number;
  verb: { kind: VerbKind; word: string; start: number; end: number } | undefined;
  comparator: Comparator | undefined;
  distributor: string | undefined;
  baseline: boolean;
  /** Year of a baseline (从2015年的) or a reference (在2020年基础上). */
  baseYear: number | null;
  /** A baseline's year named relative to the document's (由上年的): how many years before it. */
  baseYearsBack?: number;
  /** The reference is a span of years (比“十三五”时期, 较上一个五年): what is compared is a figure of a whole period. */
  baseSpan?: boolean;
  /** A sum word (共, 累计) stood before the number. */
  total: boolean;
  /** The value is a margin over a reference named between a word of comparison and it (增速高于城镇居民1个百分点). */
  margin?: boolean;
  /** …after a plain word of comparison (高于, 低于; not 不高于): a bound of a gap to keep, but the size of a gap measured. */
  plainMargin?: boolean;
  /** A list of years in the predicate (2025年、2027年分别达到90%、92%), in text order; empty otherwise. */
  years: number[];
}

/**
 * Whether the 比 before a year ends the name of a ratio (师幼比2026年达到1:17, 床护比2027年保持在1∶0.7) rather than compares with the
 * year: a comparison with 比 needs a comparative verb (比2025年提高, 比2020年下降到), and a verb that only reaches or holds a level
 * (达到, 保持在, 控制在) makes the year the time of the level. Only 比: 较 and 相比 are words of comparison alone.
 */
export function ratioNameBefore(base: string, verb: { kind: VerbKind; word: string } | undefined): boolean {
  return base === '比' && verb?.kind === 'target' && !COMPARATIVE.test(verb.word);
}

/** Characters of a verb that states a rise or fall (提高到, 下降到, 增加到, 降低至): a comparison's predicate. */
const COMPARATIVE = /[升高低降增减]/u;

/** The verb `word` ending at `end` ends a longer word that is no verb (基层党组织, 社会组织, 签约: notVerbs). */
export function endsNoun(text: string, end: number, word: string, g: IndicatorGrammar): boolean {
  return (g.notVerbs.endingAt(text, end)?.length ?? 0) > word.length;
}

function verbAt(text: string, end: number, g: IndicatorGrammar): { kind: VerbKind; word: string } | undefined {
  let best: { kind: VerbKind; word: string } | undefined;
  const consider = (kind: VerbKind, word: string | undefined) => {
    if (word && (!best || word.length > best.word.length)) best = { kind, word };
  };
  consider('target', g.targetVerbs.endingAt(text, end));
  consider('change', g.changeVerbs.endingAt(text, end));
  consider('object', g.objectVerbs.endingAt(text, end));
  // A copula character that ends a word of its own (违法行为, 作为, 认为: notCopulas) is no copula: 查处酒驾醉驾违法行为5873起
  // counts the 行为, named whole.
  const inWord = g.notCopulas.endingAt(text, end);
  consider('copula', inWord && inWord.length > 1 ? undefined : g.copulas.endingAt(text, end));
  if (!best) return undefined;
  if (endsNoun(text, end, (best as { word: string }).word, g)) return undefined;
  return best;
}

/**
 * Reads the predicate before text[at], never going left of `floor`. `dates` are the sentence's date hits;
 * `counted`: the quantity is a count or measure (which an object verb can take: 改造提升24个).
 */
export function readPredicate(text: string, at: number, floor: number, dates: DateHit[], g: IndicatorGrammar, counted: boolean, pivoted = false): Predicate {
  const p: Predicate = { start: at, verb: undefined, comparator: undefined, distributor: undefined, baseline: false, baseYear: null, total: false, years: [] };
  let pos = shareBaseStart(text, at, floor, g);
  if (pos === at) pos = bracketedTargetStart(text, at, floor, g);
  let next = at;
  while (next > floor && text[next - 1] === ' ') next--;
  for (let guard = 0; guard < 24 && pos > floor; guard++) {
    while (pos > floor && text[pos - 1] === ' ') pos--;
    const cmp = g.before.endingAt(text, pos);
    const notCmp = cmp ? g.notVerbs.endingAt(text, pos) : undefined;
    // A comparator that bounds only right before its number (前3名) is part of another phrase further left (年底前完成2家).
    const apart = cmp !== undefined && pos !== next && g.adjacentComparators.has(cmp);
    // 前 right after a date closes a deadline (2026年底前100家企业完成改造), no rank bound.
    const deadline = cmp !== undefined && g.adjacentComparators.has(cmp) && (dateEndingAt(dates, pos) !== undefined || dateEndingAt(dates, pos - cmp.length) !== undefined);
    if (cmp && pos - cmp.length >= floor && !(notCmp && notCmp.length > cmp.length) && !apart && !deadline) {
      p.comparator ??= g.comparatorsBefore.get(cmp);
      pos -= cmp.length;
      continue;
    }
    const date = dateEndingAt(dates, pos, (d) => d.start >= floor);
    if (date) {
      pos = date.start;
      // A list of years (2025年、2027年分别达到90%、92%): each the year of one value of the list.
      const joiner = g.joiners.endingAt(text, pos);
      if (joiner && date.year !== null && dateEndingAt(dates, pos - joiner.length, (d) => d.start >= floor && d.year !== null) !== undefined) {
        if (p.years.length === 0) p.years.unshift(date.year);
        const before = dateEndingAt(dates, pos - joiner.length) as DateHit;
        p.years.unshift(before.year as number);
        pos -= joiner.length;
        continue;
      }
      const base = g.baseYearBefore.endingAt(text, pos);
      if (base && pos - base.length >= floor && !ratioNameBefore(base, p.verb)) {
        p.baseYear = date.year;
        if (date.from !== null && date.year !== null && date.from < date.year) p.baseSpan = true;
        if (g.baselineMarkers.has(base)) p.baseline = true;
        pos -= base.length;
      } else if (text[date.end] === '的' && g.copulas.endingAt(text, pos)) {
        // A multiple or share of an earlier level after a copula (…累计完成投资486亿元，是“十三五”时期的1.4倍; 是2020年的1.5倍):
        // the date is the base the amount before is compared with, as after 比; the copula stays the predicate's verb.
        p.baseYear = date.year;
        if (date.from !== null && date.year !== null && date.from < date.year) p.baseSpan = true;
      }
      continue;
    }
    // A baseline from a year named relative to the document's (由上年的32.6%下降至29.8%): as from a year in digits (由2026年的).
    const relative = g.relativeYearWords.endingAt(text, pos);
    const from = relative ? g.baselineMarkers.endingAt(text, pos - relative.length) : undefined;
    if (relative && from && pos - relative.length - from.length >= floor) {
      p.baseline = true;
      p.baseYearsBack = g.relativeYearsBack.get(relative);
      pos -= relative.length + from.length;
      continue;
    }
    const after = g.baseYearAfter.endingAt(text, pos);
    if (after && pos - after.length >= floor && dateEndingAt(dates, pos - after.length) !== undefined) {
      pos -= after.length;
      continue;
    }
    // An adverbial of time before the verb (连续5年控制在…): like an adverb, no part of the metric.
    const span = leadBefore(text, pos, floor, SPAN_DURATION, SPAN_REACH, g.spanAdverbs);
    if (span !== undefined) {
      pos = span;
      continue;
    }
    // A number of years right before a change verb (研发投入两年增长50%, 营业收入五年翻一番, 三年年均增长8%) is the time the
    // change takes, an adverbial like 连续5年: no part of the metric.
    // A distributor may stand between them (五年年均分别增长9.6%和11.2%: the years of both averages).
    const beforeDistributor = p.distributor !== undefined && p.verb && text.startsWith(p.distributor, p.verb.start - p.distributor.length) ? p.verb.start - p.distributor.length : p.verb?.start;
    if (p.verb?.kind === 'change' && beforeDistributor !== undefined && (beforeDistributor === pos || g.adverbs.has(text.slice(pos, beforeDistributor)))) {
      const years = SPAN_DURATION.exec(text.slice(Math.max(floor, pos - SPAN_REACH), pos));
      // The years alone before the verb leave the metric to what a distributor maps the values onto (…198亿元，五年年均分别增长…).
      if (years && (years[0].length < pos - floor || (p.distributor !== undefined && years[0].length === pos - floor))) {
        pos -= years[0].length;
        continue;
      }
    }
    // The base of a ratio between the verb and the value (达到每3万人口1辆): like 每千人口, no part of the metric.
    const per = leadBefore(text, pos, floor, PER_BASE, PER_BASE_REACH, g.perWords);
    if (per !== undefined) {
      pos = per;
      continue;
    }
    // A throughput right before the value (达到日处理6万吨): part of the quantity, no part of the metric.
    const capacity = pos === at ? capacityStart(text, pos, floor, g) : undefined;
    if (capacity !== undefined) {
      pos = capacity;
      continue;
    }
    // The basis of a standard right before its value (分别为每亩50元, 提高到每人每月850元), or of an amount before its bound
    // (按每户每年不低于15元): what the amount is spread over, no part of the metric. Before the bound of a count of things (每平方
    // 公里不少于3座) it is the base of a density, which the name keeps.
    const basis = pos === at || (!pivoted && g.before.startingAt(text, pos) !== undefined) ? basisStart(text, pos, g) : pos;
    if (basis < pos && basis >= floor) {
      pos = basis;
      continue;
    }
    const dist = g.distributors.endingAt(text, pos);
    // 年均 is an adverb (average per year), not the distributor 均 after a stray 年 — unless that 年 closes a year
    // (到2027年均达到70%: 2027年, then 均; 较上年均下降10%: 上年, then 均).
    const adverbAt = dist ? g.adverbs.endingAt(text, pos) : undefined;
    // So is 平均 after a word its 平 closes (应用水平均达到4级: 水平, then 均).
    const adverbHere = adverbAt && !yearClosedAt(text, pos - adverbAt.length, g) && !closesWordBefore(text, pos - adverbAt.length, g) ? adverbAt : undefined;
    if (dist && pos - dist.length >= floor && !(adverbHere && adverbHere.length > dist.length)) {
      // An object verb right after a distributor (小学、初中学位分别新增3000个、2500个) has its objects before it,
      // the subjects the values are distributed over: it sets their levels as a target verb does. Not where the counts share
      // the noun after the last of them (分别新增3家、5家社区医院): that noun is the verb's object.
      if (p.verb?.kind === 'object' && p.verb.start === pos && !p.distributor && !opensSharedNounList(text, at, g)) p.verb = { ...p.verb, kind: 'target' };
      p.distributor ??= dist;
      pos -= dist.length;
      continue;
    }
    // A pivot verb right before a count (`pivoted`: of things, not money; 支持100所县域普通高中改善办学条件, 督促20家企业完成改造)
    // counts the population it sets to act, as an object verb counts its object: the count is the target. Not a count in Chinese
    // numerals (推进二次供水改造).
    // Nor one that ends a noun of its own (基层党组织31个: notVerbs).
    // A scope word may stand between the verb and the count (指导全县20家重点单位建立…, 推动全市300家企业上云): the scope of the
    // population, no part of the verb or of the counted noun.
    const past = pivoted && pos === at && isDigit(text[at]) ? scopeStart(text, pos, floor, g) : pos;
    const pivot = pivoted && pos === at && isDigit(text[at]) ? g.pivotVerbs.endingAt(text, past) : undefined;
    if (pivot && past - pivot.length >= floor && verbAt(text, past, g) === undefined && !endsNoun(text, past, pivot, g)) {
      p.verb = { kind: 'object', word: pivot, start: past - pivot.length, end: pos };
      pos = past - pivot.length;
      continue;
    }
    const verb = standardRise(text, pos, verbAt(text, pos, g), g);
    if (verb && pos - verb.word.length >= floor) {
      // Before the change verb of a rate an object verb is a noun of the metric (研发经费投入年均增长10%); so it is before the change
      // verb of an amount when only adverbs part them (城乡居民医保财政补助每人每年提高30元: the subsidy is raised, nothing counted).
      // A reach verb there only says the change is reached (营业收入实现增长10%, 实现翻一番: see reachesChange below).
      if (verb.kind === 'object' && p.verb?.kind === 'change' && !g.reachVerbs.has(verb.word) && (!counted || onlyAdverbs(text, pos, p.verb.start, g))) break;
      // A verb further left is an earlier verb of the chain (推广应用至少): the nearest one decides
      // the shape, except that an object verb anywhere makes it an object shape.
      // A reach verb before a change (营业收入实现翻一番) only says the change is reached: the change decides.
      const reachesChange = p.verb?.kind === 'change' && g.reachVerbs.has(verb.word);
      if (!p.verb || (verb.kind === 'object' && p.verb.kind !== 'object' && !reachesChange)) p.verb = { ...verb, start: pos - verb.word.length, end: pos };
      pos -= verb.word.length;
      continue;
    }
    const marker = g.baselineMarkers.endingAt(text, pos);
    if (marker && pos - marker.length >= floor) {
      p.baseline = true;
      pos -= marker.length;
      continue;
    }
    const total = g.totalWords.endingAt(text, pos);
    if (total && pos - total.length >= floor) {
      p.total = true;
      pos -= total.length;
      // The number of years summed over, after the metric (民生支出五年合计312亿元), goes with the sum word.
      const years = yearsCountStart(text, pos, floor);
      if (years !== undefined && years >= floor) pos = years;
      continue;
    }
    const adverb = g.adverbs.endingAt(text, pos);
    // A reference between a word of comparison and a margin (高于全省平均1.2个百分点): the metric ends before the word; so does the base
    // before a change verb (承诺时限比法定时限压缩70%).
    const compared = !counted && !p.comparator && !p.distributor && !p.verb;
    const reference = !counted && !p.comparator && !p.distributor ? (!p.verb ? referenceStart(text, pos, floor, g.comparisonWords) : p.verb.kind === 'change' ? baseStart(text, pos, floor, g) : undefined) : undefined;
    if (reference !== undefined) {
      if (compared) {
        // The margin over a reference is a gap to keep; a negated word of comparison (不高于各项贷款不良率3个百分点) bounds it.
        p.margin = true;
        const word = g.comparisonWords.startingAt(text, reference);
        if (word !== undefined) p.comparator ??= g.comparatorsBefore.get(word);
        if (word !== undefined && !word.startsWith('不')) p.plainMargin = true;
      }
      pos = reference;
      continue;
    }
    if (adverb && pos - adverb.length >= floor && counted && pos === at && !p.verb && g.objectAdverbs.has(adverb)) {
      p.verb = { kind: 'object', word: adverb, start: pos - adverb.length, end: pos };
      pos -= adverb.length;
      continue;
    }
    // An adverb character that ends a word of the metric (供应 in 建设用地供应1.2万亩, 效应) is no adverb.
    const word = adverb ? g.notAdverbs.endingAt(text, pos) : undefined;
    if (adverb && pos - adverb.length >= floor && !(word && word.length > adverb.length)) {
      // A verb before 的 modifies a noun (持续提升的五年): it is no predicate of the number.
      if (adverb === '的' && verbAt(text, pos - 1, g)) break;
      pos -= adverb.length;
      continue;
    }
    break;
  }
  p.start = pos;
  return p;
}

/** How long the reference between a word of comparison and its margin may be (全国平均水平, 城镇居民). */
const MAX_REFERENCE = 8;
const REFERENCE = han(/^\p{Script=Han}+$/u);

/**
 * Where a word of comparison starts that stands before a reference ending at `end` (高于|全省平均|1.2个百分点): the reference is
 * a short run of Chinese characters only; undefined when there is none. The word is read whole where its first characters
 * stand before the reach (不|低于 before a reference of MAX_REFERENCE characters): 低于 alone would reverse the bound of 不低于.
 */
function referenceStart(text: string, end: number, floor: number, words: WordSet): number | undefined {
  const hit = words.indexIn(text, Math.max(floor, end - MAX_REFERENCE - 2), end);
  if (!hit) return undefined;
  const wordEnd = hit.index + hit.word.length;
  const ref = text.slice(wordEnd, end);
  if (ref.length === 0 || !REFERENCE.test(ref)) return undefined;
  const whole = words.endingAt(text, wordEnd) ?? hit.word;
  return wordEnd - whole.length >= floor ? wordEnd - whole.length : hit.index;
}

/** Where a base word (比, 较) starts before a base ending at `end`, right before a change verb; not inside 比重, 占比, 较大 … */
function baseStart(text: string, end: number, floor: number, g: IndicatorGrammar): number | undefined {
  const at = referenceStart(text, end, floor, g.baseWords);
  if (at === undefined || insideNotBase(text, at, g)) return undefined;
  // The metric keeps at least a word before the base.
  return at - floor >= 2 ? at : undefined;
}

/** Whether text[at] is inside one of notBaseWords (比 of 比重, 占比; 较 of 较大). */
function insideNotBase(text: string, at: number, g: IndicatorGrammar): boolean {
  for (let k = at + 1; k <= at + 3 && k <= text.length; k++) {
    const w = g.notBaseWords.endingAt(text, k);
    if (w && k - w.length <= at) return true;
  }
  return false;
}

/** Whether text[from, to) is empty or only adverbs (每人每年, 逐步). */
function onlyAdverbs(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let k = from; k < to; ) {
    const adverb = g.adverbs.startingAt(text, k);
    if (!adverb) return false;
    k += adverb.length;
  }
  return true;
}

/** A number of years or months (5年, 三个月) after a span adverb (连续), within SPAN_REACH characters. */
const SPAN_DURATION = /(?:[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|月)$/u;
const SPAN_REACH = 8;
/** Where a throughput before a value starts (日处理, 日处理大米: capacityBases and up to CAPACITY_OBJECT characters of what is
 *  handled) when a verb or comparator stands before it; undefined otherwise. */
export function capacityStart(text: string, at: number, floor: number, g: IndicatorGrammar): number | undefined {
  const headed = g.capacityHeads.endingAt(text, at) !== undefined;
  for (let k = 0; k <= CAPACITY_OBJECT && at - k > floor; k++) {
    if (k > 0 && (headed || !HAN.test(text[at - k] as string))) return undefined;
    const word = g.capacityBases.endingAt(text, at - k);
    if (!word) continue;
    const start = at - k - word.length;
    if (start > floor && (verbAt(text, start, g) !== undefined || g.before.endingAt(text, start) !== undefined)) return start;
  }
  return undefined;
}

/**
 * A verb of adding after a standard (grammar standardRiseVerbs: 人均补助标准新增5元, 补助标准每人每年新增30元) raises the standard by
 * the amount, as 提高 does: a change, with nothing new counted. Any other verb as it is.
 */
function standardRise(text: string, end: number, verb: { kind: VerbKind; word: string } | undefined, g: IndicatorGrammar): { kind: VerbKind; word: string } | undefined {
  if (verb?.kind !== 'object' || !g.standardRiseVerbs.has(verb.word)) return verb;
  const before = basisStart(text, end - verb.word.length, g);
  return g.standardNouns.endingAt(text, before) !== undefined ? { kind: 'change', word: verb.word } : verb;
}

/** Where the per-head basis of a standard that ends at `at` starts (每人每月, 每人每年, 每床每日: perWords + perBases, repeated);
 *  `at` when there is none. */
export function basisStart(text: string, at: number, g: IndicatorGrammar): number {
  let pos = at;
  for (;;) {
    const base = g.perBases.endingAt(text, pos);
    const per = base ? g.perWords.endingAt(text, pos - base.length) : undefined;
    if (!base || !per) return pos;
    pos -= base.length + per.length;
  }
}

/**
 * A number and 人口, 人 or 户 after a per word (每3万人口, 每10万常住人口, 每千人, 每百户), within PER_BASE_REACH; also an area (每千平方公里,
 * 每万亩), the base of the densities of station networks and facilities (水文站网密度达到每千平方公里8个); and the vehicles and the
 * output the safety and energy rates are taken per (万车死亡率控制在每万车1.8人以下, 亿元生产总值生产安全事故死亡率降至每亿元0.02人,
 * 单位地区生产总值能耗降至每万元0.42吨标准煤), as the national statistics define them. And the parcels the postal service's
 * complaint and loss rates are taken per (快递服务有效申诉率为每百万件1.9件, 邮件丢失率控制在每万件0.5件以下: the 邮政管理 statistics
 * publish them per million or ten thousand items).
 */
const PER_BASE = /(?:[0-9０-９.]+|[一二两三四五六七八九十百千万亿]+)\s*[万千百亿]?\s*(?:常住)?(?:人口|人|户|平方公里|亩|车|辆|元|件(?:快件|快递|邮件)?)$/u;
const PER_BASE_REACH = 12;
/** Longest name of what a throughput handles (日处理大米, 日处理污水). */
const CAPACITY_OBJECT = 2;

/**
 * Where a lead word of `words` starts that stands right before a phrase matching `tail` (anchored at
 * its end) which ends at `end`, both within `reach` characters and not before `floor`; undefined
 * when there is none.
 */
function leadBefore(text: string, end: number, floor: number, tail: RegExp, reach: number, words: WordSet): number | undefined {
  const from = Math.max(floor, end - reach);
  const m = tail.exec(text.slice(from, end));
  if (!m) return undefined;
  let at = from + m.index;
  while (text[at - 1] === ' ') at--;
  const word = words.endingAt(text, at);
  return word && at - word.length >= floor ? at - word.length : undefined;
}

/**
 * The comparator written after a quantity [start, end) (以上, 以下, 左右), or closing a frame opened
 * before it (在4周内), and where it ends.
 */
export function readAfter(text: string, start: number, end: number, g: IndicatorGrammar): { comparator: Comparator; end: number } | undefined {
  let j = end;
  while (text[j] === ' ') j++;
  let w = g.after.startingAt(text, j);
  // The bound may follow the standard the quantity grades (20年一遇标准以上, Ⅲ类水及以上).
  if (!w) {
    const filler = g.gradeNouns.startingAt(text, j);
    const bound = filler ? g.after.startingAt(text, j + filler.length) : undefined;
    if (filler && bound) {
      j += filler.length;
      w = bound;
    }
  }
  if (w) return { comparator: g.comparatorsAfter.get(w) as Comparator, end: j + w.length };
  let b = start;
  while (text[b - 1] === ' ') b--;
  for (const f of g.comparatorFrames) {
    if (!text.startsWith(f.after, j) || !text.endsWith(f.before, b)) continue;
    // (A target verb that ends in the frame's 在 sets a limit to reach, also before the step it is for: 控制在1个工作日内办结.)
    if (deadlineFollows(text, j + f.after.length, g) && g.targetVerbs.endingAt(text, b) === undefined) return undefined;
    return { comparator: f.comparator, end: j + f.after.length };
  }
  // 内 closing a value a target verb sets (企业开办全流程压缩至1个工作日内, 审批时间控制在5个工作日内): the time may not exceed
  // it, as 以内; the verb stands for the frame's 在. So also before the step the time is for (压缩至1个工作日内办结): the verb
  // sets a time limit to reach, not the time a procedure allows.
  const close = text.startsWith('之内', j) ? 2 : text[j] === '内' ? 1 : 0;
  if (close > 0 && g.targetVerbs.endingAt(text, b) !== undefined) return { comparator: '<=', end: j + close };
  return undefined;
}

/**
 * A step of work right after a duration closed by 内 or 之内 without 在 (急难型临时救助24小时内办结, 收到工单后3个工作日内答复):
 * the time a procedure allows, as in the frame 在N…内 (see readAfter).
 */
export function stepWithin(text: string, at: number, g: IndicatorGrammar): boolean {
  const close = text.startsWith('之内', at) ? 2 : text[at] === '内' ? 1 : 0;
  return close > 0 && deadlineFollows(text, at + close, g);
}

/** How long the phrase of whom a step goes to may be (向市政府, 向上级主管部门), and the marks that end it first. */
const MAX_RECIPIENT = 10;
/** How long the phrase of the channel a step goes through may be (通过突发公共卫生事件管理信息系统进行): a system's full name. */
const MAX_CHANNEL = 24;
const CLAUSE_MARK = /[，,；;。：:、！!？?]/u;

/**
 * Whether the 年 at `at` closes a year, in digits or named relative to the plan's (到2027年均达到70%, 较上年均下降10%): a 均 after
 * it is the distributor, not the second character of 年均 (average per year).
 */
/** Whether text[at], the first character of an adverb, closes a word of the metric before it (grammar notAdverbs: 水平 in 水平均). */
function closesWordBefore(text: string, at: number, g: IndicatorGrammar): boolean {
  const word = g.notAdverbs.endingAt(text, at + 1);
  return word !== undefined && word.length > 1;
}

export function yearClosedAt(text: string, at: number, g: IndicatorGrammar): boolean {
  return text[at] === '年' && (isDigit(text[at - 1]) || g.relativeYears.endingAt(text, at + 1) !== undefined);
}

/** How long a bracketed aside between a procedure's time and its step may be (（节假日顺延）, （最好在2小时内）). */
const MAX_ASIDE = 16;

/** Where a bracketed aside opening at `at` ends (past its closing bracket), or -1 when no short aside opens there. */
function pastAside(text: string, at: number): number {
  if (text[at] !== '（' && text[at] !== '(') return -1;
  for (let j = at + 1; j < Math.min(text.length, at + MAX_ASIDE); j++) {
    if (text[j] === '）' || text[j] === ')') return j + 1;
    if (text[j] === '（' || text[j] === '(' || CLAUSE_END.test(text[j] as string)) return -1;
  }
  return -1;
}
const CLAUSE_END = /[；;。！!？?]/u;

/** A step of work right after a frame 在N…内, past adverbs, words of manner (应在20个工作日内完成审核结算, 在15日内依法处理), the
 *  phrase of whom it goes to (在1小时内向市政府报告) and that of the channel it goes through (在2小时内通过网络直报系统报告), or any act
 *  after a light verb (在24小时内进行报告卡审核): the time a procedure allows. Also past a bracketed aside: the frame's own (在5个工作日内（节假日顺延）办结) or the one the frame stands in,
 *  which closes before the step (在暴露后72小时内（最好在2小时内）服用). */
function deadlineFollows(text: string, at: number, g: IndicatorGrammar): boolean {
  for (let k = at; k < text.length; ) {
    if (g.deadlineVerbs.startingAt(text, k) !== undefined) return true;
    if (text[k] === '）' || text[k] === ')') {
      k++;
      continue;
    }
    const aside = pastAside(text, k);
    if (aside > 0) {
      k = aside;
      continue;
    }
    const to = g.recipientPrepositions.startingAt(text, k);
    const via = to ? undefined : g.channelPrepositions.startingAt(text, k);
    const phrase = to ?? via;
    if (phrase) {
      const reach = to ? MAX_RECIPIENT : MAX_CHANNEL;
      for (let j = k + phrase.length + 1; j <= Math.min(text.length - 1, k + phrase.length + reach); j++) {
        if (CLAUSE_MARK.test(text[j - 1] as string)) return false;
        if (g.deadlineVerbs.startingAt(text, j) !== undefined) return true;
      }
      return false;
    }
    if (g.stepLightVerbs.startingAt(text, k) !== undefined) return true;
    const adverb = g.adverbs.startingAt(text, k) ?? g.stepManners.startingAt(text, k);
    if (!adverb) return false;
    k += adverb.length;
  }
  return false;
}

/** How far before a predicate an adverbial comparator (至少 符合以下3项) may stand. */
const LEAD_COMPARATOR_REACH = 8;

/** An adverbial comparator a few characters before the predicate, across a verb outside the word lists. */
export function leadComparator(text: string, pred: Predicate, floor: number, g: IndicatorGrammar): Comparator | undefined {
  const hit = g.leadComparators.indexIn(text, Math.max(floor, pred.start - LEAD_COMPARATOR_REACH), pred.start);
  return hit ? g.comparatorsBefore.get(hit.word) : undefined;
}

/** How far before a count's verb a bound word may stand across the phrase between them (至少委托具有资质的机构开展1次检测). */
const VERB_PHRASE_BOUND_REACH = 24;
/** A number or a mark that ends a clause: a bound word before one bounds something else (至少3个县, 至少配备1名…，开展). */
const BOUND_STOP = /[0-9０-９，,；;。：:！!？?、]/u;

/**
 * A bound word (至少, 最多) before the verb phrase whose verb sets a count (每季度至少带队开展1次检查, 每年至少委托…机构开展1次检测):
 * Chinese puts such an adverb before the whole phrase, a manner or a coverb with its object (带队, 委托…机构) included, and it bounds
 * the count of the phrase's verb. Not across a number or a clause mark, which leave it bounding something else.
 */
export function boundBeforeVerbPhrase(text: string, pred: Predicate, floor: number, g: IndicatorGrammar): Comparator | undefined {
  const from = Math.max(floor, pred.start - VERB_PHRASE_BOUND_REACH);
  let last: { index: number; word: string } | undefined;
  for (let hit = g.leadComparators.indexIn(text, from, pred.start); hit; hit = g.leadComparators.indexIn(text, hit.index + hit.word.length, pred.start)) last = hit;
  if (!last || BOUND_STOP.test(text.slice(last.index + last.word.length, pred.start))) return undefined;
  return g.comparatorsBefore.get(last.word);
}

/** A percentage starts at `at` (1.5%的比例): only a share runs straight on from the total it is taken of. */
const SHARE_AT = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]/u;
const isShare = (text: string, at: number): boolean => SHARE_AT.test(text.slice(at, at + 12));

/** How far a bracketed target's name (规划总目标, 省下达的目标任务) may reach back from its bracket to the verb before it. */
const MAX_BRACKETED_TARGET = 12;

/**
 * Where the predicate's reading starts for a value given in brackets after the target it fills (达到规划总目标（40万立方米/天）,
 * grammar bracketedTargets): at the verb before the target, so that the target is no part of the metric; `at` otherwise.
 */
function bracketedTargetStart(text: string, at: number, floor: number, g: IndicatorGrammar): number {
  const open = at - 1;
  if (open <= floor || (text[open] !== '（' && text[open] !== '(') || !g.bracketedTargets.endingAt(text, open)) return at;
  // The verb that sets the target (达到, 完成, 实现), not one inside its name (达到规划总目标: 规划).
  const setting = (j: number): number | undefined => {
    const verb = verbAt(text, j, g);
    return verb && (verb.kind === 'target' || g.reachVerbs.has(verb.word)) ? j : undefined;
  };
  return backWithin(text, open, floor, MAX_BRACKETED_TARGET, BRACKETED_NAME_STOP, setting) ?? at;
}

/** What ends a bracketed target's name on the way back: a clause stop, a number or another bracket. */
const BRACKETED_NAME_STOP = /[，,；;。：:0-9０-９%％（(）)]/u;

/** What ends a total's name on the way back: a clause stop or a number (the name is one noun phrase). */
const TOTAL_NAME_STOP = /[，,；;。：:0-9０-９%％]/u;

/**
 * Walks back from `from`, at most `reach` characters and never left of `floor`, through one name (a character matching `stop`
 * before a position ends the walk), and returns the first answer `at` gives for a position; undefined when it gives none.
 */
function backWithin(text: string, from: number, floor: number, reach: number, stop: RegExp, at: (j: number) => number | undefined): number | undefined {
  for (let j = from; j >= Math.max(floor, from - reach); j--) {
    const found = at(j);
    if (found !== undefined) return found;
    if (stop.test(text[j - 1] ?? '')) break;
  }
  return undefined;
}

/** The character that opens a word of a sum (总额, 总量, 总数). */
const SUM = '总';

/** How far a total's name (采购总额, 乡镇卫生院和社区卫生服务中心总数, the wage bases of 公积金 and 社保 rules: 上年度全市城镇非私营单位在岗职工月平均工资)
 *  may reach back from its 的 to the bound or verb before it. */
const MAX_SHARE_BASE = 28;

/** Whether a bound word that sets a cap or a floor (不高于, 不超过, 不低于) ends at `j`: 约 and 左右 bound nothing a fee could be a base of. */
function capOrFloorEndingAt(text: string, j: number, g: IndicatorGrammar): boolean {
  const word = g.before.endingAt(text, j);
  const bound = word === undefined ? undefined : g.comparatorsBefore.get(word);
  return bound === '<=' || bound === '>=';
}

/**
 * Whether the noun ending at `end` (before its 的) opens with a word of a whole right after a cap or floor (不少于|总处方, 不超过|全部床位):
 * the noun names the whole a share is of, whatever word it ends in.
 */
function wholeAfterBound(text: string, end: number, floor: number, g: IndicatorGrammar): boolean {
  const opens = (j: number): number | undefined => (g.wholeOpeners.startingAt(text, j) !== undefined && capOrFloorEndingAt(text, j, g) ? j : undefined);
  return backWithin(text, end - 1, floor, MAX_SHARE_BASE, TOTAL_NAME_STOP, opens) !== undefined;
}

/**
 * Where the predicate's reading starts for a share of a named total (不低于总量的70%, 不少于采购总额的30%):
 * at the bound or verb before the total, so that the bound is the share's and the total no part of the
 * metric; `at` itself otherwise.
 */
function shareBaseStart(text: string, at: number, floor: number, g: IndicatorGrammar): number {
  let de = at;
  while (de > floor && text[de - 1] === ' ') de--;
  // A fee (保育教育费的1.5倍) is a base only after a bound word: without one it is the whole a share is spent from.
  const boundOnly = text[de - 1] === '的' && !g.shareTotals.endingAt(text, de - 1) && (g.boundedShareTotals.endingAt(text, de - 1) !== undefined || wholeAfterBound(text, de - 1, floor, g));
  // The total may also run straight into the number (不低于在职职工总数1.5%的比例, 不超过年度预算总额5%).
  if (text[de - 1] === '的' && (g.shareTotals.endingAt(text, de - 1) || boundOnly)) de--;
  else if (!g.shareTotals.endingAt(text, de) || !isShare(text, at)) return at;
  if (boundOnly) return backWithin(text, de, floor, MAX_SHARE_BASE, TOTAL_NAME_STOP, (j) => (capOrFloorEndingAt(text, j, g) ? j : undefined)) ?? at;
  const boundOrVerb = (j: number): number | undefined => {
    // After an object verb the total is what is done, the metric itself (完成年度目标的100%), no base of a share; but a verb right
    // before a word of a sum (采购|总额, 投资|总额) names the total, a compound noun, and the reading goes on past it.
    const verb = verbAt(text, j, g);
    if (verb?.kind === 'object') return g.shareTotals.startingAt(text, j)?.startsWith(SUM) === true ? undefined : at;
    return g.before.endingAt(text, j) || verb ? j : undefined;
  };
  return backWithin(text, de, floor, MAX_SHARE_BASE, TOTAL_NAME_STOP, boundOrVerb) ?? at;
}

/** Where a scope word (grammar scope: 全县, 全市, 辖区) that ends right at the count at `end` starts, not before `floor`; `end` when
 *  none does, or when the count is of the territory's own divisions (推进全区11个街道（乡镇）应急管理站建设: all of them, a fact of
 *  the territory, grammar divisionNouns). */
function scopeStart(text: string, end: number, floor: number, g: IndicatorGrammar): number {
  for (let k = Math.max(floor, end - MAX_SCOPE_WORD); k < end - 1; k++) {
    const word = text.slice(k, end);
    if (g.scope.exec(word)?.[0] !== word) continue;
    let unit = end;
    while (unit < text.length && /[0-9０-９.．]/u.test(text[unit] as string)) unit++;
    const divisions = [1, 2].some((n) => g.divisionNouns.startingAt(text, unit + n) !== undefined);
    return divisions ? end : k;
  }
  return end;
}

/** The longest scope word looked for before a pivot verb's count (全街道, 辖区内). */
const MAX_SCOPE_WORD = 4;
