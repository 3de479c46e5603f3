// Finds date mentions in running text in one linear pass: full dates (2022年12月30日,
// 2023-03-24, 二〇二二年十二月三十日), deadlines (到2025年, 到二〇三五年, 2024年底前), years, year
// ranges (2023—2025年, and 20232025年 whose dash was lost), named periods (十四五) and parts of the
// plan year (上半年, 年内).
import type { PeriodGrammar } from '../grammar/periods.js';
import type { DateMention } from '../schema.js';
import { digitRun, isDigit, isDigitCode, isHanziNumeralCode, readHanzi, readHanziAt } from '../numbers/index.js';
import { isoDate } from './calendar.js';

export type DateKind = DateMention['kind'];

export interface DateHit {
  kind: DateKind;
  /** [start, end) in the scanned text. */
  start: number;
  end: number;
  value: string | [string, string] | null;
  /** The year a deadline or span points to (its last year); null when unknown. */
  year: number | null;
  /** First year of a span (= year for a single year). */
  from: number | null;
  /** True for 20232025年: a range whose separator was lost. */
  lostSeparator?: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A numeral or 第 before a period name makes it part of a longer word (十五五, 第十四); by UTF-16
 *  code unit (NaN, before the text, is none), so that no one-character string is made per character. */
const isHanziNum = (code: number): boolean => code === 0x7b2c || isHanziNumeralCode(code);

/** Characters after a period name that make it part of a longer word (十五个, 十四五年). */
const NOT_AFTER_PERIOD = new Set([...'一二三四五六七八九十个条章节分年天名岁次'].map((c) => c.charCodeAt(0)));

const YEAR = 0x5e74; // 年
/** 一 and 二: the first digit of a year in Chinese numerals (一九九八, 二〇二五). */
const HANZI_ONE = 0x4e00;
const HANZI_TWO = 0x4e8c;

const pad = (n: number) => String(n).padStart(2, '0');
/** 份 after 月 (11月份, 1—6月份): the same month. */
const MONTH_SUFFIX = 0x4efd;
/** 龄 after 月 or 年: an age in months (6月龄内婴儿, 3-6月龄), all ages (全年龄段人群), no date. */
const AGE = 0x9f84;
const plausible = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

export interface ScanOptions {
  /** Year of an annual plan, used for 上半年, 年内, 年底前 on their own. */
  planYear?: number | null;
}

/** What may start at a UTF-16 code unit: a number (DIGIT), a period name (PERIOD), a part of the
 *  year, 年底 or an event time (PART); flags, as one character may start several. */
const DIGIT = 1;
const PERIOD = 2;
const PART = 4;
const starters = new WeakMap<PeriodGrammar, Uint8Array>();

function startersOf(grammar: PeriodGrammar): Uint8Array {
  const known = starters.get(grammar);
  if (known) return known;
  const flags = new Uint8Array(0x10000);
  const mark = (word: string, flag: number) => {
    if (word !== '') flags[word.charCodeAt(0)] = (flags[word.charCodeAt(0)] as number) | flag;
  };
  for (const c of '0123456789０１２３４５６７８９') mark(c, DIGIT);
  for (const c of '一二') mark(c, DIGIT); // a year in Chinese numerals
  for (const name of grammar.periods.keys()) mark(name, PERIOD);
  for (const word of [...grammar.yearParts.keys(), ...grammar.eventTimes, '年']) mark(word, PART);
  starters.set(grammar, flags);
  return flags;
}

/** Longest item number of an outline's `1.` level (GB/T 9704's third level), before its `.`. */
const ITEM_NUMBER_DIGITS = 2;

/**
 * Whether the `.` before text[i] closes the number of a list item that opens its line (`2.2027年，…`: the item's sentence begins
 * with a year), rather than being a decimal point (增长2.5%): a number after a decimal point is its fraction, never a date.
 */
function afterItemNumber(text: string, i: number): boolean {
  let j = i - 1;
  const dotAt = j;
  while (j > 0 && isDigitCode(text.charCodeAt(j - 1))) j--;
  if (j === dotAt || dotAt - j > ITEM_NUMBER_DIGITS) return false;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t' || text[j - 1] === '\u3000')) j--;
  return j === 0 || text[j - 1] === '\n';
}

export function scanDates(text: string, grammar: PeriodGrammar, options: ScanOptions = {}): DateHit[] {
  const hits: DateHit[] = [];
  const planYear = options.planYear ?? null;
  const start = startersOf(grammar);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!start[code]) {
      i++;
      continue;
    }
    const prevCode = text.charCodeAt(i - 1);
    if (isDigitCode(code) && !isDigitCode(prevCode) && (prevCode !== 0x2e || afterItemNumber(text, i)) && prevCode !== 0x3014 && prevCode !== 0x5b) {
      const hit = readNumericDate(text, i, grammar, planYear);
      if (hit) {
        hits.push(hit);
        i = hit.end;
        continue;
      }
      i = digitRun(text, i).end;
      continue;
    }
    if ((code === HANZI_ONE || code === HANZI_TWO) && !isHanziNum(prevCode)) {
      const hit = readHanziDate(text, i, grammar);
      if (hit) {
        hits.push(hit);
        i = hit.end;
        continue;
      }
    }
    const period = grammar.periodNames.startingAt(text, i);
    if (period && !isHanziNum(prevCode) && !NOT_AFTER_PERIOD.has(text.charCodeAt(i + period.length))) {
      const years = grammar.periods.get(period) as [number, number];
      let end = i + period.length;
      const quoted = (text[i - 1] === '“' && text[end] === '”') || (text[i - 1] === '"' && text[end] === '"');
      if (quoted) end++;
      const suffix = grammar.periodSuffixes.startingAt(text, end);
      // A two-character name (十五) is also an ordinal (十五运会, 第十五届): a period only when quoted
      // or followed by 时期/期间 ….
      if (period.length < 3 && !quoted && !suffix) {
        i++;
        continue;
      }
      end = suffix ? end + suffix.length : i + period.length;
      let start = quoted && suffix ? i - 1 : i;
      // (Past a closing quote: “十四五”前四年.)
      const first = suffix && grammar.periodEndSuffixes.has(suffix) ? undefined : firstYears(text, suffix ? end : i + period.length + (quoted ? 1 : 0), years, grammar);
      if (suffix && grammar.periodEndSuffixes.has(suffix)) {
        start -= deadlineWordBefore(text, start, grammar)?.length ?? 0;
        hits.push({ kind: 'deadline', start, end, value: String(years[1]), year: years[1], from: years[1] });
      } else if (first) {
        // “十四五”前四年: the period's first years, a span as 2021—2024年 is.
        const last = years[0] + first.years - 1;
        end = first.end;
        if (quoted) start = i - 1;
        hits.push({ kind: 'range', start, end, value: [String(years[0]), String(last)], year: last, from: years[0] });
      } else hits.push({ kind: 'period', start, end, value: [String(years[0]), String(years[1])], year: years[1], from: years[0] });
      i = end;
      continue;
    }
    if ((start[code] as number) & PART) {
      if (!isDigitCode(prevCode) && !isHanziNum(prevCode)) {
        const event = grammar.eventTimeWords.startingAt(text, i);
        if (event) {
          hits.push({ kind: 'relative', start: i, end: i + event.length, value: null, year: planYear, from: planYear });
          i += event.length;
          continue;
        }
        const part = grammar.yearPartWords.startingAt(text, i);
        if (part && text.charCodeAt(i + part.length) === AGE) {
          i += part.length;
          continue;
        }
        if (part) {
          const [from, to] = grammar.yearParts.get(part) as [string, string];
          const tail = partEnd(text, i + part.length, grammar);
          if (tail > 0) hits.push({ kind: 'deadline', start: i, end: i + part.length + tail, value: planYear ? `${planYear}-${to}` : null, year: planYear, from: planYear });
          else hits.push({ kind: 'relative', start: i, end: i + part.length, value: planYear ? [`${planYear}-${from}`, `${planYear}-${to}`] : null, year: planYear, from: planYear });
          i += part.length + tail;
          continue;
        }
        if (code === YEAR) {
          const end = grammar.yearEnds.startingAt(text, i + 1);
          if (end && prevCode !== 0x5f53 && prevCode !== 0x6bcf) {
            // 上年末, 去年底: the end of the year before (比上年末增加4.6万人 compares with it), not of the plan year.
            const before = prevCode === 0x4e0a || prevCode === 0x53bb;
            const year = planYear && before ? planYear - 1 : planYear;
            hits.push({ kind: 'relative', start: before ? i - 1 : i, end: i + 1 + end.length, value: year ? `${year}-12-31` : null, year, from: year });
            i += 1 + end.length;
            continue;
          }
        }
      }
    }
    i++;
  }
  return hits;
}

