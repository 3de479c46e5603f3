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
