// planYears: [first, last] of the years the document plans for (gold README, "Other genres"):
// the period its title names (`“十四五”规划` → 2021–2025, `(2015—2020年)`, `2024年工作计划`), else
// the period its text states (`规划期为2021—2025年`), else — for the genres that plan the year
// they are issued in (工作要点, 政府工作报告 …) — its issue year, else its issue year and the
// horizon its title names (`健康中国2030`) or the latest target year it sets (`到2030年`). Null
// only when it names no period and no target year.
import type { MetaGrammar } from '../grammar/meta.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import { scanDates } from '../dates/scan.js';

export type Years = [number, number];

/** A period name in a text (`“十四五”`, `十三五时期`, `第十四个五年规划`), as years. */
export function periodIn(text: string, grammar: MetaGrammar): Years | null {
  const t = text.normalize('NFKC');
  for (const period of grammar.periods) {
    for (const name of period.names) {
      for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
        const before = t[at - 1] ?? '';
        // Not a piece of a longer numeral (十五五, 第十五条) …
        if (!name.startsWith('第') && /[一二三四五六七八九十百第]/u.test(before)) continue;
        // … and named as a period: in quotes, or before 规划/时期/期间.
        if (/[“"‘]/u.test(before) || grammar.periodContext.test(t.slice(at + name.length))) return period.years;
      }
    }
  }
  return null;
}

/** A year range in a text: `(2021—2025年)`, `2023-2025年`, `20232025年` (dash lost). */
export function yearRangeIn(text: string, grammar: MetaGrammar): Years | null {
  const g = grammar.yearRange.exec(text.normalize('NFKC'))?.groups;
  if (!g) return null;
  const from = Number(g.from);
  const to = Number(g.to);
  return to > from && to - from <= 30 ? [from, to] : null;
}

/** The year a single-year title names (`2024年`, `2024年度`). Of several, the one nearest the
 *  end names the plan (`2022年工作总结和2023年工作计划` → 2023). */
export function singleYearIn(text: string, grammar: MetaGrammar): number | null {
  const years = [...text.normalize('NFKC').matchAll(grammar.singleYear)].map((m) => Number(m.groups?.year));
  return years.length > 0 ? (years[years.length - 1] as number) : null;
}

/** planYears from a title: a range, else a period name, else its one year. */
export function titleYears(title: string, grammar: MetaGrammar): Years | null {
  const range = yearRangeIn(title, grammar);
  if (range) return range;
  const period = periodIn(title, grammar);
  if (period) return period;
  const year = singleYearIn(title, grammar);
  return year === null ? null : [year, year];
}

/** The horizon a title names with a bare year (`“健康中国2030”规划纲要`, `健康某市2030行动`): a
 *  year written into the plan's name, not followed by 年. */
export function horizonYear(title: string): number | null {
  const m = /(?<![\d.])((?:19|20)\d{2})(?![\d年.%])/u.exec(title.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

/** The latest year the text sets a target for (`到2030年`, `力争到2025年底`, `2027年前`), not
 *  before `from`. A year reached `as of` (`截至2020年底`) dates a stock, not a target. */
export function latestTargetYear(text: string, from: number, grammar: MetaGrammar, periods: PeriodGrammar, term = false): number | null {
  let latest: number | null = null;
  for (const hit of scanDates(text, periods)) {
    // A span of years that starts no earlier than the document (2027年至2029年累计培养…, 2027—2028年每年新增…) is a span the document
    // plans: its last year is one the document sets targets for, as a deadline's (not with `term`).
    if (!term && hit.kind === 'range' && hit.year !== null && hit.from !== undefined && hit.from !== null && hit.from >= from) {
      if (latest === null || hit.year > latest) latest = hit.year;
      continue;
    }
    if (hit.kind !== 'deadline' || hit.year === null || hit.year < from) continue;
    const written = text.slice(hit.start, hit.end);
    if (grammar.asOf.some((w) => written.startsWith(w))) continue;
    // The date a document's rules lapse (有效期至2028年2月29日) is its term of force, not a target year; with `term`, only
    // such dates are read.
    if (inForceTerm(text, hit.start, grammar) !== term) continue;
    const target = periods.deadlineBefore.startingAt(written, 0) !== undefined || periods.deadlineAfter.endingAt(written, written.length) !== undefined;
    if (target && (latest === null || hit.year > latest)) latest = hit.year;
  }
  return latest;
}

/** How many characters may part a word of the term of force from its date (有效期至, 有效期截至, 有效期为). */
const TERM_REACH = 3;

/** Whether a word of a document's term of force (有效期, 试行期) ends within TERM_REACH characters before `at`. */
function inForceTerm(text: string, at: number, grammar: MetaGrammar): boolean {
  const before = text.slice(Math.max(0, at - TERM_REACH - 4), at);
  return grammar.termOfForce.some((w) => {
    const i = before.lastIndexOf(w);
    return i >= 0 && before.length - (i + w.length) <= TERM_REACH;
  });
}

export interface PlanYearsInput {
  /** The plan's title and the wrapping notice's title. */
  titles: ReadonlyArray<string | null>;
  /** The text of the document the metadata describes (not of documents printed after it). */
  text: string;
  /** The year the document was issued (its written date, else its web publish date). */
  issueYear: number | null;
  /** The genre plans for the year it is issued in (grammar `kinds[].yearly`). */
  yearly: boolean;
  /** The genre reports on the year its title names, after that year (grammar `kinds[].past`). */
  past?: boolean;
}

export function findPlanYears(input: PlanYearsInput, grammar: MetaGrammar, periods: PeriodGrammar): Years | null {
  for (const title of input.titles) {
    const years = title ? titleYears(title, grammar) : null;
    // A report on a year past (某县2026年法治政府建设情况的报告, …2026年政府信息公开工作年度报告, the audit of a 2026年度 budget)
    // reviews the year its title names and is delivered in the next, whose work its closing part plans (2027年…主要安排,
    // 改进措施, 审计建议): it plans for the year after.
    if (years && input.past && years[0] === years[1]) return [years[0] + 1, years[0] + 1];
    if (years) return years;
  }
  // `规划期为2021—2025年` in the text itself.
  const g = grammar.periodPhrase.exec(input.text.normalize('NFKC'))?.groups;
  if (g && Number(g.to) > Number(g.from)) return [Number(g.from), Number(g.to)];
  const issued = input.issueYear;
  if (issued === null) return null;
  if (input.yearly) return [issued, issued];
  for (const title of input.titles) {
    const horizon = title ? horizonYear(title) : null;
    if (horizon !== null && horizon >= issued) return [issued, horizon];
  }
  // With no target year, a document whose rules lapse at a date (若干措施 …有效期至2024年12月31日) plans for its term of force.
  const target = latestTargetYear(input.text, issued, grammar, periods) ?? latestTargetYear(input.text, issued, grammar, periods, true);
  return target === null ? null : [issued, target];
}
