// 征收 is the verb of a fee or levy a body collects by law (人防's 防空地下室易地建设费, 水利's 水资源费, 自然资源's 土地出让收入): the
// sum collected in a year is the revenue a review reports or a plan sets, counted after the verb as 征缴 counts contributions
// (g644's gold: 征收防空地下室易地建设费1280万元 in a 2026 review). The rate it is levied at per unit stays a standard. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 5).join('|'));

describe('indicators: a fee or levy collected after 征收 (征收…费N万元)', () => {
  it('should support the sum collected as an item', () => {
    expect(items('全年依法征收水资源费860万元。')).toEqual(['征收水资源费|860|万元|=|target']);
    expect(items('2026年，全市征收城市基础设施配套费3.2亿元，完成年度计划的108%。').slice(0, 1)).toEqual(['征收城市基础设施配套费|3.2|亿元|=|actual']);
  });
  it('should not support the rate a fee is levied at per unit, or a fee with no sum, as an item', () => {
    expect(items('易地建设费按每平方米1500元标准征收，全部缴入国库。')).toEqual([]);
    expect(items('依法征收污水处理费，征收率达到98%。')).toEqual(['征收率|98|%|=|target']);
  });
});
