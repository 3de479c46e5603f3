// The date and indicator stages read the plan's years and whether it is annual from tree.meta.
import { describe, expect, it } from 'vitest';
import { planContext } from '../../src/dates/plan-years.js';
import type { PlanTree } from '../../src/tree.js';
import { grammars } from '../grammar-helpers.js';

const tree = (planYears: [number, number] | null, kind: string | null, title: string | null = null): PlanTree =>
  ({ meta: { planYears, kind, title } }) as unknown as PlanTree;

describe('dates: plan context', () => {
  it('should support an annual genre of one year', () => {
    expect(planContext(tree([2024, 2024], '工作要点'), grammars().meta)).toEqual({ years: [2024, 2024], annual: true });
    expect(planContext(tree([2026, 2026], '政府工作报告'), grammars().meta)).toEqual({ years: [2026, 2026], annual: true });
  });

  it('should support a plan of any genre whose title names its one year', () => {
    expect(planContext(tree([2024, 2024], '工作方案', '某县2024年爱国卫生工作方案'), grammars().meta).annual).toBe(true);
  });

  it('should not support as annual a multi-year plan or a genre that does not plan one year', () => {
    expect(planContext(tree([2021, 2025], '五年规划'), grammars().meta).annual).toBe(false);
    expect(planContext(tree([2024, 2024], '实施方案'), grammars().meta).annual).toBe(false);
    expect(planContext(tree(null, null), grammars().meta)).toEqual({ years: null, annual: false });
  });
});
