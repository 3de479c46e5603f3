// The capacity a site is rated for: every A级 scenic area rates and publishes its 最大承载量 and 瞬时承载量 (LB/T 034 景区最大承载量
// 核定导则), and plans, notices and 预案 restate those values as facts of the site with a copula or none (景区最大承载量为2.4万人次/日):
// the norm the flow is managed against, not a level to reach (g666's gold). A cap the plan sets on it (控制在…以内, as g19's gold
// counts) or a rise stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a rated capacity restated with a copula (最大承载量为…) is no target', () => {
  it('should support a rated capacity stated with 为 as no indicator', () => {
    expect(values('古镇景区瞬时承载量为3500人次，日最大承载量为1.2万人次。')).toEqual([]);
    expect(values('经核定，湿地公园最大承载量为8000人次/日。')).toEqual([]);
  });
  it('should not support a cap or a rise the plan sets on the capacity, as no indicator', () => {
    expect(values('节假日重点景区日最大承载量控制在2万人次以内。')).toEqual(['2|万人次|<=']);
    expect(values('通过扩建游步道，景区最大承载量提升至2.5万人次。')).toEqual(['2.5|万人次|=']);
  });
});
