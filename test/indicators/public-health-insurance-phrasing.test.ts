// Phrasings of 卫生健康, 医疗保障 and 公共卫生 plans met in acc40's blind documents, written for these tests (not copied from them).
import { describe, expect, it } from 'vitest';
import { brief, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const THREE_YEAR: PlanYears = { years: [2026, 2028], annual: false };
const vu = (items: Item[]) => brief(items).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: unannounced inspections, supervision reviews and epidemic risk assessments as oversight steps', () => {
  it('should support how often such a step recurs as a working rule, not a target', () => {
    expect(indicators('每季度组织1次定点医药机构飞行检查。', ANNUAL_2027)).toEqual([]);
    expect(indicators('各牵头单位每半年开展1次督导评估，结果通报各县区。', THREE_YEAR)).toEqual([]);
    expect(indicators('疾控中心每月开展1次突发公共卫生事件风险评估。', ANNUAL_2027)).toEqual([]);
    expect(indicators('每季度开展一次重点传染病疫情风险评估。', ANNUAL_2027)).toEqual([]);
  });
  it('should not support a person\'s risk assessment (a service), a year\'s total or a bounded frequency as a routine', () => {
    expect(vu(indicators('每年为高血压患者提供1次心血管疾病风险评估。', THREE_YEAR))).toEqual(['1|次|=']);
    expect(vu(indicators('全年开展药品流通领域飞行检查4次。', ANNUAL_2027))).toEqual(['4|次|=']);
    expect(vu(indicators('每季度开展飞行检查不少于2次。', ANNUAL_2027))).toEqual(['2|次|>=']);
  });
});

describe('indicators: outlays and balances of budgets and insurance funds (支出, 结余)', () => {
  it('should support an outlay or a balance given bare after 支出 or 结余, as an income after 收入', () => {
    expect(vu(indicators('2026年，居民医保基金当期结余1.3亿元，累计结余9.8亿元。', ANNUAL_2027))).toEqual(['1.3|亿元|=', '9.8|亿元|=']);
    expect(brief(indicators('2026年，全区城乡居民医保基金支出18.6亿元。', ANNUAL_2027))).toEqual(['城乡居民医保基金支出|18.6|亿元|=|actual|2026']);
    expect(vu(indicators('职工医保统筹基金收入9.2亿元、支出8.7亿元。', ANNUAL_2027))).toEqual(['9.2|亿元|=', '8.7|亿元|=']);
  });
  it('should not support a share of outlays as an amount, a sum whose noun follows the verb 支出 as the outlay\'s, nor 结余 with no number', () => {
    expect(brief(indicators('民生支出占一般公共预算支出比重保持在78%以上。', THREE_YEAR))).toEqual(['民生支出占一般公共预算支出比重|78|%|>=|target|']);
    expect(brief(indicators('累计支出临时救助资金860万元。', THREE_YEAR)).map((b) => b.split('|')[0])).not.toContain('支出');
    expect(indicators('推行医保基金“总额预算、结余留用”，结余资金用于提升服务能力。', ANNUAL_2027)).toEqual([]);
  });
});

describe('indicators: the whole territory\'s divisions as the subject of full coverage (全县N个乡镇实现…全覆盖)', () => {
  it('should support such a count as a fact of the territory, not a target', () => {
    expect(indicators('全县16个乡镇实现标准化预防接种门诊全覆盖。', THREE_YEAR)).toEqual([]);
    expect(indicators('全区9个街道（镇）均实现医保服务站全覆盖，群众就近办事更加便利。', ANNUAL_2027)).toEqual([]);
  });
  it('should not support new divisions reaching coverage, nor units of service counted before 实现, as the territory', () => {
    expect(vu(indicators('新增5个乡镇实现污水管网全覆盖。', THREE_YEAR))).toEqual(['5|个|=']);
    expect(vu(indicators('全县新建4个乡镇实现急救站点全覆盖。', THREE_YEAR))).toEqual(['4|个|=']);
  });
});

describe('indicators: the accounts of one fund written with the fund named once', () => {
  it('should support an account alone after another account of a fund or budget as that fund\'s', () => {
    expect(brief(indicators('2026年，全区居民医保基金收入6.1亿元，支出5.7亿元，累计结余3.9亿元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['居民医保基金收入', '居民医保基金支出', '居民医保基金累计结余']);
    expect(brief(indicators('2026年，全县一般公共预算收入21.5亿元、支出46.8亿元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['一般公共预算收入', '一般公共预算支出']);
  });
  it('should not support a household\'s income as a fund, nor a named account as elided', () => {
    expect(brief(indicators('全县农村居民人均可支配收入达到2.6万元，支出1.9万元。', THREE_YEAR)).map((b) => b.split('|')[0])).not.toContain('农村居民人均可支配支出');
    expect(brief(indicators('2026年，职工医保基金收入8亿元，生育保险基金支出0.6亿元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['职工医保基金收入', '生育保险基金支出']);
  });
});

describe('indicators: a demonstrative pointing back to the metric just named (该比例, 这一比重, 上述指标)', () => {
  it('should support 该比例 as the metric before it, in the same sentence or a later one of the paragraph', () => {
    expect(brief(indicators('2026年底前，40%的社区卫生服务中心达到服务能力推荐标准；2028年底前，该比例提高到60%。', THREE_YEAR)).map((b) => b.split('|')[0])).toEqual(['达到服务能力推荐标准的社区卫生服务中心比例', '达到服务能力推荐标准的社区卫生服务中心比例']);
    expect(brief(indicators('全区孕产妇系统管理率达到92%。这一比例较上年提高1.5个百分点。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['孕产妇系统管理率', '孕产妇系统管理率']);
  });
  it('should not support a demonstrative before a named metric, or one with nothing named before it, as pointing back', () => {
    expect(brief(indicators('全区孕产妇系统管理率达到92%，该区域婴儿死亡率控制在3‰以下。', ANNUAL_2027)).map((b) => b.split('|')[0])[1]).toContain('婴儿死亡率');
    expect(brief(indicators('该比例达到50%。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['该比例']);
    expect(brief(indicators('40%的社区卫生服务中心达到推荐标准。二级以上医院达到30家，该比例提高到60%。', ANNUAL_2027)).map((b) => b.split('|')[0])[2]).toBe('达到推荐标准的社区卫生服务中心比例');
  });
});

describe('indicators: the word for a sum alone after a verb that pays out (资助金额, 补助金额)', () => {
  it('should support the verb as part of the sum\'s name', () => {
    expect(brief(indicators('2026年，全县资助困难人员参保2.3万人，资助金额1380万元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toContain('资助金额');
    expect(brief(indicators('全年发放残疾人两项补贴，补助金额达到920万元。', ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'))).toContain('补助金额|920|万元');
  });
  it('should not support a named sum taking the verb a second time, nor a sum word inside a longer name', () => {
    expect(brief(indicators('实施医疗救助2.1万人次，救助金额1650万元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toContain('救助金额');
    expect(brief(indicators('发放创业担保贷款金额3亿元。', ANNUAL_2027)).map((b) => b.split('|')[0])).not.toContain('发放金额');
  });
});