/** How the numbers of a date are written: Arabic digits (2025年3月8日) or Chinese numerals
 *  (二〇二五年三月八日, as dates under a signature were written before GB/T 9704-2012). A date keeps
 *  one script: its month and day are read in its year's. */
interface DateNumerals {
  /** A four-digit year at i, when plausible. */
  year(text: string, i: number): { value: number; end: number } | undefined;
  /** A month or day number at i: one or two digits (3, 12), up to three numerals (三, 十二, 三十一). */
  small(text: string, i: number): { value: number; end: number } | undefined;
}

const ARABIC: DateNumerals = {
  year(text, i) {
    const run = digitRun(text, i);
    return run.length === 4 && plausible(run.value) ? run : undefined;
  },
  small(text, i) {
    const run = digitRun(text, i);
    return run.length >= 1 && run.length <= 2 ? run : undefined;
  },
};

/** The digits of a year written in Chinese numerals, one character a digit (二〇二五, 一九九八), by
 *  UTF-16 code unit: tried at every 一 and 二 of a text. */
const YEAR_DIGITS = new Uint8Array(0x10000);
for (const c of '〇○零一二三四五六七八九') YEAR_DIGITS[c.charCodeAt(0)] = 1;

const HANZI: DateNumerals = {
  year(text, i) {
    for (let k = i; k < i + 4; k++) if (YEAR_DIGITS[text.charCodeAt(k)] !== 1) return undefined;
    if (YEAR_DIGITS[text.charCodeAt(i + 4)] === 1) return undefined;
    const value = readHanzi(text.slice(i, i + 4));
    return plausible(value) ? { value, end: i + 4 } : undefined;
  },
  small(text, i) {
    const read = readHanziAt(text, i);
    // 三, 十二, 三十一: a day has at most three characters.
    return read && read.end - i <= 3 && Number.isInteger(read.value) ? read : undefined;
  },
};

