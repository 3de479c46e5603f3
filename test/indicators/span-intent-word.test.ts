// A word of intent between the plan's N years and the verb of what is delivered over them (三年计划投入资金不少于…, 三年拟新建…)
// leaves the N years the plan's whole span: the amount is due by the plan's last year, as after 三年投入 / 三年新建. A count of
// years that is not the plan's, a recurrence and a look back stay undated. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import type { PlanYears } from '../../src/indicators/extract.js';
import { brief, indicators } from './helpers.js';

const PLAN_2026_2028: PlanYears = { years: [2026, 2028], annual: false };
const years = (text: string) => brief(indicators(text, PLAN_2026_2028)).map((b) => { const f = b.split('|'); return `${f[1]}${f[2]}@${f[5]}`; });

describe('indicators: a word of intent after the plan span N年', () => {
  it('should support 三年计划/三年拟 + verb as due by the plan\'s last year', () => {
    expect(years('三年计划投入专项资金不少于12亿元。')).toEqual(['12亿元@2028']);
    expect(years('三年拟新建污水处理厂4座。')).toEqual(['4座@2028']);
  });

  it('should support a part after 其中 taking the total\'s year', () => {
    expect(years('三年计划投入资金不少于20亿元，其中市级财政资金5亿元以上。')).toEqual(['20亿元@2028', '5亿元@2028']);
  });

  it('should not support a count of years that is not the plan\'s span', () => {
    expect(years('两年计划投入专项资金不少于12亿元。')).toEqual(['12亿元@']);
    expect(years('近三年计划投入专项资金不少于12亿元。')).toEqual(['12亿元@']);
  });
});
