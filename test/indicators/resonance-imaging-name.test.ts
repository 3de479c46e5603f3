// 共 is an adverb inside a metric phrase (全年共开展…, 三岛共整治…: grammar innerAdverbs) and dropped from the name, but not in the
// words it is a character of (notInnerAdverbs): 共振 of 磁共振 and 核磁共振, the imaging a hospital's indicators name. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const metrics = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: 共振 in the name of an imaging metric', () => {
  it('should support 磁共振 and 核磁共振 whole in a metric name', async () => {
    expect(await metrics('某县人民医院2027年工作计划\n磁共振检查阳性率不低于75%，核磁共振检查预约等候时间不超过3天。')).toEqual([
      ['磁共振检查阳性率', 75],
      ['核磁共振检查预约等候时间', 3],
    ]);
  });

  it('should not support 共 as part of the name where it is an adverb', async () => {
    expect(await metrics('某县人民医院2027年工作计划\n全年共开展义诊活动12场。')).toEqual([['义诊活动', 12]]);
  });
});
