// A figure that official writing attributes to a census, a survey or the statistics (据第七次全国人口普查，…; 据抽样调查，…;
// 据监测数据显示，…) is what that census or survey measured, a level that stands (kind actual), never what the plan sets; 根据/依据
// a survey (根据调查结果，制定…) bases an action on it and sets targets as usual, and a date of the plan after the attribution
// (…，到2027年提高到…) still sets a target. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const kinds = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => { const p = b.split('|'); return [p[0], p[1], p[4], p[5]].join('|'); });

describe('indicators: a figure attributed to a census or survey (据…普查，)', () => {
  it('should support a level cited from a census or survey as actual, of no year carried from before the attribution', () => {
    expect(kinds('2027年是全面发力之年。据第七次全国人口普查，全县独居老年人口占比为9.8%。')).toEqual(['独居老年人口占比|9.8|actual|']);
    expect(kinds('据统计，2026年全县新增城镇就业3200人。')).toEqual(['新增城镇就业|3200|actual|2026']);
    expect(kinds('据第七次全国人口普查，全县60岁以上老年人口占比达到21.6%。')).toEqual(['60岁以上老年人口占比|21.6|actual|']);
    expect(kinds('据抽样调查显示，全区居民健康素养水平为27.4%。')).toEqual(['居民健康素养水平|27.4|actual|']);
  });
  it('should not support a target after 根据 a survey, or a target of the plan after the attribution, as actual', () => {
    expect(kinds('根据调查结果，制定整改清单，问题整改完成率达到100%。')).toEqual(['问题整改完成率|100|target|2027']);
    expect(kinds('依据监测数据，及时发布预警，预警信息发布率达到95%以上。')).toEqual(['预警信息发布率|95|target|2027']);
    expect(kinds('据抽样调查，全区居民健康素养水平为27.4%，到2027年提高到30%。')).toEqual(['居民健康素养水平|27.4|actual|', '居民健康素养水平|30|target|2027']);
  });
});
