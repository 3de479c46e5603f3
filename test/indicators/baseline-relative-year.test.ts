// A baseline from a year named relative to the one a text is of (由上年的32.6%下降至29.8%, 从去年的79.2岁提高到79.5岁): as a baseline
// from a year in digits (由2026年的…), it is that year's level — the year before an annual plan's, or before a review's — and the
// value reached is the text's own (grammar relativeYearsBack, predicate.ts, extract.ts yearsBack). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (title: string, heading: string, line: string) =>
  (await extract(`${title}\n${heading}\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: a baseline from a year named relative to the text', () => {
  it('should support 由上年的 in an annual plan as the year before its baseline', async () => {
    expect(await read('某市2027年卫生健康工作要点', '一、主要目标', '二级以上公立医院药占比由上年的31.5%降至29%。')).toEqual([
      ['二级以上公立医院药占比', 31.5, 'baseline', 2026],
      ['二级以上公立医院药占比', 29, 'target', 2027],
    ]);
    expect(await read('某县2027年工作计划', '一、工作目标', '人均预期寿命从去年的79.1岁提高到79.4岁。')).toEqual([
      ['人均预期寿命', 79.1, 'baseline', 2026],
      ['人均预期寿命', 79.4, 'target', 2027],
    ]);
  });

  it('should support 由前年的 in a review as two years before it', async () => {
    expect(await read('某县卫生健康局2026年工作总结', '一、主要成效', '孕产妇系统管理率由前年的88.2%提高到93.5%。')).toEqual([
      ['孕产妇系统管理率', 88.2, 'baseline', 2024],
      ['孕产妇系统管理率', 93.5, 'actual', 2026],
    ]);
  });

  it('should not support a comparison with last year as a baseline', async () => {
    expect(await read('某市2027年卫生健康工作要点', '一、主要目标', '婴儿死亡率较上年下降0.2个千分点。')).toEqual([['婴儿死亡率', 0.2, 'change', 2027]]);
  });
});
