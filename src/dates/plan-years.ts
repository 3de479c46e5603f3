// The years a plan covers and whether it is an annual plan, as the date and indicator stages
// need them. Both are facts of the meta stage (tree.meta.planYears, and tree.meta.kind read
// against the grammar's genres): this reads them, it does not work them out again.
import type { MetaGrammar } from '../grammar/meta.js';
import type { PlanTree } from '../tree.js';

export interface PlanContext {
  /** First and last year the plan covers; null when unknown. */
  years: [number, number] | null;
  /** True for a genre that plans one year (工作要点, 工作计划, 重点工作, 政府工作报告): its year
   *  is the default target year. */
  annual: boolean;
}

export function planContext(tree: PlanTree, grammar: MetaGrammar): PlanContext {
  const { planYears, kind, title } = tree.meta;
  const genre = kind === null ? undefined : grammar.kinds.find((k) => k.kind === kind);
  const oneYear = planYears !== null && planYears[0] === planYears[1];
  // A title that names its one year plans that year, whatever its genre (2024年爱国卫生工作方案).
  const titled = oneYear && typeof title === 'string' && title.includes(`${planYears[0]}年`);
  return { years: planYears, annual: oneYear && ((genre?.yearly ?? false) || titled) };
}
