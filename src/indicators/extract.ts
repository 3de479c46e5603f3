// Extracts the indicators of one paragraph: finds its dates and quantities, reads each sentence
// into statements (src/indicators/shapes.ts), and settles each item's comparator, kind and year.
// Works on the paragraph's repaired text and maps every item back to an exact source slice.
import type { Comparator, IndicatorGrammar } from '../grammar/indicators.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import { scanDates, type DateHit } from '../dates/scan.js';
import type { Indicator } from '../schema.js';
import { isDigit } from '../numbers/index.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { eachMatch } from '../grammar/matches.js';
import type { WordSet } from '../grammar/words.js';
import { cleanSlice, sourceOffset, type CleanText } from '../text/clean.js';
import { antecedent, taskShareName, clauseEnd, clauseStart, doneWorkName, endsSentence, markerLength } from './metric.js';
import { mayHoldQuantity, quotedMask, scanQuantities, type Quantity } from './quantity.js';
import { placeListedAfter } from './list-members.js';
import { readSentence, type Reading } from './reading.js';
import { buildStatements, type Member, type Statement } from './shapes.js';
import { ratioNameBefore, yearClosedAt, type Predicate } from './predicate.js';
import { LEADING_YEARS, yearsCounts } from './years-count.js';
import { implausibleUnit } from './mortality.js';
import { movedToPlace } from './set-counts.js';
import { opensClause, SentenceDates } from './sentence-dates.js';
import { partitionPoint } from '../text/sorted.js';
import { carryBase, type PerBase } from './shared-base.js';
import { han } from '../text/han.js';

export interface PlanYears {
  /** First and last year of the plan, when known. */
  years: [number, number] | null;
  /** An annual plan: its year is the default year of its targets. */
  annual: boolean;
  /**
   * The text reviews a past period or states the present (a section headed 工作回顾, 发展基础,
   * 存在问题): its amounts are achieved or measured levels (kind actual), also without a target verb.
   */
  review?: boolean;
  /**
   * In a review, a section on the situation the plan faces (面临的形势 under 规划背景): its levels are measured (kind actual),
   * but a count without a verb is a fact it cites (全市常住人口660余万人), no amount achieved.
   */
  situation?: boolean;
  /** In a review section: the year its heading names (2024年工作回顾), of the levels that name none. */
  reviewYear?: number | null;
  /**
   * The year a list's lead-in set (到2026年底，…主要指标达到以下要求：) for the items after it, which name
   * none of their own (1.急救呼叫满足率达到100%；): see leadInYear.
   */
  leadYear?: number | null;
  /**
   * The text is under a heading that forecasts (三、全年走势预判 in an 经济运行分析): a clause opened by 预计/预测 there estimates how
   * the period will end (预计全年地区生产总值增长6%左右), no target and no level reached, also without a future auxiliary (将).
   */
  forecast?: boolean;
}

/** One indicator with its place as source offsets [start, end). */
export interface Found {
  indicator: Omit<Indicator, 'position' | 'section' | 'text'>;
  start: number;
  end: number;
  /** The unit looks wrong for the metric (a mortality rate in %). */
  implausible: boolean;
  /** The value is a change (提高1.3岁, 下降10%), also where a review makes it a level reached (kind actual): no level to judge
   *  against a metric's plausible range. */
  difference: boolean;
  /** The level a later target of its sentence starts from (在上半年举办12场的基础上，…): named by that target. */
  foundation?: boolean;
}

const round = (v: number) => Number(v.toPrecision(12));

function normalized(q: Quantity): Indicator['normalized'] {
  if (q.scale === undefined || q.value === null) return undefined;
  const scale = q.scale;
  return Array.isArray(q.value) ? [round(q.value[0] * scale), round(q.value[1] * scale)] : round(q.value * scale);
}

/**
 * Length of a list item's marker that opens a sentence inside a paragraph (。5.儿童青少年总体近视率…: items
 * run together on one line); not a number's whole part (。2.6万名…).
 */
function itemMarkerAt(text: string, i: number): number {
  if (!isDigit(text[i])) return 0;
  const n = markerLength(text.slice(i, i + 12));
  return n > 0 && !isDigit(text[i + n]) ? n : 0;
}

/** How far a bracketed breakdown after a count may reach. */
const MAX_BREAKDOWN = 40;
/** What opens a bracketed breakdown of a count (其中新建6个, 含民办学校2所, 包括…). */
const BREAKDOWN_OPENER = /^[（(](?:其中|含|包括)/u;

/**
 * The text with the brackets around a breakdown of a count written right after it read as clause
 * stops (改造老旧小区30个（新建12个、改造18个）→ 改造老旧小区30个，新建12个、改造18个，), as the same
 * parts after a comma and 其中 are read; same length, so offsets hold. A breakdown opens with 其中, 含
 * or 包括, or lists two counts or more; a bracket holding one value (（2020年为85%）) stays.
 */
function breakdownsAsClauses(text: string, quantities: readonly Quantity[]): string {
  let out: string | undefined;
  for (let k = 0; k < quantities.length; k++) {
    const open = (quantities[k] as Quantity).end;
    const c = text[open];
    if (c !== '（' && c !== '(') continue;
    const close = text.indexOf(c === '（' ? '）' : ')', open + 1);
    if (close < 0 || close - open > MAX_BREAKDOWN) continue;
    let inside = 0;
    for (let j = k + 1; j < quantities.length && (quantities[j] as Quantity).end <= close; j++) inside++;
    if (inside === 0 || (inside < 2 && !BREAKDOWN_OPENER.test(text.slice(open, open + 3)))) continue;
    out ??= text;
    out = `${out.slice(0, open)}，${out.slice(open + 1, close)}，${out.slice(close + 1)}`;
  }
  return out ?? text;
}

/** Dates that set a deadline or a period, not a baseline (在2020年基础上, 从2015年的) or a title's years. */
function governingDates(text: string, dates: DateHit[], g: IndicatorGrammar): DateHit[] {
  // Most paragraphs have no year: the title mask is built only for those that have one.
  if (!dates.some((d) => d.year !== null)) return [];
  const titles = titleMask(text);
  return dates.filter((d) => {
    if (d.year === null || titles[d.start]) return false;
    const before = g.baseYearBefore.endingAt(text, d.start);
    // 在2025年底前 is a deadline; the end of a year after a word of comparison is the base of a change (较2025年末增长30%,
    // 比2020年底提高5个百分点), as the year alone is.
    // 师幼比2026年达到1:17: the 比 that ends a ratio's name before a verb that only reaches a level (ratioNameBefore) compares nothing.
    const reach = before === '比' ? g.targetVerbs.startingAt(text, d.end) : undefined;
    if (before && (d.kind !== 'deadline' || before !== '在') && !(reach && ratioNameBefore(before, { kind: 'target', word: reach }))) return false;
    if (g.baseYearAfter.startingAt(text, d.end) || g.yearStartAfter.startingAt(text, d.end)) return false;
    // Right after an object verb, a date that opens a relative clause names the objects by when they were built or
    // registered (改造2000年以前建成的老旧小区12个, 淘汰2010年底前注册的营运货车500辆): no time of the target. So after a verb of
    // carrying works out (推进2016年前建设的4万户…提标改造工程).
    if ((g.objectVerbs.endingAt(text, d.start) || g.carryOutVerbs.endingAt(text, d.start)) && RELATIVE_CLAUSE.test(text.slice(d.end, d.end + RELATIVE_CLAUSE_REACH))) return false;
    // So after the 对 that opens the object of a measure (对2026年检查发现问题的136家机构开展“回头看”): the date says when those
    // objects were found or rated, a relative clause before their noun, not when the measure is due.
    if (g.conditionOpeners.endingAt(text, d.start) && OBJECT_RELATIVE_CLAUSE.test(text.slice(d.end, d.end + OBJECT_RELATIVE_REACH))) return false;
    // 到2025年的目标 is a deadline; 达到2020年的1.5倍 is not (the date scanner reads the 到 of a verb as none),
    // unless the verb closes a baseline (由2020年的56.3%提高到2025年的62%): then the year is the value's.
    if (d.kind !== 'deadline' && g.baseYearOf.startingAt(text, d.end) && !closesBaseline(text, d, g)) return false;
    // Between a copula and 的 a date is the base of a multiple or share, whatever its kind (是“十三五”末的1.3倍, 为2020年的2倍).
    if (g.copulas.endingAt(text, d.start) && g.baseYearOf.startingAt(text, d.end)) return false;
    // A year that is the subject of a copula before an ordinal names the edition of a recurring event held in it (2027年为第25个
    // 宣传周, 2028年是第十届运动会): what the year is, not by when the targets after it are due.
    if (d.kind !== 'deadline' && text[d.end + (g.copulas.startingAt(text, d.end)?.length ?? text.length)] === '第') return false;
    return true;
  });
}

/** A short verb and 的 after a date (以前建成的, 前注册的): the date opens a relative clause before a noun. */
const RELATIVE_CLAUSE = han(/^(?:以前|之前|前|以后|之后|后)?\p{Script=Han}{1,3}的/u);
const RELATIVE_CLAUSE_REACH = 8;
/** A relative clause of up to eight characters and 的 after a date right after 对 (对2026年检查发现问题的, 对2025年度考核优秀的). */
const OBJECT_RELATIVE_CLAUSE = han(/^(?:以前|之前|前|以后|之后|后|度)?\p{Script=Han}{1,8}的/u);
const OBJECT_RELATIVE_REACH = 12;

/** How far before a target verb the 由/从 of its baseline may stand (由2020年的56.3%提高到). */
const BASELINE_REACH = 30;

/** Whether the date follows a target verb whose baseline (由…/从…) opens shortly before it. */
function closesBaseline(text: string, d: DateHit, g: IndicatorGrammar): boolean {
  const verb = g.targetVerbs.endingAt(text, d.start);
  if (!verb) return false;
  const from = Math.max(0, d.start - verb.length - BASELINE_REACH);
  const marker = g.baselineMarkers.indexIn(text, from, d.start - verb.length);
  return marker !== undefined && !/[，,；;。]/u.test(text.slice(marker.index, d.start));
}

/** The closing mark of each title or parenthesis opener, by UTF-16 code unit (0: none); a table,
 *  not a Map, because it is looked up for every character. */
const TITLE_CLOSE = new Uint16Array(0x10000);
TITLE_CLOSE[0x300a] = 0x300b; // 《》
TITLE_CLOSE[0x3014] = 0x3015; // 〔〕
TITLE_CLOSE[0x28] = 0x29; // ()
TITLE_CLOSE[0xff08] = 0xff09; // （）
const YEARS_IN_PARENS = /^[(（][0-9０-９—–\-~～至年度 ]+[)）]$/u;

function titleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const open = text.charCodeAt(i);
    const close = TITLE_CLOSE[open] as number;
    if (close === 0) continue;
    const limit = Math.min(text.length, i + 61);
    let j = i + 1;
    while (j < limit && text.charCodeAt(j) !== close) j++;
    if (j >= limit) continue;
    // A parenthesis holds a title's years ((2016—2020年)) only when it holds nothing else.
    if (open !== 0x300a && open !== 0x3014 && !YEARS_IN_PARENS.test(text.slice(i, j + 1))) continue;
    mask.fill(1, i, j + 1);
    i = j;
  }
  return mask;
}

