// A term right after 最长 with no bound word (提供最长7天免费住宿, 租期最长5年): the longest a benefit, a service or a permission runs,
// what one may be given at most, a term of the policy as 最高 gives the top of a support standard, no level the plan reaches. The
// set's gold leaves out 补贴期限最长3年 and keeps the cap 补贴期限最长不超过3年 (g236); g636 leaves out 最长7天免费住宿. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => names(text, ANNUAL_2027).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the longest term of a benefit (最长N天)', () => {
  it('should support a term right after 最长 as no indicator', () => {
    expect(values('青年驿站为来市求职的应届毕业生提供最长14天免费入住服务。')).toEqual([]);
    expect(values('对符合条件的创业项目，给予最长2年的场地租金减免。')).toEqual([]);
    expect(values('驿站提供最长7天免费住宿，全年服务求职人员3000人次以上。')).toEqual(['3000|人次']);
  });
  it('should not support dropping a capped term, a metric named with 最长, or a target next to the term', () => {
    expect(values('创业担保贷款贴息期限最长不超过3年。')).toEqual(['3|年']);
    expect(values('全市最长通勤时间缩短到45分钟以内。')).toEqual(['45|分钟']);
  });
});
