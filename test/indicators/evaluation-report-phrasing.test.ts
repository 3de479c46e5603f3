// Phrasings of plan evaluation reports (实施情况评估报告) and of 卫生健康 annual plans met in acc66's blind documents, written
// for these tests (not copied from them).
import { describe, expect, it } from 'vitest';
import { brief, documentItems, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const FIVE_YEAR: PlanYears = { years: [2021, 2025], annual: false };
const vu = (items: Item[]) => brief(items).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: all the county-level divisions, written 县（市、区）, reaching full coverage', () => {
  it('should support such a count before 全覆盖 as a fact of the territory, not a target', () => {
    expect(indicators('推行家庭医生签约服务包，年内实现11个县（市、区）全覆盖。', ANNUAL_2027)).toEqual([]);
    expect(indicators('婚前医学检查与孕前优生健康检查一站式服务实现9个县（区）全覆盖。', ANNUAL_2027)).toEqual([]);
  });
  it('should not support new divisions, or divisions with a bound, as the territory', () => {
    expect(vu(indicators('新增3个县（市、区）实现医共体信息平台全覆盖。', ANNUAL_2027))).toEqual(['3|个|=']);
    expect(vu(indicators('不少于6个县（市、区）实现全覆盖。', ANNUAL_2027))).toEqual(['6|个|>=']);
  });
});

describe('indicators: an evaluation report tallying the plan\'s own indicators (N项指标完成, N项未完成)', () => {
  it('should support counts of the plan\'s indicators and of how many were met as no indicator', () => {
    expect(indicators('评估组对规划确定的24项主要指标和重点项目逐一进行了核验。', FIVE_YEAR)).toEqual([]);
    expect(indicators('截至2025年底，19项指标完成或超额完成，3项基本完成，2项未完成。', FIVE_YEAR)).toEqual([]);
    expect(indicators('纳入考核的8项约束性指标均已完成。', FIVE_YEAR)).toEqual([]);
  });
  it('should not support a count of things measured or of tasks done as the plan\'s indicators', () => {
    expect(vu(indicators('市疾控中心可检测106项指标，年内新增检测项目12项。', ANNUAL_2027))).toContain('12|项|=');
    expect(vu(indicators('全年完成重点改革任务15项。', ANNUAL_2027))).toEqual(['15|项|=']);
    expect(vu(indicators('2025年，全县建成高标准农田3.2万亩，12项民生实事全部完成。', FIVE_YEAR))).toContain('3.2|万亩|=');
  });
});

describe('indicators: the field a ranking is among (在全市N个县（市、区）中排名第M位)', () => {
  const review = (...lines: string[]) => documentItems(['某县“十四五”规划实施情况总结评估报告', '一、主要指标完成情况', ...lines].join('\n'));
  it('should support the count of the field ranked as no indicator', async () => {
    expect(await review('2025年，全县一般公共预算收入在全市14个县（市、区）中排名第5位，县域经济综合实力在全省83个县中位居第21位。')).toEqual([]);
    expect((await review('2025年，全县人均可支配收入在全市11个县（市、区）中位次前移2位。')).map((b) => b.split('|')[1])).toEqual(['2']);
    expect(await review('2025年，营商环境评价在参评的30个城市中位列第6位。')).toEqual([]);
  });
  it('should not support a count that is no field of a ranking, or a rank target, as such', async () => {
    expect((await review('2025年，全县新增规上工业企业20家，其中4家进入全市百强。')).map((b) => b.split('|')[1])).toContain('20');
    expect(vu(indicators('在全省营商环境评价中排名进入前10位。', ANNUAL_2027))).toEqual(['10|位|<=']);
  });
});