/** Paragraphs up to this long share one mask buffer; a longer one gets its own, not kept. */
const MAX_SHARED_MASK = 1 << 16;
let sharedMask = new Uint8Array(1024);

/**
 * A zeroed mask for a text of `length` code units: the shared buffer (only its first `length` entries
 * are read), because allocating a typed array per paragraph cost more than clearing one.
 */
function emptyMask(length: number): Uint8Array {
  if (length > MAX_SHARED_MASK) return new Uint8Array(length);
  if (sharedMask.length < length) sharedMask = new Uint8Array(Math.min(MAX_SHARED_MASK, Math.max(length, sharedMask.length * 2)));
  else sharedMask.fill(0, 0, length);
  return sharedMask;
}

/** The one year a text is of, which 全年, 上年 and the like are read against: a review's year, else an annual plan's; null for a
 *  plan of several years. */
function yearOfText(plan: PlanYears): number | null {
  if (plan.review && plan.reviewYear != null) return plan.reviewYear;
  return plan.annual && plan.years ? plan.years[0] : null;
}

/**
 * `clean` is cleanSlice(source, start, end) when the caller already has it; `knownDates` is
 * scanDates of that text with `pg` and the plan year, when the date stage has already read it;
 * `opening` is where the text's first clause starts when the caller knows the marker it opens with
 * (the section's: 一是, 1.), else the marker is recognised here.
 */
export function extractFromText(source: string, start: number, end: number, plan: PlanYears, g: IndicatorGrammar, pg: PeriodGrammar, clean: CleanText = cleanSlice(source, start, end), knownDates?: DateHit[], opening?: number): Found[] {
  let text = clean.text;
  if (!mayHoldQuantity(text, g)) return [];
  const planYear = plan.annual && plan.years ? plan.years[0] : null;
  // In a review of one past year, 全年 and 年底 are that year's (全年实现地区生产总值386.2亿元), not the plan's.
  const relativeYear = yearOfText(plan);
  const first = Math.max(opening ?? 0, markerLength(text));
  const dates = pastYearOpeners(text, (relativeYear === planYear ? knownDates : undefined) ?? scanDates(text, pg, { planYear: relativeYear }), planYear, relativeYear, g, first, plan.review && plan.reviewYear != null ? plan.reviewYear : null);
  const mask = quotedMask(text, emptyMask(text.length));
  eachMatch(g.tallies, text, (at, end) => mask.fill(1, at, end));
  // Dates are no quantities; a month or day counts as a date too (11月6日至10日), 上半年 does not matter.
  for (const d of dates) if ((d.kind !== 'relative' || isDigit(text[d.start])) && d.kind !== 'period') mask.fill(1, d.start, d.end);
  // The section's marker the outline read at the start is no number of the text, and the value after it starts a number of its
  // own (3.90%的县级医院…, 4.10个乡镇…: the marker's digits run into the value's).
  const quantities = scanQuantities(text, g, mask, opening);
  // Most paragraphs hold no quantity: nothing below can find an indicator in them.
  if (quantities.length === 0) return [];
  text = breakdownsAsClauses(text, quantities);
  const governing = governingDates(text, dates, g);
  const governingSet = new Set(governing);
  // A year that opens a sentence governs the rest of the paragraph (到2025年,… / “十三五”期间,…),
  // until another sentence opens with one.
  let carried: DateHit | null = null;
  // A date that opens a later clause (…开发，到2025年，…) governs the rest of its full sentence, across ；
  // (…；光伏发电装机容量达到1200万千瓦以上。), but not past 。.
  let carriedInSentence: DateHit | null = null;
  // Whether the full sentence so far reviews a past year: one that opens with a past year of an annual plan (2026年，共举办培训班
  // 37期；报送决策咨询报告16篇) reviews it in every ；-part, as that year governs them all (carriedInSentence), until a part
  // opens with a date of its own (；2027年，…).
  let reviewInSentence = false;
  // The years a list of the full sentence was distributed over (2026年、2028年、2030年分别达到…), for a later list of it that names none.
  const yearsInSentence: SentenceYears = { list: undefined };
  // Where the full sentence began: its ；-parts are read one by one.
  let sentenceStart = first;
  // The last metric of the previous ；-part of the full sentence, for a later milestone with no subject.
  let metricInSentence: string | undefined;
  // …and the unit of its value: a later count with no object of its own is of that metric only in the same unit.
  let unitInSentence: Quantity['unit'] | undefined;
  // …and every metric of that part with its unit, in order.
  let partMetrics: Array<{ metric: string; unit: Quantity['unit'] }> = [];
  // …and the base of population the last ratio named (每千常住人口), which later ratios of the full sentence are per.
  let baseInSentence: PerBase | undefined;
  // The last metric of each kind of unit named in the paragraph so far, which a demonstrative (该比例) in a later sentence points
  // back to: 该比例 stands for the last rate, not for a count named after it.
  const lastMetric = new Map<string, string>();

  const found: Found[] = [];
  let s = first;
  // Quantities and dates are in text order: one pointer each keeps the pass linear.
  let qi = 0;
  let di = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !endsSentence(text, i)) continue;
    const e = i;
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && (quantities[qi] as Quantity).start < e) {
      const q = quantities[qi++] as Quantity;
      if (q.start >= s && q.end <= e) inSentence.push(q);
    }
    const sentenceDates: DateHit[] = [];
    while (di < dates.length && (dates[di] as DateHit).start < e) {
      const d = dates[di++] as DateHit;
      if (d.start >= s && d.end <= e) sentenceDates.push(d);
    }
    // One that leads in the plan's goals (2026年，全市…达到41.2%。主要目标是：…达到45%以上) sets the plan's targets: a past year
    // carried from the review before it stops, also for its year words (全年预期目标为：).
    if (carried && carried.year !== null && plan.years && carried.year < plan.years[0] && leadsInGoals(text, s, g)) carried = null;
    const sentenceGoverning = anchorYearWords(text, s, sentenceDates.filter((d) => governingSet.has(d)), carried, g);
    // The opening clause is looked for only when a governing date could stand in it.
    // The sentence's own dates reach its quantities through `sentenceGoverning`; what is carried comes
    // from the sentences before (a date in a later clause must not reach back: 已完成2处，“十四五”计划完成8处).
    // A sentence that opens with a start (2026年起，每年新增…) sets its own time: the year carried so far stops.
    if (carried && sentenceDates.some((d) => d.year !== null && g.yearStartAfter.startingAt(text, d.end) && opensClause(text, d, s, g))) carried = null;
    // One that opens with a sum over years (…2020年，全市…。五年累计淘汰燃煤锅炉216台) is not governed by it: its totals
    // belong to no one year. The sentences after it are again. A sum over the whole span of a multi-year plan (三年累计
    // in a 2026—2028 plan, after 到2028年) is the plan's to its last year (spanYear): the year carried stands.
    const wholeSpan = carried !== null && carried.year === plan.years?.[1] && spanYear(text, s, s + 8, plan, g) !== null;
    // One whose first clause sets a yearly amount (每年选派不少于20名…, 市财政每年安排…) and names no date of its own is for every
    // year of the plan, not for the deadline carried from the sentence before.
    // So is a later ；-part that opens so (到2030年累计创建2个；每年申报…不少于1个): the deadline of the part before is not its year.
    const yearly = (carried !== null || carriedInSentence !== null) && sentenceGoverning.length === 0 && inSentence.length > 0 && yearlyOpening(text, s, (inSentence[0] as Quantity).start, g);
    const carriedBefore = yearly ? null : carriedInSentence ?? ((carried && opensSpanTotal(text, s, g) && !wholeSpan) ? null : carried);
    if (sentenceGoverning.length > 0) {
      const opening = openingClauseEnd(text, s, e);
      carried = sentenceGoverning.filter((d) => d.end <= opening + 1 && opensClause(text, d, s, g) && !deadlineOnVerb(text, d, opening)).pop() ?? carried;
      const clauseDates = sentenceGoverning.filter((d) => opensClause(text, d, s, g));
      // A span that ends in the year already governing (2020年，…达到520亿元，“十三五”期间年均增长6.8%；…)
      // names the period that led up to it: the levels after it are still that year's.
      // A year in a later clause right before its verb (…控制在10/10万以下，2030年降至9/10万以下；…) is a later milestone of the
      // metric before, whose subject it shares: it dates that clause only, not the ；-parts after it.
      const leading = clauseDates.filter((d, k) => !(isSpan(d) && (clauseDates.slice(0, k).some((p) => p.year === d.year && !isSpan(p)) || (carriedInSentence?.year === d.year && !isSpan(carriedInSentence)))) && !laterMilestone(text, d, s, g));
      carriedInSentence = leading[leading.length - 1] ?? carriedInSentence;
      // Milestones of several years in one sentence (2024年新建6个，到2026年总数达到42个): no one of them governs
      // the sentences after it.
      if (carried && clauseDates.some((d) => d.year !== carried?.year)) carried = null;
    }
    // (a part that opens with a date of its own sets the flag anew: 2027年，… after the review's ； is the plan's)
    if (sentenceGoverning.length > 0) reviewInSentence = opensWithPastYear(text, s, sentenceGoverning, plan, g) || (reviewInSentence && !sentenceGoverning.some((d) => opensClause(text, d, s, g)));
    const forecast = inSentence.length > 0 ? forecastStart(text, s, inSentence, g, plan.forecast === true) : -1;
    const measured = forecast < 0 ? inSentence : inSentence.filter((q) => q.start < forecast);
    if (measured.length > 0) {
      const review = (plan.review === true && plan.situation !== true) || reviewInSentence;
      const readings = readSentence(text, s, e, measured, sentenceDates, g, review);
      const statements = buildStatements(text, s, e, readings, sentenceDates, g, metricInSentence, unitInSentence, partMetrics);
      const members = statements.flatMap((st) => st.members);
      const named = members.map((m) => m.metric);
      members.forEach((m, k) => {
        // (A change in percentage points, 这一比例提高1.5个百分点, is of a rate.)
        const kind = m.reading.q.unit.kind === 'change' ? 'rate' : m.reading.q.unit.kind;
        // A growth after a task share took the share's name (完成年度目标任务的52%，同比增长9.3%): it is of the amount before both.
        const sharedName = k >= 2 && named[k] === named[k - 1] && g.taskShareNames.has(named[k] as string);
        m.metric = sharedName ? (members[k - 2] as Member).metric : taskShareName(antecedent(m.metric, lastMetric.get(kind), g), members[k - 1]?.metric, g);
        lastMetric.set(kind, m.metric);
      });
      baseInSentence = carryBase(statements.flatMap((st) => st.members), baseInSentence);
      const first = found.length;
      const governing = new SentenceDates(text, s, sentenceGoverning, g);
      const sentence: SentenceContext = { governing, carried: carriedBefore, start: sentenceStart, years: yearsInSentence, readings };
      // (a move in a ranking measured after the place reached annotates that place, no item: movedToPlace)
      for (const st of statements) found.push(...settle(text, s, st, sentence, plan, g).filter((f) => !movedToPlace(text.slice(f.start, f.end), f.indicator.unit, f.indicator.kind, g)));
      // A task that names no date of its own is due by the deadline its bracket gives (…。（牵头单位：…；完成时限：2028年6月底前）).
      if (carriedBefore === null) dueByBracket(text, s, e, dates, sentenceGoverning, found, first, planYear, g);
      // A count of works due by the deadline of the clause right after it (…中心1个，2027年9月底前投入使用).
      if (carriedBefore === null) dueByNextClause(text, e, sentenceDates, sentenceGoverning, found, first, planYear, g);
      partsShareYear(text, s, found, first, g);
      foundationsNamed(found, first, sentenceDates, g);
      const last = statements[statements.length - 1]?.members;
      if (last && last.length > 0) {
        metricInSentence = (last[last.length - 1] as Member).metric;
        unitInSentence = (last[last.length - 1] as Member).reading.q.unit;
        partMetrics = statements.flatMap((st) => st.members.filter((m) => !m.baseline).map((m) => ({ metric: m.metric, unit: m.reading.q.unit })));
      }
    }
    if (i >= text.length || !isClauseListStop(text.charCodeAt(i))) {
      sentenceStart = i + 1 + itemMarkerAt(text, i + 1);
      carriedInSentence = null;
      reviewInSentence = false;
      yearsInSentence.list = undefined;
      metricInSentence = undefined;
      unitInSentence = undefined;
      partMetrics = [];
      baseInSentence = undefined;
    }
    s = i + 1 + itemMarkerAt(text, i + 1);
    // Every quantity is taken: the sentences left hold none, so they can add no indicator.
    if (qi >= quantities.length) break;
  }
  // The items are this call's own: their offsets are moved to the source in place.
  for (const f of found) {
    const a = sourceOffset(clean, f.start, end);
    f.end = sourceOffset(clean, f.end - 1, end) + 1;
    f.start = a;
  }
  return found;
}

