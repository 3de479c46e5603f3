// 届 counts the editions of a recurring event: 妇联, 文旅, 体育 and 科协 plans set the contests, festivals and games they will hold
// or host in the year with it (举办女性创新创业大赛1届, 举办社区文化节2届), as 场 and 次 count events. Only after digits: an ordinal
// (第3届) labels an event and a cohort year (2027届毕业生) is a date. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: editions of an event counted in 届', () => {
  it('should support a count of editions of an event the plan holds or hosts', () => {
    expect(items('举办乡村振兴创意设计大赛1届。')).toEqual(['乡村振兴创意设计大赛|1|届']);
    expect(items('全年举办社区邻里文化节2届。')).toEqual(['社区邻里文化节|2|届']);
  });
  it('should not support an ordinal edition or a graduates\' cohort year as a count of editions', () => {
    expect(items('筹备召开第5届职工代表大会。')).toEqual([]);
    expect(items('做好2027届高校毕业生离校服务工作。')).toEqual([]);
  });
});
