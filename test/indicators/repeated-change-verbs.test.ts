// 递增 / 递减: a change repeated each period (财政投入每年递增10%, 签约率逐年递增3个百分点) is a change as 每年增长 is; 年均递增 is a
// yearly average rate as 年均增长 is. The verb is no part of the metric. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: verbs of a change repeated each period', () => {
  it('should support 递增 and 递减 as change verbs, left out of the metric', () => {
    expect(items('基本公共卫生服务经费每年递增10%。')).toEqual(['基本公共卫生服务经费|10|%|=|change|2024']);
    expect(items('重点人群签约率逐年递增3个百分点。')).toEqual(['重点人群签约率|3|个百分点|=|change|2024']);
    expect(items('药品耗材费用占比每年递减2个百分点。')).toEqual(['药品耗材费用占比|2|个百分点|=|change|2024']);
  });
  it('should support 年均递增 as the yearly average rate 年均增长 is', () => {
    expect(items('卫生健康事业经费年均递增8%以上。')).toEqual(items('卫生健康事业经费年均增长8%以上。'));
  });
  it('should not support 递增 without a number as a value', () => {
    expect(items('财政投入逐年递增，保障水平不断提高。')).toEqual([]);
  });
});