/** How far after its deadline the verb of putting the works into service may stand (2027年9月底前全部建成投入使用). */
const MAX_DELIVERY_GAP = 6;
/** The break between a count's clause and the deadline clause after it, white space around it. */
const CLAUSE_COMMA = /^\s*[，,]\s*$/u;

/**
 * The year of the deadline that opens the clause right after a target (…建设县级托育综合服务中心1个，2027年9月底前投入使用), when a
 * verb of putting works into service follows it (grammar deliveryVerbs) and that clause holds no target of its own: the deadline
 * dates the count as it would written before it. It replaces only the year the item took from no date of the sentence (null, or
 * the year of an annual plan).
 */
function dueByNextClause(text: string, e: number, dates: readonly DateHit[], governing: readonly DateHit[], found: Found[], from: number, planYear: number | null, g: IndicatorGrammar): void {
  for (let k = from; k < found.length; k++) {
    const f = found[k] as Found;
    const item = f.indicator;
    if (item.kind !== 'target' || (item.year !== null && item.year !== planYear) || governing.some((d) => d.start < f.start)) continue;
    const due = dates.find((d) => d.start >= f.end && CLAUSE_COMMA.test(text.slice(f.end, d.start)));
    if (!due || due.kind !== 'deadline' || due.year === null) continue;
    const stop = clauseEnd(text, due.end, e);
    const verb = g.deliveryVerbs.indexIn(text, due.end, stop);
    if (!verb || verb.index - due.end > MAX_DELIVERY_GAP) continue;
    if (found.some((o) => o.start >= due.end && o.start < stop)) continue;
    item.year = due.year;
  }
}

const OPENING_BRACKET = /[（(]/u;
const CLOSING_BRACKET = /[）)]/u;
/** The longest bracket of who leads a task and by when (several unit names and a deadline). */
const MAX_TASK_BRACKET = 200;
const DEADLINE_MARK = /^\s*[：:]/u;

/**
 * The year of the deadline in the bracket that closes the task sentence [s, e) or follows its 。 (grammar deadlineLabels:
 * 完成时限：2028年6月底前), or null. A 任务分工方案 writes who leads each task and by when in such a bracket; the deadline dates
 * the task's targets, as a 完成时限 column dates its row in a task table, where the sentence names no date before the bracket and
 * carries none from the one before. It replaces only the year the items took from no date
 * (null, or the year of an annual plan); 持续推进 or 每季度 give no year and leave it.
 */
function dueByBracket(text: string, s: number, e: number, dates: readonly DateHit[], governing: readonly DateHit[], found: Found[], from: number, planYear: number | null, g: IndicatorGrammar): void {
  let open = -1;
  // The bracket closes the part (…改造（牵头单位：…）。), or opens in it and runs on past a ； inside it (…改造（牵头单位：…；完成
  // 时限：…）。), or follows the part's end (…改造。（牵头单位：…）).
  for (let k = e - 1; k >= s && e - k <= MAX_TASK_BRACKET; k--) {
    const c = text[k] as string;
    if (CLOSING_BRACKET.test(c) && k !== e - 1) break;
    if (OPENING_BRACKET.test(c)) {
      open = k;
      break;
    }
  }
  if (open < 0 && OPENING_BRACKET.test(text[e + 1] ?? '')) open = e + 1;
  let close = -1;
  for (let k = open + 1; open >= 0 && k < text.length && k - open <= MAX_TASK_BRACKET; k++) {
    if (CLOSING_BRACKET.test(text[k] as string)) {
      close = k;
      break;
    }
  }
  // A date of the task's own before the bracket dates it already.
  if (open < 0 || close < 0 || governing.some((d) => d.start < open)) return;
  const label = g.deadlineLabels.indexIn(text, open + 1, close);
  if (!label) return;
  const after = label.index + label.word.length;
  if (!DEADLINE_MARK.test(text.slice(after, close))) return;
  // The paragraph's dates are in order: its first one at or after `after` by binary search (a task division's paragraph may hold
  // thousands of tasks, each with its bracket).
  let due: number | null = null;
  for (let k = partitionPoint(dates.length, (i) => (dates[i] as DateHit).start < after); k < dates.length && due === null && (dates[k] as DateHit).end <= close; k++) due = (dates[k] as DateHit).year;
  if (due === null) return;
  for (let k = from; k < found.length; k++) {
    const item = (found[k] as Found).indicator;
    if ((item.kind === 'target' || item.kind === 'change') && (item.year === null || item.year === planYear)) item.year = due;
  }
}

/**
 * Where the forecast of the sentence at `s` starts, or -1: a clause that opens with 预计/预测, the sentence's first or a later one,
 * and says what 将 be before the sentence's last amount (预计到2030年，老年人口将超过160万人; …，劳动年龄人口持续减少，预计到2030年
 * 企业退休人员将超过30万人). Its amounts project a trend; the plan sets none of them. The amounts of the clauses before it are
 * measured levels as ever (老年人口占比达到22.8%，…). Under a forecasting heading (`forecasting`: 全年走势预判) no 将 is needed.
 */
function forecastStart(text: string, s: number, inSentence: readonly Quantity[], g: IndicatorGrammar, forecasting = false): number {
  const last = (inSentence[inSentence.length - 1] as Quantity).start;
  for (let hit = g.forecastOpeners.indexIn(text, s, last); hit; hit = g.forecastOpeners.indexIn(text, hit.index + 1, last)) {
    const attributed = attributedForecast(text, s, hit.index, hit.word.length);
    if (attributed >= 0) return attributed;
    let k = hit.index;
    while (k > s && WHITE_SPACE[text.charCodeAt(k - 1)] === 1) k--;
    if (k > s && !CLAUSE_OPENER_MARK.test(text[k - 1] as string)) continue;
    if (forecasting || g.forecastAuxiliaries.indexIn(text, hit.index + hit.word.length, last) !== undefined) return hit.index;
  }
  return -1;
}

/**
 * Whether the value ending at `end` names a target (…8360万元目标任务, …4.5个的目标): grammar targetLabels right after it or
 * after 的. Not a count in the units a plan counts its own parts in (48项任务, 3个目标: planStructureCounts): it counts the labels.
 */
function namesTarget(text: string, end: number, unitText: string, g: IndicatorGrammar): boolean {
  if (g.planStructureCounts.has(unitText)) return false;
  const at = text[end] === '的' ? end + 1 : end;
  return g.targetLabels.startingAt(text, at) !== undefined;
}

/** The marks a clause of a sentence opens after. */
const CLAUSE_OPENER_MARK = /[，,；;：:]/u;

/** How long the name of the body a forecast is attributed to may be (据县植保站预测, 据市气象台预计). */
const MAX_FORECASTER = 12;
/** A forecaster's name: Han characters and brackets (县植保站, 市气象台（站）). */
const FORECASTER_NAME = han(/^[\p{Script=Han}（）()]+$/u);

/**
 * Where a forecast attributed to a named body opens (据县植保站预测，…; 据市气象局预计，…), or -1: 据, the forecaster's name and
 * the word of forecasting, opening a clause of the sentence and closed by a comma or colon. The formula reports another body's
 * projection (a pest outbreak, the weather, a demand), so what follows is what that body expects, not a target the plan sets nor a
 * level reached, with or without 将. 据 right before the word of forecasting (据预测) is the grammar's opener itself.
 */
function attributedForecast(text: string, s: number, at: number, length: number): number {
  if (!/^\s*[，,：:]/u.test(text.slice(at + length, at + length + 2))) return -1;
  const from = Math.max(s, at - MAX_FORECASTER - 1);
  const by = text.lastIndexOf('据', at - 1);
  if (by < from || by >= at - 1 || !FORECASTER_NAME.test(text.slice(by + 1, at))) return -1;
  let k = by;
  while (k > s && WHITE_SPACE[text.charCodeAt(k - 1)] === 1) k--;
  return k <= s || CLAUSE_OPENER_MARK.test(text[k - 1] as string) ? by : -1;
}

/** Whether only white space stands between `from` and `at`, or a sentence ends right before `at` past white space. */
function opensSentence(text: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && WHITE_SPACE[text.charCodeAt(k - 1)] === 1) k--;
  return k <= from || endsSentence(text, k - 1);
}

/**
 * Whether a conjunction that opens a sentence stands right before `at`, with or without its comma (但今年1—2月，…; 同时，今年…):
 * the word after it still opens the sentence (grammar openerConjunctions; 从而 ends in 而 but opens nothing).
 */
function opensAfterConjunction(text: string, from: number, at: number, g: IndicatorGrammar): boolean {
  let k = at;
  while (k > from && WHITE_SPACE[text.charCodeAt(k - 1)] === 1) k--;
  if (k > from && (text[k - 1] === '，' || text[k - 1] === ',')) k--;
  const word = g.openerConjunctions.endingAt(text, k);
  return word !== undefined && opensSentence(text, from, k - word.length);
}

