// kind: the plan's genre as its title says (`2024年工作计划` → 年度工作计划; `“十四五”规划` → 五年规划;
// `…实施方案（2021—2023年）` → 实施方案).
import type { MetaGrammar } from '../grammar/meta.js';
import { periodIn, singleYearIn, yearRangeIn } from './years.js';

/** The title without a trailing parenthesised period or 试行 (`…纲要(2001—2010年)` → `…纲要`), also both
 *  where a period and a status follow one another (`…规划（2026—2030年）（征求意见稿）`: a draft's title keeps
 *  its period and adds the mark). */
export function bareTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/gu, '').replace(/(?:[(（][^()（）]{0,20}[)）]){1,2}$/u, '');
}

export type Kind = MetaGrammar['kinds'][number];

/** The grammar's entry for the genre the title names: the first of `kinds` that matches. */
export function findGenre(title: string | null, grammar: MetaGrammar): Kind | null {
  if (!title) return null;
  const bare = bareTitle(title);
  const annual = yearRangeIn(bare, grammar) === null && singleYearIn(bare, grammar) !== null;
  const fiveYear = periodIn(title, grammar) !== null || ((r) => r !== null && r[1] - r[0] === 4)(yearRangeIn(title, grammar));
  for (const k of grammar.kinds) {
    if (k.annual && !annual) continue;
    if (k.period && !fiveYear) continue;
    if (k.pattern.test(bare)) return k;
  }
  return null;
}

/** The genre the title names (`实施方案`), or null. */
export function findKind(title: string | null, grammar: MetaGrammar): string | null {
  return findGenre(title, grammar)?.kind ?? null;
}
