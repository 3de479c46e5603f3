// Counts that say how often a routine runs or how a procedure is done (每月1次, 每天早晚各1次, 孕早期1次), never a level
// a plan sets.
import type { Reading } from './reading.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import { onlyJoiners } from './joiners.js';
import { cadenceIn, quotedMask } from './quantity.js';
import { trimmedClauseEnd } from './object-names.js';
import { clauseEnd } from './metric.js';
import { han } from '../text/han.js';

/**
 * How often an oversight step is run (每年组织一次考核, 每季度开展一次督查) is a working rule, not a target: a count
 * of a procedure noun, with no comparator, after the period it recurs in within its clause. So is a count that ends its
 * clause with no object of its own (资源库每年动态调整一次, 名单每两年更新一次): what is done was named before, and nothing
 * is delivered to anyone (每年开展应急演练2次 counts its object). Any count of times after a cadence shorter than a year
 * (每季度, 每月: grammar routineFrequencies) is one too, whatever is done. Rounds (轮) count runs as 次 does (grammar recurrenceUnits).
 */
export function procedural(text: string, r: Reading, name: string, e: number, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post) return false;
  if (rota(text, r, g)) return true;
  // Sessions and issues (每季度举办1场…, 每月推送1期…) are a routine's recurrences only after a cadence shorter than a year.
  if (!g.recurrenceUnits.has(r.q.unit.unit)) return (g.routineUnits.has(r.q.unit.unit) && cadenceIn(g.routineFrequencies, text, r.clause, r.q.start) !== undefined) || routineScope(text, r, e, g);
  // A cadence of minutes or hours (产品每10分钟滚动更新一次, 每2小时巡查1次) is shorter than any routine word: how often a duty or a
  // product recurs within a day, never a count a plan sets for its year.
  if (cadenceOutsideQuotes(SUB_DAY_CADENCE, text, r.clause, r.q.start)) return true;
  // A cadence of a number of days (每10天投放1次灭蚊药物, 每7日巡查1次) is shorter than any month: a routine's interval, as 每周 is.
  if (cadenceOutsideQuotes(DAY_CADENCE, text, r.clause, r.q.start)) return true;
  // A cadence right before the count, with no verb between (肠镜检查每5年1次, 复查每两年1次): the interval a screening or follow-up
  // rule sets for the act named before it, how often that act is done, not a number of acts to reach.
  if (g.procedureFrequencies.endingAt(text, r.q.start) !== undefined) return true;
  if (cadenceIn(g.procedureFrequencies, text, r.clause, r.q.start) === undefined && !yearRangeCadenceIn(text, r.clause, r.q.start)) return false;
  // A step that takes the progress of a work as its object (对各地方案实施情况开展1次评估) oversees that work, whatever it is called.
  if (reviewsProgress(text, r.clause, r.q.start, g)) return true;
  // A revising verb right before the count (每年更新一次互认项目目录) gives the revision cycle of what the organ keeps.
  if (g.revisionVerbs.endingAt(text, r.q.start) !== undefined) return true;
  // A cadence shorter than a year (每季度举办1次非遗展演活动) schedules a routine, whatever it is: plans count deliveries by the year.
  if (cadenceIn(g.routineFrequencies, text, r.clause, r.q.start) !== undefined) return true;
  // The step is the name's last word, or closes the clause after a count written before its object (每月开展一次“两客一危”
  // 重点企业安全检查: the object's name stops at 企业).
  const end = trimmedClauseEnd(text, r.end, e);
  // A quoted name inside the step's noun (每季度开展1次物业服务质量“双随机”检查) is read without its quotation marks.
  const step = text.slice(r.end, end).replace(STEP_QUOTES, '');
  return (end === r.end && !r.between) || g.procedureNouns.endingAt(name, name.length) !== undefined || g.procedureNouns.endingAt(step, step.length) !== undefined;
}
const STEP_QUOTES = /[“”‘’"']/gu;

/** A count of times right after a cadence and at most a verb (每半年开展1次, 每月巡查1次, 每季度1次). */
const TIMES_AFTER_CADENCE = han(/^\p{Script=Han}{0,4}?[0-9０-９一二两三四五六七八九十]+[次轮]/u);

/**
 * Whether a count of things is the scope of a routine run on them (对全县23家企业每半年开展1次检查, 对18个断面实行每月1次会商): a
 * cadence (grammar procedureFrequencies) after the counted noun in the clause, then a count of times. Plans state how often the
 * things they already hold are checked; how many there are is the stock the routine covers, not a number to reach.
 */
function routineScope(text: string, r: Reading, e: number, g: IndicatorGrammar): boolean {
  const end = clauseEnd(text, r.end, e);
  const cadence = cadenceIn(g.procedureFrequencies, text, r.end, end);
  return cadence !== undefined && TIMES_AFTER_CADENCE.test(text.slice(cadence.index + cadence.word.length, end));
}

/** A cadence of years written as a range (每3—5年, 每1～2年): screening and follow-up norms give their interval as a span
 *  (宫颈癌筛查每3—5年1次), still how often the act recurs, as 每5年 is. */
const YEAR_RANGE_CADENCE = /每[0-9０-９]+[—–~～\-－至到][0-9０-９]+年/u;

function yearRangeCadenceIn(text: string, from: number, to: number): boolean {
  return YEAR_RANGE_CADENCE.test(text.slice(from, to));
}

/** Whether people are posted by a cadence shorter than a year (每周派驻2名专家坐诊: grammar rotaVerbs, rotaUnits): a rota, how many
 *  serve in each turn, not a count for the plan's year. The verb comes after the cadence and before the count in its clause. */
function rota(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (!g.rotaUnits.has(r.q.unit.unit)) return false;
  const cadence = cadenceIn(g.routineFrequencies, text, r.clause, r.q.start);
  return cadence !== undefined && g.rotaVerbs.indexIn(text, cadence.index + cadence.word.length, r.q.start) !== undefined;
}

/** Whether 对 before the count takes how a work is going (grammar progressObjects: 实施情况, 推进情况) as its object. */
function reviewsProgress(text: string, from: number, to: number, g: IndicatorGrammar): boolean {
  const by = text.lastIndexOf('对', to - 1);
  return by >= from && g.progressObjects.indexIn(text, by + 1, to) !== undefined;
}

/** 各 and at most a verb right before the count (各开展, 各组织, 各): the count is shared out over what the clause names before. */
const EACH_BEFORE = han(/各\p{Script=Han}{0,4}$/u);

/** Whether a count of times is shared out by 各 over periods of the year named before it in its clause (春季和秋季各开展1次,
 *  每年春秋两季各开展1次: grammar seasonalPeriods): how often a routine runs in each, a schedule, not a target. */
export function seasonalEach(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const each = EACH_BEFORE.exec(text.slice(r.clause, r.q.start));
  return each !== null && cadenceIn(g.seasonalPeriods, text, r.clause, r.clause + each.index) !== undefined;
}

/** A month in the date a date hit covers (6月, 12月底前, 2027年6月): a point of the year a timetable names. */
const MONTH = '月';

/** Whether a count of times is shared out by a distributor (分别, 各, 均: grammar distributors) over two or more months listed
 *  before it in its clause (于6月、12月分别开展1次调度, 3月和9月各组织1次演练, 6月底、12月底前分别报送1次): a timetable that puts
 *  one session at each listed time, as a season pair does (seasonalEach), how often a routine runs, not a number of sessions the
 *  plan sets to reach. The months are the date reader's hits, joined by joiners only. */
export function datedEach(text: string, r: Reading, dates: readonly DateHit[], g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  let listEnd = -1;
  let run = 0;
  let prev: DateHit | undefined;
  for (const d of dates) {
    if (d.start < r.clause) continue;
    if (d.end > r.q.start) break;
    const month = text.slice(d.start, d.end).includes(MONTH);
    run = month ? (prev !== undefined && run > 0 && onlyJoiners(text.slice(prev.end, d.start), g) ? run + 1 : 1) : 0;
    if (run >= 2) listEnd = d.end;
    prev = d;
  }
  if (listEnd < 0) return false;
  return g.distributors.indexIn(text, listEnd, r.q.start) !== undefined;
}

/** An ordinal point of time counted from an event, closing the text before 各 (第3个月, 第6个月末, 第2周, 第28天). */
const ORDINAL_POINT_BEFORE = /第[0-9０-９一二三四五六七八九十]+个?(?:月|周|天|日|年)[末底]?$/u;
/** An age or a week of pregnancy a check falls at, closing the text before 各 (36月龄时, 3岁时, 孕28周, 6周岁). */
const AGE_POINT_BEFORE = /[0-9０-９一二三四五六七八九十]+(?:月龄|周岁|岁|周)时?$/u;

/** Whether a count of times is shared out by 各 over points of time: ordinal points after an event (筛查后第3个月、第6个月各随访1次,
 *  治疗第2个月末、第5个月末各查痰1次) or the ages and weeks of pregnancy care falls at (在3、6、12月龄时各提供1次健康检查, 孕16周、
 *  孕28周各检测1次): a protocol's schedule for each person, as a season pair is a routine's, not a target. */
export function ordinalPointsEach(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const each = EACH_BEFORE.exec(text.slice(r.clause, r.q.start));
  if (each === null) return false;
  const points = text.slice(r.clause, r.clause + each.index);
  return ORDINAL_POINT_BEFORE.test(points) || AGE_POINT_BEFORE.test(points);
}

/** Whether a count of times stands right after a stage of pregnancy (其中孕早期1次、孕中期2次: grammar pregnancyStages): when the
 *  checks of each pregnancy fall, a care norm's schedule, not a target. */
export function pregnancyStageCount(text: string, r: Reading, g: IndicatorGrammar): boolean {
  if (r.pred.comparator || r.post || !g.routineUnits.has(r.q.unit.unit)) return false;
  const before = text.slice(r.clause, r.q.start).trimEnd();
  return g.pregnancyStages.endingAt(before, before.length) !== undefined;
}

/** 每 before a number of minutes or hours, or before 小时/分钟 alone (每10分钟, 每2小时, 每半小时, 每小时). */
const SUB_DAY_CADENCE = /每(?:[0-9０-９]+|[一两二三四五六七八九十半]+)?个?(?:分钟|小时|钟头)/gu;

/** Whether a cadence of `pattern` (a `g` pattern) stands between `from` and `to` outside a quoted name (as cadenceIn). */
function cadenceOutsideQuotes(pattern: RegExp, text: string, from: number, to: number): boolean {
  const span = text.slice(from, to);
  let quoted: Uint8Array | undefined;
  for (const m of span.matchAll(pattern)) {
    quoted ??= quotedMask(span);
    if (quoted[m.index] !== 1) return true;
  }
  return false;
}

/** 每 before a number of days (每10天, 每3日, 每十五天): a cadence shorter than a month (每天 alone is a routineFrequencies word). */
const DAY_CADENCE = /每(?:[0-9０-９]+|[一两二三四五六七八九十]+)个?(?:天|日)/gu;