/**
 * Whether a clause mark (，；：) stands right before `at`, past white space: a year word there opens its clause (…，去年创建了4个
 * 社区医院，今年再创建社区医院2个), as an explicit year does (…，2024年已建成2个…), and dates that clause.
 */
function opensClauseAfterMark(text: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && WHITE_SPACE[text.charCodeAt(k - 1)] === 1) k--;
  return k > from && CLAUSE_OPENER_MARK.test(text[k - 1] as string);
}

/** How many years a past-period word (五年来, 过去五年) looks back over, and a next-period word (今后五年) ahead. */
const PAST_PERIOD_YEARS = 5;

/**
 * A past-year word that opens a sentence (过去一年，全市新增城镇就业2.3万人) dates it to the year before an annual plan's,
 * as 2024年，… does in a 2025 report, and a word for the plan's own year (今年，…) to the plan's year: each is added to the
 * sentence's dates as that year (in a review of one year, that year: `thisYear`). A past-period word (五年来，…) dates it
 * to the five years before the plan's, as “十四五”期间，… does in a 2026 report, and a next-period word (今后五年，…) to the five
 * years from the plan's on, as “十五五”时期，… does: spans. `dates` is returned when there is none.
 */
function pastYearOpeners(text: string, dates: DateHit[], planYear: number | null, thisYear: number | null, g: IndicatorGrammar, first: number, reviewed: number | null = null): DateHit[] {
  if (planYear === null || thisYear === null) return dates;
  let out: DateHit[] | undefined;
  const spans = [
    // 一年来, 过去一年 name the year the text looks back on: in a review of one year (a 工作总结 of its title's year, a 2025年工作回顾),
    // that year, also where it is the plan's own (the year a summary or a bulletin reports); 去年 the year before the plan's.
    ...(reviewed !== null ? [[g.lookBackYearWords, reviewed, reviewed] as const] : []),
    [g.pastYearWords, planYear - 1, planYear - 1],
    [g.thisYearWords, thisYear, thisYear],
    [g.pastPeriodWords, planYear - PAST_PERIOD_YEARS, planYear - 1],
    [g.nextPeriodWords, planYear, planYear + PAST_PERIOD_YEARS - 1],
  ] as const;
  // One scan for the four kinds of word (a paragraph was scanned once for each), each hit looked at where it stands.
  for (let hit = g.yearOpenerWords.indexIn(text); hit; hit = g.yearOpenerWords.indexIn(text, hit.index + hit.word.length)) {
    if (!opensSentence(text, first, hit.index) && !opensAfterConjunction(text, first, hit.index, g) && !opensClauseAfterMark(text, first, hit.index)) continue;
    const span = spans.find(([words]) => words.has(hit!.word));
    if (!span) continue;
    const [, from, year] = span;
    const at = { start: hit.index, end: hit.index + hit.word.length, year, from };
    (out ??= [...dates]).push(from === year ? { kind: 'year', ...at, value: String(year) } : { kind: 'range', ...at, value: [String(from), String(year)] });
  }
  return out ? out.sort((x, y) => x.start - y.start) : dates;
}

/** How many characters of scope (全镇, 本区, 辖区内) may stand between a verb of drawing on what is there and its stock cue. */
const STOCK_SCOPE_REACH = 4;

/**
 * Whether the actual cue at `at` (现有, 已建成) is the attributive of the object of a verb of drawing on what is there (grammar
 * resourceUseVerbs: 依托全镇现有86个网格, 利用已建成的…), with nothing between them but a scope word (grammar scope: 全镇, 辖区内).
 */
function drawsOnStock(text: string, at: number, g: IndicatorGrammar): boolean {
  return scopedAfter(text, at, g.resourceUseVerbs, g);
}

/**
 * Whether the actual cue at `at` (现有, 已建成) opens the object of an action after the 对 before it (grammar conditionOpeners: 对已建成
 * 的项目开展评估), with nothing between them but a scope word (对全县已建成的186处人防工程开展检查, 对全市现有养老机构…): the cue
 * says which things the action is done to, the whole territory's existing ones, not that a level after it stands reached.
 */
function opensActedObject(text: string, at: number, g: IndicatorGrammar): boolean {
  return scopedAfter(text, at, g.conditionOpeners, g);
}

/** Whether a word of `words` ends at `at` or right before a scope word (grammar scope) that ends there. */
function scopedAfter(text: string, at: number, words: WordSet, g: IndicatorGrammar): boolean {
  for (let e = at; e >= Math.max(0, at - STOCK_SCOPE_REACH); e--) {
    if (words.endingAt(text, e) === undefined) continue;
    const between = text.slice(e, at);
    if (between === '' || g.scope.exec(between)?.[0] === between) return true;
  }
  return false;
}

/** How far from a sentence's start the colon of a goal lead-in (主要目标是：, 全年工作目标：) may stand. */
const GOAL_LEAD_REACH = 16;

/**
 * Whether the sentence at `s` opens with a lead-in of the plan's goals: a clause ending in a goal word (grammar goalLeadIns), an
 * optional copula (goalLeadCopulas) and a colon (主要目标是：, 全年预期目标为：, 工作目标：).
 */
function leadsInGoals(text: string, s: number, g: IndicatorGrammar): boolean {
  const end = Math.min(text.length, s + GOAL_LEAD_REACH);
  for (let i = s; i < end; i++) {
    const c = text[i] as string;
    if (c === '：' || c === ':') {
      const copula = g.goalLeadCopulas.endingAt(text, i);
      return i > s && g.goalLeadIns.endingAt(text, i - (copula?.length ?? 0)) !== undefined;
    }
    if ('，,；;。、'.includes(c)) return false;
  }
  return false;
}

/**
 * Whether the sentence from `s` opens with a year before an annual plan's own (2026年，全院门急诊2.7万人次… in a 2027 plan): the
 * look back on last year that a 年度工作计划 writes in its opening lines instead of a 工作回顾 section. Its amounts are what that year
 * reached, read as a review's are (bare volumes such as 门急诊2.7万人次 included). Not a deadline (到2026年) nor a span.
 */
function opensWithPastYear(text: string, s: number, governing: DateHit[], plan: PlanYears, g: IndicatorGrammar): boolean {
  if (!plan.annual || !plan.years) return false;
  const first = plan.years[0];
  return governing.some((d) => d.kind !== 'deadline' && d.year !== null && d.from === d.year && d.year < first && opensClause(text, d, s, g) && clauseStart(text, d.start, s) === s);
}

/**
 * A word for a part of the year (全年, 年内, 年底) means the year its sentence opens with, when one does
 * (2024年，全市…，全年完成水利投资41.2亿元 in a 2025 工作要点 reviews 2024), not the plan's year it was read as.
 * In a sentence that opens with none, it means a past year carried from an earlier sentence of the paragraph: a
 * paragraph that opens with the year before an annual plan's reviews it up to the next sentence that names a year
 * (2024年，全市各项工作取得新成效。全年新增经营主体6.8万户，… 2025年，全市…工作计划如下).
 */
function anchorYearWords(text: string, s: number, governing: DateHit[], carried: DateHit | null, g: IndicatorGrammar): DateHit[] {
  let opening: DateHit | undefined;
  const pastCarried = carried && carried.year !== null && carried.from === carried.year ? carried : undefined;
  return governing.map((d) => {
    const word = d.kind === 'relative' && !isDigit(text[d.start]);
    if (!word) {
      if (!opening && d.year !== null && d.from === d.year && opensClause(text, d, s, g) && clauseStart(text, d.start, s) === s) opening = d;
      return d;
    }
    const anchor = opening ?? (pastCarried && d.year !== null && (pastCarried.year as number) < d.year ? pastCarried : undefined);
    return anchor && anchor.year !== d.year ? { ...d, year: anchor.year, from: anchor.year } : d;
  });
}

/** How long a project's name labelling a 专栏 line may be (餐厨废弃物资源化利用二期项目). */
const MAX_PROJECT_LABEL = 24;
const LABEL_LEAD = /^[\s—–\-·•]+/u;

/**
 * The name of a capacity measured right after a project's name and its colon, the way a 专栏 of key projects lists them (智算中心项目：
 * 建设智能算力0.5EFLOPS → 智算中心项目智能算力; 1.餐厨废弃物资源化利用二期项目：新增处理能力200吨/日 → …项目处理能力): the measure is
 * the project's, so the project names it, without the verb that builds it (建设, 新增). `metric` as it is elsewhere: no label, a
 * label that is no project's name (grammar projectLabelHeads), a measure that is no capacity (grammar projectCapacityHeads: 游步道12公里
 * is what the project builds, named by itself), or a clause that does not open right after the label's colon. The caller leaves
 * out later members of a list.
 */
function labelledMetric(text: string, s: number, clause: number, metric: string, g: IndicatorGrammar): string {
  const colon = clause - 1;
  if (colon <= s || (text[colon] !== '：' && text[colon] !== ':')) return metric;
  const label = text.slice(s, colon).replace(LABEL_LEAD, '').trim();
  if (label.length < 3 || label.length > MAX_PROJECT_LABEL || /[，,。；;：:、]/u.test(label) || !g.projectLabelHeads.endingAt(label, label.length)) return metric;
  const verb = g.incrementVerbs.startingAt(metric, 0) ?? g.objectVerbs.startingAt(metric, 0);
  const measure = verb ? metric.slice(verb.length) : metric;
  return measure.length >= 2 && !measure.startsWith(label) && g.projectCapacityHeads.endingAt(measure, measure.length) ? label + measure : metric;
}

/** The longest run-in label a sentence may open with before its colon (主要目标：, 工作目标：, 总体目标：). */
const MAX_RUN_IN_LABEL = 8;

/**
 * End of a sentence's opening clause, for the date that opens it. A run-in label and its colon (主要目标：到2030年，…。每千人口…) is
 * no clause of its own: official writing heads a paragraph of goals with it and states the deadline right after, which then
 * governs the paragraph as it does without the label.
 */
function openingClauseEnd(text: string, s: number, e: number): number {
  const end = clauseEnd(text, s, e);
  if (text[end] !== '：' && text[end] !== ':') return end;
  const label = text.slice(s, end).trim();
  return label.length > 0 && label.length <= MAX_RUN_IN_LABEL && !/[0-9０-９]/u.test(label) ? clauseEnd(text, end + 1, e) : end;
}

/** The 截至 of a stock date (截至2025年底), which ends in 至 but measures a state, not a deadline. */
const STOCK_DATE_LEAD = /截至.?$/u;
/** The lead word of a deadline, as a date's span may start with it. */
const DEADLINE_LEAD = /^[到至]$/u;
/** Words going on right after a date: its verb or object. */
const HAN_START = han(/^\p{Script=Han}/u);

/**
 * A deadline written straight onto its verb, with no comma of its own (到2028年完成国省道危旧桥梁改造45座。…): the time of that one
 * act, the adverbial of its verb, not a frame for the passage. Only a deadline set off as its own opening clause (到2028年，…;
 * 到2028年底前，…) frames the sentences after it; so does a year or a stock date with no 到 (2025年全市…。…, 截至2025年底全市…。…),
 * as reviews open their paragraphs.
 */