function readNumericDate(text: string, i: number, grammar: PeriodGrammar, planYear: number | null): DateHit | undefined {
  const run = digitRun(text, i);
  // A month on its own: 3月底前, 6月30日前, 11月份.
  if (run.length <= 2 && text[run.end] === '月' && run.value >= 1 && run.value <= 12) {
    return text.charCodeAt(run.end + 1) === AGE ? undefined : readMonth(text, i, run, planYear, grammar);
  }
  // Months of the plan year: 1—10月, 1-6月份.
  if (run.length <= 2) return readMonthRange(text, i, run, planYear, grammar);
  // 20232025年: two years whose separator was lost.
  if (run.length === 8 && (text[run.end] === '年' || text.startsWith('年度', run.end))) {
    const a = Math.floor(run.value / 10000);
    const b = run.value % 10000;
    if (plausible(a) && plausible(b) && b > a && b - a <= 50) {
      return { kind: 'range', start: i, end: run.end + 1, value: [String(a), String(b)], year: b, from: a, lostSeparator: true };
    }
    return undefined;
  }
  if (run.length !== 4 || !plausible(run.value)) return undefined;
  const y = run.value;
  const j = run.end;
  // ISO-like full date: 2023-03-24, 2023/3/24, 2023.03.24.
  const sep = text[j];
  if ((sep === '-' || sep === '/' || sep === '.' || sep === '－') && isDigit(text[j + 1])) {
    const m = digitRun(text, j + 1);
    if (m.length <= 2 && text[m.end] === sep && isDigit(text[m.end + 1])) {
      const d = digitRun(text, m.end + 1);
      const value = d.length <= 2 && !isDigit(text[d.end]) ? isoDate(y, m.value, d.value) : null;
      if (value !== null) return { kind: 'date', start: i, end: d.end, value, year: y, from: y };
    }
  }
  return readFromYear(text, i, j, y, grammar, ARABIC);
}

