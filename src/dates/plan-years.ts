// The years a plan covers and whether it is an annual plan, as the date and indicator stages
// need them. Both come from a fact of the meta stage (tree.meta.planYears): this reads it, it
// does not work it out again.
import type { PlanTree } from '../tree.js';

export interface PlanContext {
  /** First and last year the plan covers; null when unknown. */
  years: [number, number] | null;
  /** True for a plan that covers one year (a 工作要点 or 政府工作报告 of its year, a 2024年…工作方案, a
   *  若干措施 in force until the year's end): that year is the default year of its targets, and
   *  上半年, 年内, 全年 on their own are of that year. */
  annual: boolean;
}

export function planContext(tree: PlanTree): PlanContext {
  const { planYears } = tree.meta;
  return { years: planYears, annual: planYears !== null && planYears[0] === planYears[1] };
}