function deadlineOnVerb(text: string, d: DateHit, opening: number): boolean {
  // The date's span may hold its 到 (到2028年) or leave it before (到 2028年).
  const lead = text.slice(Math.max(0, d.start - 3), d.start) + (DEADLINE_LEAD.test(text.charAt(d.start)) ? text.charAt(d.start) : '');
  if (!DEADLINE_BEFORE.test(lead) || STOCK_DATE_LEAD.test(lead)) return false;
  const after = text.slice(d.end, opening).replace(DEADLINE_AFTER, '').trim();
  return after !== '' && HAN_START.test(after);
}

/** A paragraph that ends in a colon leads into the list after it (主要指标达到以下要求：). */
const LEADS_INTO_LIST = /[：:]\s*$/u;
/** The words that make a date a deadline: 到/至 before it (到2029年), 底前/前/末 after it (2027年底前). */
const DEADLINE_BEFORE = /(?:到|至).?$/u;
const DEADLINE_AFTER = /^(?:底前|前|末|底)/u;

/**
 * The year a list's lead-in sets for the items after it: the governing date that opens the last sentence of a
 * paragraph ending in a colon (到2026年底，全市建成…网络，主要指标达到以下要求：). Official writing states
 * a list of targets this way, the deadline once before the colon and the items below it; null for any
 * other paragraph. `intoList`: the paragraph is followed by an unnumbered list of dashed items (到2029年，…基本形成。
 * ——…), which it leads into as a colon does.
 */
export function leadInYear(text: string, plan: PlanYears, g: IndicatorGrammar, pg: PeriodGrammar, intoList = false): number | null {
  if (!intoList && !LEADS_INTO_LIST.test(text)) return null;
  const colon = text.trimEnd().length - 1;
  let s = colon;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  if (s === 0) s = markerLength(text);
  const planYear = plan.annual && plan.years ? plan.years[0] : null;
  const relativeYear = yearOfText(plan);
  // A past-year word opening a sentence of the lead-in dates it as a year would (过去一年，全市…取得新进展。概括起来，主要有四个
  // 方面： — a speech's or report's look back, then its points 第一，… / （一）…): the list is of the year before the plan's.
  const dates = pastYearOpeners(text, scanDates(text.slice(0, colon), pg, { planYear: relativeYear }), planYear, relativeYear, g, markerLength(text), plan.review && plan.reviewYear != null ? plan.reviewYear : null);
  const governing = governingDates(text, dates, g);
  const opening = governing.filter((d) => d.start >= s && opensClause(text, d, s, g));
  // A dashed list with no colon is led into only by a deadline (到2029年，…基本形成。), of the plan's own years and outside a review:
  // a year that opens a sentence about the past (2025年，全市经济运行总体平稳…。——…) dates nothing after it.
  if (intoList && !LEADS_INTO_LIST.test(text)) {
    const d = opening.at(-1);
    // (The date may hold its 到: 到2028年.)
    const deadline = d !== undefined && (DEADLINE_BEFORE.test(text.slice(Math.max(0, d.start - 2), d.start + 1)) || DEADLINE_AFTER.test(text.slice(d.end, d.end + 3)));
    return d && deadline && !plan.review && !(plan.years && d.year !== null && d.year < plan.years[0]) ? d.year : null;
  }
  if (opening.length > 0 || colon - s > MAX_BARE_LEAD_IN || governing.some((d) => d.start >= s)) return opening.pop()?.year ?? null;
  // A bare introducer (具体目标为：, 主要指标如下：) after the sentence that states the deadline
  // (到2026年，全市…布局更加合理。具体目标为：): the deadline that opens that sentence. Outside a review, not a year before an
  // annual plan's own: that sentence looks back (2025年，全县新增养老床位260张…。具体计划如下：), and a plan's list is of its year.
  let p = s - 1;
  while (p > 0 && !endsSentence(text, p - 1)) p--;
  if (p === 0) p = markerLength(text);
  const year = governing.filter((d) => d.start >= p && d.start < s && opensClause(text, d, p, g)).pop()?.year ?? null;
  return year !== null && !plan.review && planYear !== null && year < planYear ? null : year;
}

/** A cue's relative clause: at most a verb's object before 的 (已建成的, 已完成改造的, 已纳入监管的), then a noun, not a number. */
const CUE_RELATIVE = han(/^\p{Script=Han}{0,4}的\p{Script=Han}/u);

/** A lead-in sentence this short with no date of its own only introduces the list (具体目标为：). */
const MAX_BARE_LEAD_IN = 12;

/**
 * A foundation (在上半年举办12场的基础上) whose name was read from the foundation word itself, its counted thing left unsaid, counts
 * what the next target of its sentence counts in the same unit (…再举办“惠购永丰”系列活动不少于10场): it takes that target's
 * metric, as the baseline of 由X提高到Y shares the value reached's. Its level is that of the year its own words name
 * (在2025年新增托位800个的基础上, 在“十四五”期间建成…的基础上), which no deadline of the sentence governs.
 */
function foundationsNamed(found: Found[], first: number, dates: readonly DateHit[], g: IndicatorGrammar): void {
  for (let k = first; k < found.length; k++) {
    const base = found[k] as Found;
    if (!base.foundation) continue;
    const target = found.slice(k + 1).find((f) => !f.foundation && f.indicator.kind === 'target' && f.indicator.unit === base.indicator.unit);
    if (target && g.foundationWords.indexIn(base.indicator.metric) !== undefined) base.indicator.metric = target.indicator.metric;
    const own = dates.filter((d) => d.year !== null && d.start >= base.start && d.end <= base.end).pop();
    if (own) base.indicator.year = own.year;
  }
}

/**
 * A part of a total broken down after 其中 takes the total's year when it names none (三年内新增救护车60辆，其中
 * 负压救护车不少于25辆: both by the plan's last year): a part is counted over the same time as its whole.
 * `found[first…]` are the sentence's items.
 */
function partsShareYear(text: string, s: number, found: Found[], first: number, g: IndicatorGrammar): void {
  for (let k = first + 1; k < found.length; k++) {
    const part = found[k] as Found;
    const whole = found[k - 1] as Found;
    if (part.indicator.year !== null || whole.indicator.year === null || part.indicator.kind === 'baseline') continue;
    const clause = clauseStart(text, part.start, s);
    // A yearly amount after 其中 (其中每年完成森林抚育80万亩以上) is no share of the total's time: it keeps no year.
    if (g.everyYearWords.indexIn(text, clause, part.end) !== undefined) continue;
    if (g.partWords.indexIn(text, clause, part.start + 2) !== undefined) part.indicator.year = whole.indicator.year;
  }
}

/** Characters at a sentence's start enough to hold its indent and a count of years. */
const OPENING_REACH = 8;

/** Whether the sentence at `s` opens with a sum or a look back over N years (五年累计, 五年共, 五年来). */
function opensSpanTotal(text: string, s: number, g: IndicatorGrammar): boolean {
  let lead = s;
  while (lead < s + OPENING_REACH && /\s/u.test(text[lead] as string)) lead++;
  const m = LEADING_YEARS.exec(text.slice(lead, s + OPENING_REACH));
  if (!m) return false;
  const after = lead + m[0].length;
  // …also a count added over the years (五年新增国家4A级旅游景区2个): the sum of its years' additions.
  return text[after] === '来' || g.spanAmountWords.startingAt(text, after) !== undefined || text[after] === '共' || g.incrementVerbs.startingAt(text, after) !== undefined;
}

/**
 * Whether N years and a sum or average word stand between the clause's start and the value (…排放五年累计下降19.2%, 两年累计完成
 * 投资12亿元): the value is a total over those years, as after a clause that opens with them (opensSpanTotal). A year in digits
 * (2025年累计) is a date, not a number of years.
 */
function yearsTotalBefore(text: string, clause: number, at: number, g: IndicatorGrammar): boolean {
  for (const y of yearsCounts(text, clause, at)) if (g.spanAmountWords.startingAt(text, y.end) !== undefined) return true;
  return false;
}

/** Words before N年 that make it no span of the plan: a recurrence (每三年) or a look back (近三年, 过去三年). */
const NOT_PLAN_SPAN = new Set(['每', '近', '去']);

/**
 * The last year of a multi-year plan when the clause before the number spans all of its years
 * (三年内完成改扩建项目30个 in a 2025—2027 plan); null otherwise.
 */
function spanYear(text: string, from: number, to: number, plan: PlanYears, g: IndicatorGrammar): number | null {
  if (!plan.years || plan.years[1] <= plan.years[0]) return null;
  const length = plan.years[1] - plan.years[0] + 1;
  for (const y of yearsCounts(text, from, to)) {
    // The N years may also run straight into the verb of what is delivered over them (三年培训养老护理员1500人次, 三年新建…30个),
    // also past a word of intent (三年计划投入), but not recur (每三年培训一次) nor look back (近三年新建…).
    const verbAt = y.end + (g.spanIntentWords.startingAt(text, y.end)?.length ?? 0);
    const spans = g.planSpanWords.startingAt(text, y.end) !== undefined || g.objectVerbs.startingAt(text, verbAt) !== undefined;
    if (y.n === length && spans && !NOT_PLAN_SPAN.has(text[y.start - 1] as string)) return plan.years[1];
  }
  return null;
}

/**
 * The last year of a multi-year plan for the size of what an earlier clause of the sentence sets to build over the plan's whole span
 * (三年建成示范项目20个，总建筑面积不少于80万平方米 in a 2026—2028 plan; grammar objectElided): the total size of the things counted is
 * due when they are. Only such a size: a clause with a level or a count of its own after the span's is read on its own (the set's gold
 * leaves 三年新增…，培训…2000人次 and …，保洁达到二类以上 undated). So is a clause that opens with a sum word (累计, 共计): a total that
 * names no span of its own is over the span its sentence opened with. Null otherwise.
 */
function openingSpanYear(text: string, s: number, clause: number, at: number, plan: PlanYears, g: IndicatorGrammar): number | null {
  let lead = clause;
  while (lead < at && /\s/u.test(text[lead] as string)) lead++;
  // A sum word opening the clause (三年内…保持在90%以上，累计完成…投资200亿元) totals over a span, and the clause names none of its
  // own: the span the sentence opened with. Not 年均, an average per year, which no span makes due by its last year.
  const sum = g.spanAmountWords.startingAt(text, lead);
  if (clause <= s || (g.objectElided.startingAt(text, lead) === undefined && (sum === undefined || sum === '年均'))) return null;
  for (const y of yearsCounts(text, s, clause)) {
    if (text.slice(clauseStart(text, y.start, s), y.start).trim() !== '') continue;
    const year = spanYear(text, y.start, y.end, plan, g);
    if (year !== null) return year;
  }
  return null;
}

/**
 * The plan's years in order when the clause before a list of values spreads the plan's N years over N values, one a year
 * (三年分别新建高标准农田4.5万亩、4万亩和3.5万亩 in a 2027—2029 plan: grammar yearByYearWords after N年); undefined otherwise.
 */
