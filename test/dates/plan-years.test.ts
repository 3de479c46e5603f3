// The date and indicator stages read the plan's years, and whether it covers one year, from tree.meta.
import { describe, expect, it } from 'vitest';
import { planContext } from '../../src/dates/plan-years.js';
import { extract } from '../../src/index.js';
import type { PlanTree } from '../../src/tree.js';

const tree = (planYears: [number, number] | null): PlanTree => ({ meta: { planYears } }) as unknown as PlanTree;

describe('dates: plan context', () => {
  it('should support a plan of one year, whatever its genre', () => {
    expect(planContext(tree([2024, 2024]))).toEqual({ years: [2024, 2024], annual: true });
    expect(planContext(tree([2026, 2026])).annual).toBe(true);
  });

  it('should not support as annual a plan of several years or of unknown years', () => {
    expect(planContext(tree([2021, 2025]))).toEqual({ years: [2021, 2025], annual: false });
    expect(planContext(tree(null))).toEqual({ years: null, annual: false });
  });

  // A genre that is not yearly (若干措施, 实施方案) may still cover one year: measures in force until the
  // year's end set their targets for that year, 全年 and 年内 included.
  it('should support the one year of measures in force until its end as their targets\' year', async () => {
    const text = [
      '某市关于促进服务消费的若干措施',
      '一、举办促消费活动。全年举办各类促消费活动30场以上。',
      '二、培育消费场景。年内新培育特色商业街区3条。',
      '本措施自印发之日起施行，有效期至2025年12月31日。',
      '某市人民政府办公室',
      '2025年2月10日',
    ].join('\n');
    const plan = await extract(text);
    expect(plan.meta.planYears).toEqual([2025, 2025]);
    expect(plan.indicators.map((i) => [i.value, i.unit, i.year])).toEqual([
      [30, '场', 2025],
      [3, '条', 2025],
    ]);
  });

  it('should not support a default year in a plan of several years', async () => {
    const text = ['某市促进服务消费三年行动方案（2025—2027年）', '一、举办促消费活动。每年举办各类促消费活动30场以上。'].join('\n');
    const plan = await extract(text);
    expect(plan.meta.planYears).toEqual([2025, 2027]);
    expect(plan.indicators.map((i) => i.year)).toEqual([null]);
  });
});
