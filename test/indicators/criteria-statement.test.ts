// The criteria a unit must meet to be recognised, rated or to apply (认定标准为…不少于…、…不少于…; 申报条件：…不低于…，…): 公文 that
// create or list 基地, 示范点 and 项目 state what qualifies after a criteria noun and a copula; those bounds are conditions of entry,
// no level the plan is to reach (g684's gold). A count of units to recognise before the criteria, and a criteria noun with a change
// verb (认定标准提高到…), stay. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the bounds a criteria statement sets (认定标准为…不少于…)', () => {
  it('should support the thresholds after a criteria noun and its copula as no indicator', () => {
    expect(values('年内命名一批市级研学实践基地，认定标准为场馆面积不少于800平方米、年接待学生不少于5000人次。')).toEqual([]);
    expect(values('重点支持中小企业技术改造，申报条件：上年度营业收入不低于2000万元，研发投入占比不低于3%。')).toEqual([]);
  });
  it('should not support a count to recognise before the criteria, or a criteria noun with a change verb, as no indicator', () => {
    expect(values('新增市级研学实践基地12个，认定标准为场馆面积不少于800平方米。')).toContain('12|个');
    expect(values('全市研学实践基地认定标准提高到场馆面积不少于1000平方米，新认定基地10个。')).toContain('10|个');
    expect(values('全市达到认定标准的研学实践基地达到30个。')).toEqual(['30|个']);
  });
});