function spanListYears(text: string, from: number, to: number, count: number, plan: PlanYears, g: IndicatorGrammar): number[] | undefined {
  // In a review the years looked back on are not the plan's own.
  if (!plan.years || plan.review || plan.years[1] - plan.years[0] + 1 !== count) return undefined;
  const [first] = plan.years;
  for (const y of yearsCounts(text, from, to)) {
    const spread = g.yearByYearWords.startingAt(text, y.end) !== undefined;
    if (spread && y.n === count && !NOT_PLAN_SPAN.has(text[y.start - 1] as string)) return Array.from({ length: count }, (_, k) => first + k);
  }
  return undefined;
}

/** The plan's last year when its sentence names the end of the plan's period before the number (规划期末，…达到7.5张). */
function planEndYear(text: string, s: number, to: number, plan: PlanYears, g: IndicatorGrammar): number | null {
  return plan.years && g.planEndWords.indexIn(text, s, to) !== undefined ? plan.years[1] : null;
}

/**
 * The years, in order, of a span of years that opens the sentence (2026年至2030年，…分别新建…360万亩、380万亩、…和440万亩) when it
 * holds exactly as many years as the distributed list has values: a plan spreads a span's yearly amounts over its years one by one,
 * as with a list of years (2026年、2027年分别…) or the plan's N years (三年分别…); undefined for a single year or another count.
 */
function spanYears(d: DateHit, count: number): number[] | undefined {
  if (d.from === null || d.year === null || d.year <= d.from || d.year - d.from + 1 !== count) return undefined;
  return Array.from({ length: count }, (_, k) => (d.from as number) + k);
}

/**
 * Whether the clause before a list of values holds 分别 (grammar yearByYearWords) with no list before it in the clause (全省分别新建…):
 * the values then go to the years the sentence opened with, not to members named before 分别 (城区和农村分别新增…).
 */
function yearByYearLead(text: string, clause: number, at: number, g: IndicatorGrammar): boolean {
  const hit = g.yearByYearWords.indexIn(text, clause, at);
  return hit !== undefined && g.joiners.indexIn(text, clause, hit.index) === undefined;
}

/** Joiners between the years of a list of deadlines (到2025年和2030年, 2025年、2027年). */
const YEAR_JOINER = /^\s*(?:、|和|及|与)\s*$/u;

/**
 * The years of a list of deadlines that opens the sentence (到2025年和2030年，…分别达到90%和95%), when it names as many
 * years as the list has values; undefined otherwise.
 */
function openingYears(text: string, dates: SentenceDates, count: number, g: IndicatorGrammar): number[] | undefined {
  const governing = dates.list;
  const first = governing.findIndex((d) => d.year !== null && d.start >= dates.start && dates.opens(d));
  if (first < 0) return undefined;
  const span = spanYears(governing[first] as DateHit, count);
  if (span) return g.joiners.startingAt(text, (governing[first] as DateHit).end) === undefined ? span : undefined;
  const years = [governing[first]?.year as number];
  for (let k = first + 1; k < governing.length && years.length < count; k++) {
    const prev = governing[k - 1] as DateHit;
    const d = governing[k] as DateHit;
    if (d.year === null || !YEAR_JOINER.test(text.slice(prev.end, d.start))) break;
    years.push(d.year);
  }
  const last = governing[first + years.length - 1] as DateHit;
  // The list ends its clause: the metric and the distributor follow (到2025年和2030年，…).
  return years.length === count && g.joiners.startingAt(text, last.end) === undefined ? years : undefined;
}

/** A comma between two members of a list: each states its own level. */
const CLAUSE_BREAK = /[，,]/u;

/** ；/; ends a sentence of the reader but continues the full sentence that a clause's date governs. */
const isClauseListStop = (c: number): boolean => c === 0xff1b || c === 0x3b;


/** A span of several years (“十三五”期间, 2016—2020年): it names no one year of its own. */
const isSpan = (d: DateHit): boolean => d.from !== null && d.year !== null && d.from < d.year;

/** A span that ended before the plan began (“十三五” in a 十四五 plan); without the plan's years, any span. */
const pastSpan = (d: DateHit, plan: PlanYears): boolean => plan.years === null || (d.year as number) < plan.years[0];

/** 截至/截止 before a year: a date looked back to, not a deadline ahead. */
const LOOKS_BACK = /截[至止]/u;

/**
 * A past year's level set in brackets right after a target's quantity (…比重提高到35%（2025年为28.6%）, 达到1500亿元（2025年：
 * 1120亿元）): plans give the base-year value of a target so, as a table gives it in its 基期 column: the start the target is
 * measured from (a baseline), not a level the text reports on its own.
 */
