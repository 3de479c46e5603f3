// A 考核 rule names whom it sanctions or rewards by their place in a ranking (考核排名后2位的县（市、区）由市政府约谈, 排名第1位的
// 单位给予通报表扬): the place, closed by 的 and the noun of who falls under the rule (a division's name with its bracketed kinds,
// 县（市、区）, 乡镇（街道）) and 由 the body that lays the sanction, is the rule's condition, never a level to reach, also after a
// clause that sets a target. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: a ranking place that names whom a 考核 rule sanctions (排名后2位的县（市、区）由…约谈)', () => {
  it('should support the place or threshold before a sanctioned division as no indicator', () => {
    expect(values('问题整改率达到95%，年度考核排名后2位的县（市、区）由市政府约谈。')).toEqual(['问题整改率|95|%']);
    expect(values('考核得分低于70分的乡镇（街道）由区农业农村局约谈主要负责人。')).toEqual([]);
    expect(values('巡查覆盖率达到100%，综合评价排名第1位的乡镇给予通报表扬。')).toEqual(['巡查覆盖率|100|%']);
  });
  it('should not support a ranking place the plan aims at as no indicator', () => {
    expect(values('问题整改率达到95%，综合考核排名保持全市前3位。').map((b) => b.split('|').slice(1).join('|'))).toEqual(['95|%', '3|位']);
  });
});
