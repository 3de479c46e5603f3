// A review of a term (过去五年, 五年来) writes its totals after the levels it reached: …由2021年的X增加到2026年的Y；五年累计完成…，
// 累计新增…，累计改造…. The ；-part that opens with 五年累计 sums over the five years, and so does every later clause of that part
// that opens with the sum word alone (累计): those totals belong to no one year, not to the 2026 of the ；-part before. A date of the
// clause's own (截至2026年底，累计建成…) still governs it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const years = async (sentence: string) =>
  (await extract(['某县政府工作报告', '一、过去五年和2026年工作回顾', sentence].join('\n'), { path: 'report.txt' })).indicators.map((i) => `${i.value}${i.unit}|${i.kind}|${i.year}`);

describe('indicators: later sums of a ；-part that opens with a sum over N years', () => {
  it('should support year null for a later 累计 clause of a 五年累计 part after a dated level', async () => {
    expect(await years('全县财政收入由2021年的8.2亿元增加到2026年的11.6亿元；五年累计争取上级资金64亿元，累计新建农村公路420公里。')).toEqual([
      '8.2亿元|baseline|2021',
      '11.6亿元|actual|2026',
      '64亿元|actual|null',
      '420公里|actual|null',
    ]);
  });

  it('should support it for every later 累计 clause of the part', async () => {
    const out = await years('城镇居民人均可支配收入由2021年的35100元增加到2026年的44200元；三年累计改造老旧小区56个，累计新增停车位3200个，累计建成口袋公园18个。');
    expect(out.slice(2)).toEqual(['56个|actual|null', '3200个|actual|null', '18个|actual|null']);
  });

  it('should not support dropping the date of the clause\'s own', async () => {
    const out = await years('全县森林覆盖率由2021年的66.1%提高到2026年的67.4%；五年累计完成造林3.2万亩，截至2026年底，累计建成充电桩1800个。');
    expect(out[out.length - 1]).toEqual('1800个|actual|2026');
  });

  it('should not support year null for a 累计 clause of a ；-part that opens with no number of years', async () => {
    const out = await years('2026年，全县财政收入达到11.6亿元；累计新建农村公路85公里。');
    expect(out[out.length - 1]).toEqual('85公里|actual|2026');
  });
});