const BRACKET_BASE = /[0-9０-９][^\s，,。；;：:（(]{0,4}[（(]\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:为|是|[:：])?\s*$/u;
const bracketBase = (text: string, at: number): boolean => BRACKET_BASE.test(text.slice(Math.max(0, at - 20), at));
/** A bracket right after a value that opens with a date (the scanned hit), up to the date's opening quote. */
const BRACKET_OPEN = /[0-9０-９][^\s，,。；;：:（(]{0,4}[（(]\s*[“"‘]?$/u;
/** What may stand between that date and the value in the bracket: its closing quote and a copula (为, 是, ：). */
const BRACKET_DATE_TO_VALUE = /^[”"’]?\s*(?:为|是|[:：])?\s*$/u;
/**
 * …比例达到15.5%以上（“十四五”末为13.9%）: the base value in a bracket may be dated by a named period's end as well as by a
 * year (BRACKET_BASE); the period's end is the date hit that opens the bracket, its year the period's last.
 */
const bracketPeriodBase = (text: string, at: number, date: DateHit | null | undefined): boolean =>
  !!date && date.kind !== 'relative' && date.end <= at && BRACKET_OPEN.test(text.slice(Math.max(0, date.start - 12), date.start)) && BRACKET_DATE_TO_VALUE.test(text.slice(date.end, at));

/** How far before a number a cue such as 已建成/目前 is looked for. */
const ACTUAL_CUE_WINDOW = 100;

/**
 * Whether a change verb closes a growth rate named as the metric (年均增长), also where a distributor parts the
 * adverb from the verb (城镇和农村居民人均可支配收入年均分别增长6%和7.5%: two yearly average rates). A 年均 whose 年 closes a year
 * (较上年均下降10%) is none: that is a change of the metric, distributed.
 */
function growthRate(text: string, verb: { start: number; end: number }, g: IndicatorGrammar): boolean {
  const rate = g.growthRates.endingAt(text, verb.end);
  if (rate && !yearClosedAt(text, verb.end - rate.length, g)) return true;
  const dist = g.distributors.endingAt(text, verb.start);
  if (!dist) return false;
  const joined = text.slice(Math.max(0, verb.start - dist.length - 8), verb.start - dist.length) + text.slice(verb.start, verb.end);
  return g.growthRates.endingAt(joined, joined.length) !== undefined;
}

/**
 * Whether a value is the level a later target of its sentence starts from: a foundation word (的基础上) closes its clause after it
 * (在上半年举办12场的基础上，下半年再举办…不少于10场; 在2025年新增托位800个的基础上，再新增…), with no other number between.
 */
function foundationOf(text: string, r: Reading, g: IndicatorGrammar): boolean {
  const end = clauseEnd(text, r.end, text.length);
  const word = g.foundationWords.indexIn(text, r.end, end);
  return word !== undefined && text.slice(word.index + word.word.length, end).trim() === '' && !/[0-9０-９]/u.test(text.slice(r.end, word.index));
}

/**
 * Whether a reading states a level in its own clause: a rate or a change (read by its clause, a sum word
 * before it belongs to another amount), or an amount after a level verb or copula of its own (达到, 保持在, 为),
 * also one shared by the list it is a member of (分别达到82650元和51230元).
 */
function statesLevel(r: Reading, first: Reading): boolean {
  if (r.q.unit.kind === 'rate' || r.q.unit.kind === 'change') return true;
  const verb = (r.listed ? first : r).pred.verb;
  return verb?.kind === 'target' || verb?.kind === 'copula';
}

/** A rise of quality right before an area of land (森林质量精准提升200万亩, grammar landWorkVerbs, landWorkUnits): works of that
 *  size, a target, not a change of a level by it. */
function landWorks(r: Reading, g: IndicatorGrammar): boolean {
  const verb = r.pred.verb;
  return verb?.kind === 'change' && g.landWorkVerbs.has(verb.word) && g.landWorkUnits.has(r.q.unit.unit);
}

/** Whether a yearly cadence word (grammar yearlyCadences) stands in the first clause of the sentence at `s`, before `first`, its
 *  first quantity. */
function yearlyOpening(text: string, s: number, first: number, g: IndicatorGrammar): boolean {
  const end = Math.min(first, clauseEnd(text, s, first));
  return g.yearlyCadences.indexIn(text, s, end) !== undefined;
}

/** Where the first yearly cadence word (grammar yearlyCadences) that opens a later clause of the sentence at `s` ends, before
 *  `limit`, or Infinity (…纳入筛查范围，每年完成初筛1.5万人，内镜筛查不少于3000人): what follows it in the sentence is an amount for
 *  every year, as after one in the first clause (yearlyOpening), so no year carried from a sentence before reaches it. Found once per
 *  sentence, so a long run-on sentence is scanned once, not once for each of its values. */
function yearlyClauseEnd(text: string, s: number, limit: number, g: IndicatorGrammar): number {
  for (let k = s; k < limit; ) {
    const hit = g.yearlyCadences.indexIn(text, k, limit);
    if (!hit) return Infinity;
    if (hit.index > s && clauseStart(text, hit.index, s) === hit.index) return hit.index + hit.word.length;
    k = hit.index + hit.word.length;
  }
  return Infinity;
}

/** The year of a baseline named relative to the text's year (由上年的: the year before it), or null. */
function yearsBack(pred: Predicate, plan: PlanYears): number | null {
  const year = yearOfText(plan);
  return pred.baseYearsBack !== undefined && year !== null ? year - pred.baseYearsBack : null;
}

/**
 * The bound written once after the last value of a list of places a measure is given for (平均急救反应时间城区12分钟、农村25分钟以内):
 * it bounds every value of the list, as a bound after a list of bare values does (INDICATORS.md: a bound word written once for a whole
 * list applies to every member). The list runs on while each next value is the next place's (、 place value), in the same unit; a
 * member with a bound or verb of its own before its value (、农村不超过25分钟) states its own level and ends it.
 */
function placeListPost(text: string, r: Reading, readings: Reading[], g: IndicatorGrammar): Comparator | undefined {
  let prev = r;
  for (const next of readings.slice(readings.indexOf(r) + 1)) {
    if (prev.post || !placeListedAfter(text, next, prev, g) || next.pred.comparator || next.pred.verb) return undefined;
    if (next.post) return next.post.comparator;
    prev = next;
  }
  return undefined;
}

/** The years a distributor list of the full sentence read so far was paired with, by its own list of years. */
interface SentenceYears {
  list: number[] | undefined;
}

/**
 * A later list of the same full sentence that distributes one metric over as many values as an earlier list had years, and names no
 * years of its own (…覆盖率2026年、2028年、2030年分别达到60%、70%和80%，…知晓率分别达到65%、70%、75%): parallel clauses name their
 * shared years once, so its 分别 pairs its values with those years. A list over several metrics (A、B分别达到…) pairs them with the
 * metrics instead.
 */
function sharedListYears(listed: Reading[], members: Member[], earlier: number[] | undefined): number[] | undefined {
  if (!earlier || earlier.length !== listed.length || !listed[0]?.pred.distributor || listed[0].pred.years.length > 0) return undefined;
  const metrics = new Set(members.filter((m) => listed.includes(m.reading)).map((m) => m.metric));
  return metrics.size === 1 ? earlier : undefined;
}

/** What the ；-part being settled knows of its full sentence. */
interface SentenceContext {
  /** The dates that govern the part's clauses. */
  governing: SentenceDates;
  /** A date an earlier clause of the full sentence opened with, carried on to this part (null where none). */
  carried: DateHit | null;
  /** Where the full sentence began. */
  start: number;
  /** The years an earlier list of the full sentence was spread over (read and updated here). */
  years: SentenceYears;
  /** The values read in the part, of every statement (a list of places may part one metric into statements of its own). */
  readings: Reading[];
}

function settle(text: string, s: number, st: Statement, sentence: SentenceContext, plan: PlanYears, g: IndicatorGrammar): Found[] {
  const { governing, carried, start: whole, years: sentenceYears } = sentence;
  const readings = st.members.map((m) => m.reading);
  // The lists of the statement: a reading joined to none before it opens one, the members joined to it follow. A statement
  // may hold several (2026年新增贷款不少于400亿元，2027年、2028年分别不少于450亿元和500亿元): each member shares the verb, the
  // bound and the years of its own list's first value, not of the statement's.
  const lists: Reading[][] = [];
  const listOf = new Map<Reading, Reading[]>();
  readings.forEach((r, k) => {
    if (k === 0 || !r.listed) lists.push([r]);
    else (lists[lists.length - 1] as Reading[]).push(r);
    listOf.set(r, lists[lists.length - 1] as Reading[]);
  });
  const hasTarget = st.members.some((m) => !m.baseline);
  // A list of years before a distributor gives one year to each value (2025年、2027年分别达到90%、92%).
  // So does, for the statement's first list, a list of years that opens the sentence (到2025年和2030年，学前教育毛入园率分别达到90%和95%).
  // So do the plan's years, in order, when its N years are distributed over as many values (三年分别新建…4.5万亩、4万亩和3.5万亩),
  // and the years of a list or span opening the sentence when 分别 stands before the verb (2026年至2030年，全省分别新建…).
  const yearsOf = (listed: Reading[]): number[] | undefined =>
    listed[0]?.pred.distributor && listed.length > 1
      ? listed[0].pred.years.length === listed.length
        ? listed[0].pred.years
        : listed === lists[0]
          ? openingYears(text, governing, listed.length, g)
          : undefined
      : listed[0] && listed.length > 1
        ? (spanListYears(text, listed[0].clause, listed[0].q.start, listed.length, plan, g) ??
          (listed === lists[0] && yearByYearLead(text, listed[0].clause, listed[0].q.start, g) ? openingYears(text, governing, listed.length, g) : undefined))
        : undefined;
  const listYears = new Map(lists.map((l) => [l, yearsOf(l) ?? sharedListYears(l, st.members, sentenceYears.list)]));
  for (const l of lists) if (l.length > 1 && l[0]?.pred.distributor && l[0].pred.years.length === l.length) sentenceYears.list = l[0].pred.years;
  let yearly: number | undefined;
  const yearlyEnd = (): number => (yearly ??= yearlyClauseEnd(text, s, readings.reduce((m, r) => Math.max(m, r.q.start), s), g));
  // The member before in the statement, with the kind it was given.
  let before: { metric: string; kind: Indicator['kind']; unit: string } | undefined;
  return st.members.map((m: Member): Found => {
    const r: Reading = m.reading;
    const q = r.q;
    const listed = listOf.get(r) as Reading[];
    // A bound written after a member of a list (以上, 以内) is that member's and the earlier ones' (…20/10万、7.0%和9.5%以内),
    // not a later member's (建设良种基地5个以上、保障性苗圃12个). Nor is a bound in a later clause of its own (归集公共数据50亿条，开放数据集
    // 1000个以上): after a comma the next member states its own level.
    const listPost = () => {
      for (const l of listed.slice(listed.indexOf(r))) {
        if (l !== r && CLAUSE_BREAK.test(text.slice(r.end, l.q.start))) return undefined;
        if (l.post) return l.post.comparator;
      }
      return undefined;
    };
    const listPre = listed[0]?.pred.comparator;
    const baseline = m.baseline && hasTarget;
    // A date governs its own clause; an earlier clause's only when it opens that clause (到2025年，…), not
    // when it follows that clause's metric (城镇污水处理率至2025年达到99％，出水水质不低于…).
    const own = listYears.get(listed)?.[listed.indexOf(r)];
    const date = own === undefined ? (governing.before(q.start, r.clause) ?? (carried && yearlyEnd() <= q.start ? null : carried)) : null;
    // The plan's whole span opening the value's own clause (2026年安排项目85个，完成投资38亿元；三年累计完成投资120亿元以上 in a
    // 2026—2028 plan) governs it over a year of the plan that an earlier clause set: what is due over all its years is due by the last.
    const spanned = date && date.start < r.clause && date.year !== null && plan.years && !plan.review && date.year >= plan.years[0] && date.year < plan.years[1] ? spanYear(text, r.clause, q.start, plan, g) : null;
    const year = own ?? spanned ?? date?.year ?? plan.leadYear ?? null;
    let kind: Indicator['kind'] = 'target';
    if (baseline || (m.baseline && !hasTarget)) kind = 'baseline';
    // A member of a list shares the verb of the list's first value (分别下降17.7%、17.4%).
    // A margin in points over another rate (增速高于城镇居民1个百分点以上) is a gap to keep, not a rise of the metric.
    else if (q.unit.kind === 'change') kind = r.pred.margin ? 'target' : 'change';
    else {
      const verb = (r.listed ? (listed[0] ?? r) : r).pred.verb;
      // 年均增长5%左右, 增幅不超过5%: a growth rate that is itself the metric is a target.
      // (森林质量精准提升200万亩: a rise of quality over an area of land names works of that size, a target)
      if (verb?.kind === 'change' && !growthRate(text, verb, g) && !landWorks(r, g)) kind = 'change';
      // 带动林农户均增收3000元以上: a rise named as the metric, with no target verb, is a change by the amount.
      else if (verb?.kind !== 'target' && (q.unit.amount === true || q.unit.kind === 'measure') && g.changeHeads.endingAt(m.metric, m.metric.length) !== undefined) kind = 'change';
      // 增加降水2亿立方米, 减少化肥使用量300吨: a rise or cut verb opens the metric, the amount is the change.
      // So is a percentage after it (压减法人户数15%以上, 减少一般性支出10%): the cut or rise relative to the thing's own level, as
      // 法人户数压减15% is with the verb after the noun.
      else if (verb?.kind !== 'target' && (q.unit.amount === true || q.unit.kind === 'measure' || q.unit.unit === '%') && m.metric.length > 2 && g.changeLeads.startingAt(m.metric, 0) !== undefined && g.notChangeLeads.startingAt(m.metric, 0) === undefined) kind = 'change';
      // A value that goes on with the change before it, with no verb of its own but an adverb of resolve (地区生产总值增长6%左右，
      // 力争7%): the same change, set higher.
      else if (before?.kind === 'change' && before.metric === m.metric && before.unit === q.unit.unit && (!r.pred.verb || g.objectAdverbs.has(r.pred.verb.word))) kind = 'change';
    }
    // 在上半年举办12场的基础上，…再举办…: the level reached that a later target builds on, no target itself (the dev gold's d01:
    // 在…供水能力提前达到规划总目标（40万立方米/天）的基础上 is a level already reached).
    const difference = kind === 'change';
    const foundation = kind === 'target' && foundationOf(text, r, g);
    if (foundation) kind = 'actual';
    const past = year !== null && plan.years !== null && year < plan.years[0];
    let bracketed = false;
    let labelled = false;
    let surveyed: number | undefined;
    if (kind === 'target') {
      // Searched in a bounded window before the number: a run-on "sentence" can be a whole paragraph.
      let cue = g.actualCues.indexIn(text, Math.max(s, q.start - ACTUAL_CUE_WINDOW), q.start);
      if (!cue) {
        cue = surveyAttribution(text, Math.max(s, q.start - ACTUAL_CUE_WINDOW), q.start, g);
        surveyed = cue?.index;
      }
      if (!cue && q.unit.unit === '%') cue = populationShare(text, Math.max(s, q.start - POPULATION_SHARE_REACH), q.start, g);
      // 对现有螺环境实施药物灭螺，每年…不少于1200公顷; 对已建成的项目开展评估: a cue right after the 对 that opens the object of an action
      // (grammar conditionOpeners), or after it and a scope word (对全县已建成的186处人防工程开展检查: opensActedObject), says what the
      // action is done to, not that a level stands reached; a later cue may still hold.
      // So does a cue right after a verb of drawing on what is there (依托全镇现有86个网格，…化解率达到98%以上: resourceUseVerbs), with
      // the scope of the action between them (依托全镇现有…): it qualifies the resources, not the levels after it.
      while (cue && (opensActedObject(text, cue.index, g) || drawsOnStock(text, cue.index, g))) cue = g.actualCues.indexIn(text, cue.index + cue.word.length, q.start);
      // 目前已完成闸河配套2处，“十四五”计划完成8处: a plan word after the cue turns back to targets, and so does
      // a year of the plan after it (2024年已安排资金1200万元，2025—2027年每年安排…不少于1500万元) and a deadline of
      // the plan's time that governs the number (已建成胸痛中心6家，到2025年达到10家).
      if (cue && planCueIn(text, cue.index + cue.word.length, q.start, g)) cue = undefined;
      // A cue closed by 的 opens a relative clause before a noun (已建成的配套幼儿园办成公办园的比例达到100%, 已完成改造的小区…的比例):
      // it says which objects a rate is measured on, not that the rate is a level reached.
      // Only a cue of a verb's aspect (已…, 现有): 目前全市的…率为85% states where things stand.
      if (cue && q.unit.kind === 'rate' && /^(?:已|现有)/u.test(cue.word) && CUE_RELATIVE.test(text.slice(cue.index + cue.word.length, q.start))) cue = undefined;
      // So does the plan's own span of years (全区现有农贸市场12个，三年内完成标准化改造9个 in a 2026—2028 plan): what is due within
      // it is to be done, not the stock the cue describes.
      if (cue && spanYear(text, cue.index + cue.word.length, q.start, plan, g) !== null) cue = undefined;
      // Not the date the cue itself names (截至11月底，全市累计完成…).
      // A date that looks back (截至2022年底) states where things stand: the cue holds.
      const looksBack = date !== null && LOOKS_BACK.test(text.slice(Math.max(0, date.start - 2), date.start + 2));
      if (cue && date && !looksBack && date.kind !== 'relative' && date.start > cue.index + cue.word.length && year !== null && plan.years !== null && year >= plan.years[0]) cue = undefined;
      if (cue && date && !looksBack && date.kind === 'deadline' && date.start > cue.index && !past) cue = undefined;
      // 超额完成市下达的8360万元目标任务: a value that names the target itself (targetLabels right after it, or after 的) states what
      // was to be reached, also in a review, after an actual cue or in a past year: the target of that year.
      labelled = namesTarget(text, r.end, q.unitText, g);
      if ((cue || past || plan.review) && !labelled) kind = 'actual';
      if (!cue) surveyed = undefined;
      // …提高到35%（2025年为28.6%）: the target's base-year value (BRACKET_BASE), dated by its own year.
      if (kind === 'actual' && past && !foundation && (bracketBase(text, q.start) || bracketPeriodBase(text, q.start, date))) {
        kind = 'baseline';
        bracketed = true;
      }
    } else if (kind === 'change' && (plan.review || (past && (plan.annual || (date !== null && date.kind !== 'deadline'))))) {
      // A change measured in a review of a past period (地区生产总值增长5.8%), in the years before an annual plan's
      // (截至2024年底…同比提高2.1个百分点 in a 2025 plan), or in a year before the plan's that is no deadline
      // (2024年，…同比增长8.4%; not 到2020年…比2015年降低10% in a 十四五 plan), is a level achieved.
      kind = 'actual';
    }
    let value = q.value;
    let comparator: Comparator = '=';
    if (Array.isArray(value)) comparator = 'range';
    else if (kind !== 'baseline') {
      const own = r.post?.comparator ?? r.pred.comparator;
      const shared = r.listed || r === listed[0] ? (listPost() ?? listPre ?? placeListPost(text, r, sentence.readings, g)) : undefined;
      comparator = own ?? shared ?? (q.more ? '>=' : '=');
      if (r.post && r.pred.comparator && r.pred.comparator !== r.post.comparator && r.pred.comparator === 'max') comparator = 'max';
      // A gap measured in a review (比例为11.8%，低于全市平均水平2.1个百分点) is its size, not a bound: 高于/低于 bound only a gap to keep.
      if (kind === 'actual' && r.pred.plainMargin && !r.post && comparator === r.pred.comparator) comparator = '=';
    }
    let finalYear: number | null;
    // A member of a list of baselines (分别由2021年的35120元、19870元…) starts from the year of the list's first.
    if (kind === 'baseline') finalYear = r.pred.baseYear ?? yearsBack(r.pred, plan) ?? (r.listed && listed[0] ? listed[0].pred.baseYear : null) ?? (bracketed ? year : null);
    // A foundation's level is that of the time its clause names (在上半年…的基础上 in an annual plan; 在2025年…的基础上: foundationsNamed).
    else if (foundation) finalYear = year ?? (plan.annual && plan.years ? plan.years[0] : null);
    // A total or average measured over a span of years (“十三五”期间累计下降17.1%) belongs to no one year
    // of it, nor does a level measured now in the plan's own span (“十四五”时期…占比已达18.3%); a level
    // reached in a past span, and a target of a span, are its last year's.
    // A sum word after the span opens a list of totals (“十三五”期间，累计完成投资86.4亿元，新建改造管网1260公里):
    // every amount of the list is one; a level (a rate) reached is still the span's last year's. So is a count of
    // things done in the span (“十三五”期间新建改扩建村卫生室1236个): it adds up the span's years. A clause with a
    // subject and a level verb of its own (…累计完成造林86.5万亩，森林蓄积量达到2.08亿立方米) states a level, not one
    // of the sums: only its own clause can make it one.
    // A change measured against an earlier span (“十四五”期间…完成投资186.5亿元，比“十三五”时期增长62%) compares the totals of two periods:
    // it belongs to no one year either.
    // So is a total or average of a clause that opens with its number of years (…，五年年均分别增长9.6%和11.2%), in a sentence a
    // single year governs.
    // And a total its clause sums over a number of years written after the metric (单位地区生产总值二氧化碳排放五年累计下降19.2%).
    // So is a sum of a later clause (…累计完成186亿元) in a sentence that opens with its number of years (五年新增经营主体3.6万户，
    // 2026年末…达到6.9万户；外贸进出口总额累计完成186亿元): the sum word takes the span the sentence opened with, not the date of
    // another ；-part's level; a date of its own part still governs it (；截至2026年底，累计建成…). So does the ；-part that opens with
    // the sum (…增加到2026年的258.7亿元；五年累计完成投资812亿元，累计新增城镇就业2.4万人): its later sums are over the same years.
    else if (kind === 'actual' && (opensSpanTotal(text, r.clause, g) || yearsTotalBefore(text, r.clause, q.start, g) ||
      (((r.clause > whole && opensSpanTotal(text, whole, g)) || (r.clause > s && opensSpanTotal(text, s, g))) && g.spanAmountWords.indexIn(text, r.clause, q.start) !== undefined && !(date && date.start >= s)))) finalYear = null;
    // A level cited from a census or survey (据第七次全国人口普查，…) is of the survey's time: a year carried from before the
    // attribution (2027年是…之年。据…普查，…) is not its year; one named after it (据统计，2026年…) is.
    else if (kind === 'actual' && surveyed !== undefined && !(date && date.start > surveyed)) finalYear = null;
    else if (kind === 'actual') finalYear = (date && isSpan(date) && (g.spanAmountWords.indexIn(text, statesLevel(r, listed[0] ?? r) ? r.clause : date.end, q.start) || r.object || !pastSpan(date, plan) || r.pred.baseSpan)) ? null : (year ?? plan.reviewYear ?? null);
    // An amount set for each year of a span (2025—2027年市财政每年安排…不少于1500万元, “十五五”期间…每年完成…) is due in
    // every one of its years, by no one of them.
    else if (date && isSpan(date) && g.everyYearWords.indexIn(text, r.clause, q.start) !== undefined) finalYear = null;
    else if (labelled && (year !== null || plan.reviewYear != null)) finalYear = year ?? plan.reviewYear ?? null;
    else finalYear = year ?? (plan.annual && plan.years ? plan.years[0] : (spanYear(text, r.clause, q.start, plan, g) ?? openingSpanYear(text, s, r.clause, q.start, plan, g) ?? planEndYear(text, s, q.start, plan, g)));
    const unit = q.unitText === '' ? null : q.unitText;
    // (the works on land are named with their verb: 森林质量精准 | 提升200万亩 → 森林质量精准提升)
    const verb = r.pred.verb;
    const named = verb && landWorks(r, g) && verb.start === r.pred.start && m.metric.length >= 2 && text.slice(verb.start - m.metric.length, verb.start) === m.metric ? m.metric + verb.word : m.metric;
    const workName = q.unit.kind === 'count' || q.unit.size ? doneWorkName(named, g) : named;
    const indicator: Found['indicator'] = {
      // An amount of work done, a count or a size (完成营造林面积2.6万亩), is named by the work; a share done (完成年度目标的100%)
      // or a time taken (完成时限压缩至15个工作日) keeps the verb. A capacity after a project's label is named by the project.
      metric: q.unit.kind === 'measure' && q.unit.amount !== true && !r.listed ? labelledMetric(text, s, r.clause, workName, g) : workName,
      value,
      unit,
      comparator,
      kind,
      year: finalYear,
    };
    const norm = normalized(q);
    if (norm !== undefined) indicator.normalized = norm;
    if (q.damaged) {
      indicator.damaged = true;
      value = null;
    }
    const implausible = implausibleUnit(m.metric, unit, difference, g);
    before = { metric: m.metric, kind, unit: q.unit.unit };
    return { indicator, start: st.span.start, end: Math.max(st.span.end, r.end), implausible, difference, ...(foundation ? { foundation } : {}) };
  });
}

/** Whether a date opens a later clause of the sentence and its verb follows it at once, with no subject between (，2030年降至…). */
function laterMilestone(text: string, d: DateHit, s: number, g: IndicatorGrammar): boolean {
  if (clauseStart(text, d.start, s) <= s) return false;
  return g.targetVerbs.startingAt(text, d.end) !== undefined || g.changeVerbs.startingAt(text, d.end) !== undefined;
}

/** How many characters may stand between 据 and the survey it cites (据第七次全国人口普查: 8). */
const SURVEY_REACH = 16;

/**
 * The attribution of what follows to a census, survey or the statistics between `from` and `to` (据第七次全国人口普查，据统计，
 * 据监测数据显示，: grammar surveyLeads, surveySources, surveyTails), as a cue whose word runs from 据 to the comma that closes it:
 * the figures after it in its sentence are what the census or survey measured, not what the plan sets.
 */
function surveyAttribution(text: string, from: number, to: number, g: IndicatorGrammar): { index: number; word: string } | undefined {
  for (let lead = g.surveyLeads.indexIn(text, from, to); lead; lead = g.surveyLeads.indexIn(text, lead.index + 1, to)) {
    const start = lead.index + lead.word.length;
    if (g.notSurveyLeads.endingAt(text, start) !== undefined) continue;
    const comma = text.slice(start, Math.min(to, start + SURVEY_REACH + 8)).search(/[，,]/u);
    if (comma < 0) continue;
    let end = start + comma;
    const tail = g.surveyTails.endingAt(text, end);
    if (tail && end - tail.length > start) end -= tail.length;
    const source = g.surveySources.endingAt(text, end);
    if (end - start > SURVEY_REACH || source === undefined || end - source.length < start) continue;
    return { index: lead.index, word: text.slice(lead.index, start + comma + 1) };
  }
  return undefined;
}

/** How far before a share's number its population subject and 占…人口的 are looked for, in characters. */
const POPULATION_SHARE_REACH = 30;

/**
 * The share a population group makes of the whole, right before its number (全市少数民族人口28.6万人，占常住人口的11.3%: grammar
 * populationShare), as a cue: the composition of the population as it stands, which no plan sets as a target.
 */
function populationShare(text: string, from: number, to: number, g: IndicatorGrammar): { index: number; word: string } | undefined {
  const m = g.populationShare?.exec(text.slice(from, to));
  return m ? { index: from + m.index, word: m[0] } : undefined;
}

/** The last character of a count of years (三年内, 5年内): 年内 after it is a span, which spanYear judges, not the plan's year. */
const YEAR_COUNT_END = /[0-9０-９一二三四五六七八九十两几]/u;

/** Whether a plan cue (计划, 力争, 年内, 年底前: grammar planCues) stands between `from` and `to`, other than 年内 of a count of years. */
function planCueIn(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  for (let hit = g.planCues.indexIn(text, from, to); hit; hit = g.planCues.indexIn(text, hit.index + hit.word.length, to)) {
    if (!(hit.word.startsWith('年') && YEAR_COUNT_END.test(text[hit.index - 1] ?? ''))) return true;
  }
  return false;
}
