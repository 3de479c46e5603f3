// A cadence right before a count of times, with no verb between (宫颈癌筛查每5年1次, 复查每两年1次), is the interval a screening
// or follow-up rule sets for the act named before it, how often that act is done, not a number of acts to reach: no item, as
// 每年1次 after the act already is (src/indicators/shapes.ts procedural). A bound word, or a verb and an event after the cadence
// (每两年开展1次评选, which the set counts), still sets a target.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某市重点癌症早诊早治工作方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a screening interval written as a cadence after the act', () => {
  it('should support a cadence of several years after a screening act as no item', async () => {
    expect(await items('对适龄居民开展结直肠癌筛查，肠镜检查每5年1次、粪便潜血检测每2年1次。')).toEqual([]);
    expect(await items('胃镜复查每两年1次。')).toEqual([]);
  });

  it('should not support a bounded count, or a count of an event after a cadence, as no item', async () => {
    expect(await items('肠镜复查每5年不少于1次。')).toEqual([[1, '次']]);
    expect(await items('每两年开展1次优秀筛查机构评选。')).toEqual([[1, '次']]);
    expect(await items('全年开展肺癌筛查3次。')).toEqual([[3, '次']]);
  });
});
