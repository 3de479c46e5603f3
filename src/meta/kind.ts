// kind and planYears: the plan's genre and the years it covers, as its title says
// (`2024年工作计划` → 年度工作计划 [2024, 2024]; `“十四五”规划` → 五年规划 [2021, 2025]).
import type { MetaGrammar } from '../grammar/meta.js';

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

/** The title without a trailing parenthesised period or 试行 (`…纲要(2001—2010年)` → `…纲要`). */
export function bareTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/gu, '').replace(/[(（][^()（）]{0,20}[)）]$/u, '');
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

export function findPlanYears(titles: ReadonlyArray<string | null>, body: string, grammar: MetaGrammar): Years | null {
  for (const title of titles) {
    const years = title ? titleYears(title, grammar) : null;
    if (years) return years;
  }
  // `规划期为2021—2025年` in the text itself.
  const g = grammar.periodPhrase.exec(body.normalize('NFKC'))?.groups;
  if (g && Number(g.to) > Number(g.from)) return [Number(g.from), Number(g.to)];
  return null;
}

/** The genre the title names, by the first matching entry of the grammar's `kinds`. */
export function findKind(title: string | null, grammar: MetaGrammar): string | null {
  if (!title) return null;
  const bare = bareTitle(title);
  const annual = yearRangeIn(bare, grammar) === null && singleYearIn(bare, grammar) !== null;
  const fiveYear = periodIn(title, grammar) !== null || ((r) => r !== null && r[1] - r[0] === 4)(yearRangeIn(title, grammar));
  for (const k of grammar.kinds) {
    if (k.annual && !annual) continue;
    if (k.period && !fiveYear) continue;
    if (k.pattern.test(bare)) return k.kind;
  }
  return null;
}