/** A date that starts with a year in Chinese numerals (二〇二五年, 到二〇三五年, 二〇二四年三月八日). */
function readHanziDate(text: string, i: number, grammar: PeriodGrammar): DateHit | undefined {
  const year = HANZI.year(text, i);
  return year ? readFromYear(text, i, year.end, year.value, grammar, HANZI) : undefined;
}

/** The date whose year `y` is written at text[i, afterYear): a range, a deadline, a month or day of it, a
 *  part of it, or the year alone. */
function readFromYear(text: string, i: number, afterYear: number, y: number, grammar: PeriodGrammar, numerals: DateNumerals): DateHit | undefined {
  let j = afterYear;
  // Ranges: 2023—2025年, 2023年—2025年, 2016-2020.
  let k = j;
  if (text[k] === '年') k++;
  const rangeSep = grammar.rangeSeparators.startingAt(text, k);
  if (rangeSep) {
    const second = numerals.year(text, k + rangeSep.length);
    if (second && second.value >= y) {
      let end = second.end;
      if (text.startsWith('年度', end)) end += 2;
      else if (text[end] === '年') end++;
      if (end > second.end || k > j) return { kind: 'range', start: i, end, value: [String(y), String(second.value)], year: second.value, from: y };
    }
  }
  if (text[j] !== '年') return undefined;
  j++;
  let start = i;
  const before = deadlineWordBefore(text, i, grammar);
  // 2022年12月30日, 2024年3月.
  const m = numerals.small(text, j);
  if (m && text[m.end] === '月' && m.value >= 1 && m.value <= 12) {
    let end = m.end + 1;
    const d = numerals.small(text, end);
    const value = d && (text[d.end] === '日' || text[d.end] === '号') ? isoDate(y, m.value, d.value) : null;
    if (d && value !== null) {
      end = d.end + 1;
      const after = grammar.deadlineAfter.startingAt(text, end);
      if (after || before) {
        if (before) start = i - before.length;
        return { kind: 'deadline', start, end: end + (after?.length ?? 0), value, year: y, from: y };
      }
      return { kind: 'date', start, end, value, year: y, from: y };
    }
    const monthEnd = grammar.yearEnds.startingAt(text, end);
    if (monthEnd || before) {
      if (before) start = i - before.length;
      return { kind: 'deadline', start, end: end + (monthEnd?.length ?? 0), value: `${y}-${pad(m.value)}`, year: y, from: y };
    }
    return { kind: 'date', start, end, value: `${y}-${pad(m.value)}`, year: y, from: y };
  }
  if (numerals === ARABIC && m) {
    const months = readMonthRange(text, j, m, y, grammar, before ? i - before.length : i);
    if (months) return months;
  }
  const part = grammar.yearPartWords.startingAt(text, j);
  if (part) {
    const [from, to] = grammar.yearParts.get(part) as [string, string];
    const tail = partEnd(text, j + part.length, grammar);
    if (tail > 0 || before) {
      if (before) start = i - before.length;
      return { kind: 'deadline', start, end: j + part.length + tail, value: `${y}-${to}`, year: y, from: y };
    }
    return { kind: 'range', start, end: j + part.length, value: [`${y}-${from}`, `${y}-${to}`], year: y, from: y };
  }
  const yearEnd = grammar.yearEnds.startingAt(text, j);
  if (yearEnd) {
    if (before) start = i - before.length;
    return { kind: 'deadline', start, end: j + yearEnd.length, value: `${y}-12-31`, year: y, from: y };
  }
  if (text.startsWith('度', j)) j++;
  const after = grammar.deadlineAfter.startingAt(text, j);
  if (before || after) {
    if (before) start = i - before.length;
    return { kind: 'deadline', start, end: j + (after?.length ?? 0), value: String(y), year: y, from: y };
  }
  return { kind: 'year', start, end: j, value: String(y), year: y, from: y };
}

