// The share a group of the population makes of the whole (…少数民族人口12万人，占常住人口的8.5%; 老年人口占总人口的21%) is the
// composition of the population, which the 基本情况 part of a plan or notice states as it stands (census and registration figures);
// plans set no share of a people or an age group to reach, so it is a measured level (actual), not a target of the plan's year
// (grammars/indicators.yaml populationShare). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const kinds = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 6).join('|'));

describe('indicators: a population group\'s share of the whole population (…人口…，占常住人口的N%)', () => {
  it('should support the share after the group\'s count as an actual level with no year', () => {
    expect(kinds('全县少数民族人口4.2万人，占常住人口的9.6%，主要分布在东部山区。')).toContain('9.6|%|=|actual|');
    expect(kinds('全区60岁及以上老年人口占户籍人口的23.4%，人口老龄化程度较深。')).toContain('23.4|%|=|actual|');
  });
  it('should not support a share the plan sets with a verb, or a rate of something other than a population, as actual', () => {
    expect(kinds('城镇人口占常住人口的比重达到62%。')).toEqual(['62|%|=|target|2027']);
    expect(kinds('全年新增就业人员中高校毕业生占比达到40%以上。')).toEqual(['40|%|>=|target|2027']);
    expect(kinds('签约服务人数占常住人口的比例力争达到45%。')).toEqual(['45|%|=|target|2027']);
  });
});
