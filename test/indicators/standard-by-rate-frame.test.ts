// A support standard named before its per-unit basis takes that basis with 按照/按/依照 as well as with 为 (危房改造补助标准按照每户
// 2.5万元执行, 奖补标准按每个站点8万元执行): the rate each household or site is paid, in 万元 too, the same standard as 补助标准为每户
// 2.5万元, not a target of the plan (g640's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a standard that takes its per-unit basis with 按照 (补助标准按照每户N万元执行)', () => {
  it('should support a named standard paid by 按照/按/依照 a per-unit basis as no indicator', () => {
    expect(values('实施困难群众危房改造，危房改造补助标准按照每户2.5万元执行。')).toEqual([]);
    expect(values('建设乡镇综合文化站，奖补标准按每个站点8万元执行。')).toEqual([]);
    expect(values('完成老旧小区加装电梯40台，加装电梯补助标准依照每台15万元执行。')).toEqual(['40|台']);
  });
  it('should not support a sum that is no standard, a standard the plan bounds or raises, as no indicator', () => {
    expect(values('危房改造补助资金按照每户2万元安排。')).toEqual(['2|万元']);
    expect(values('危房改造补助标准按照每户不低于2万元执行。')).toEqual(['2|万元']);
    expect(values('危房改造补助标准提高到每户3万元。')).toEqual(['3|万元']);
  });
});