/**
 * How long the words closing a part of the year at text[at] are: an end (三季度末, 上半年底) and
 * a 前 after it or alone (一季度末前, 二季度前) make the part a deadline at its last day, as work
 * plans set a task's time limit (三季度末前完成); 0 when there are none.
 */
function partEnd(text: string, at: number, grammar: PeriodGrammar): number {
  const end = grammar.yearEnds.startingAt(text, at)?.length ?? 0;
  return end + (grammar.deadlineAfter.startingAt(text, at + end)?.length ?? 0);
}

/** The deadline word right before text[i] (到, 截至 …), unless its 到 or 至 completes a verb of
 *  amount (达到2020年的1.5倍 is no deadline). */
function deadlineWordBefore(text: string, i: number, grammar: PeriodGrammar): string | undefined {
  const before = grammar.deadlineBefore.endingAt(text, i);
  return before && !grammar.notDeadlineAfter.endingAt(text, i - before.length) ? before : undefined;
}

function readMonth(text: string, i: number, run: { value: number; end: number }, planYear: number | null, grammar: PeriodGrammar): DateHit {
  let end = run.end + 1;
  let day: number | null = null;
  if (text.charCodeAt(end) === MONTH_SUFFIX) end++;
  else if (isDigit(text[end])) {
    const d = digitRun(text, end);
    if (d.length <= 2 && (text[d.end] === '日' || text[d.end] === '号') && d.value >= 1 && d.value <= 31) {
      day = d.value;
      end = d.end + 1;
    }
  }
  const tail = day === null ? grammar.yearEnds.startingAt(text, end) : undefined;
  const after = grammar.deadlineAfter.startingAt(text, end + (tail?.length ?? 0));
  const stop = end + (tail?.length ?? 0) + (after?.length ?? 0);
  const month = `${pad(run.value)}${day !== null ? `-${pad(day)}` : ''}`;
  return {
    kind: tail || after ? 'deadline' : 'relative',
    start: i,
    end: stop,
    value: planYear ? `${planYear}-${month}` : null,
    year: planYear,
    from: planYear,
  };
}

/**
 * Months of a year from the first to the last (1—10月, 1-6月份; 2025年1—10月 after a year), as
 * reviews give a year-to-date figure and plans a stretch of work; undefined when text[i] starts none.
 */
function readMonthRange(text: string, i: number, first: { value: number; end: number }, year: number | null, grammar: PeriodGrammar, start = i): DateHit | undefined {
  const sep = grammar.rangeSeparators.startingAt(text, first.end);
  if (!sep || first.value < 1) return undefined;
  const last = digitRun(text, first.end + sep.length);
  if (last.length < 1 || last.length > 2 || text[last.end] !== '月' || last.value > 12 || last.value <= first.value) return undefined;
  if (text.charCodeAt(last.end + 1) === AGE) return undefined;
  let end = last.end + 1;
  if (text.charCodeAt(end) === MONTH_SUFFIX) end++;
  const value: [string, string] | null = year ? [`${year}-${pad(first.value)}`, `${year}-${pad(last.value)}`] : null;
  return { kind: 'range', start, end, value, year, from: year };
}

/** A count of years one to nine, in Chinese or Arabic digits. */
const FIRST_YEARS_COUNT = /^([一二两三四五六七八九]|[1-9１-９])年/u;
const HANZI_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The first N years of a period right after its name (前四年, 头三年: grammar periodFirstYears), fewer than it has; undefined
 *  otherwise. `end`: where the count of years ends. */
function firstYears(text: string, at: number, years: [number, number], grammar: PeriodGrammar): { years: number; end: number } | undefined {
  const word = grammar.periodFirstYears.startingAt(text, at);
  if (word === undefined) return undefined;
  const m = FIRST_YEARS_COUNT.exec(text.slice(at + word.length, at + word.length + 2));
  if (!m) return undefined;
  const digit = m[1] as string;
  const n = HANZI_COUNT[digit] ?? Number.parseInt(digit.replace(/[１-９]/u, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);
  return n < years[1] - years[0] + 1 ? { years: n, end: at + word.length + m[0].length } : undefined;
}
