// A 规划 text (a 国土空间总体规划 above all) states the horizon its control values are set for with 规划, 近期 or 远期 before
// 到/至 and a year (规划至2035年，…; 近期到2025年，…；远期至2035年，…): the year governs its clause, as 到2035年 does alone, and no
// year of a sentence before reaches it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县国土空间总体规划（2021—2035年）', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: the horizon of a 规划 text', () => {
  it('should support 规划至 before a year as the deadline of its clause, after a base-year sentence', async () => {
    const out = await items(['一、耕地保护', '2020年，全县耕地面积为35.2万亩。规划至2035年，全县耕地保有量不低于34.6万亩，永久基本农田保护面积不低于29.8万亩。']);
    expect(out).toEqual([
      ['耕地面积', 35.2, 'actual', 2020],
      ['耕地保有量', 34.6, 'target', 2035],
      ['永久基本农田保护面积', 29.8, 'target', 2035],
    ]);
  });

  it('should support 规划到, 近期到 and 远期至 before a year as the deadline of their clauses', async () => {
    const out = await items(['二、生态保护', '2020年，全县湿地保护率为48%。近期到2025年，全县湿地保护率达到50%；远期至2035年，全县湿地保护率达到55%以上。规划到2035年，全县林地保有量不低于120万亩。']);
    expect(out).toEqual([
      ['湿地保护率', 48, 'actual', 2020],
      ['湿地保护率', 50, 'target', 2025],
      ['湿地保护率', 55, 'target', 2035],
      ['林地保有量', 120, 'target', 2035],
    ]);
  });

  it('should not support a year after a noun ending in 规划 as the deadline of the clauses after it', async () => {
    const out = await items(['三、实施', '2020年，全县耕地面积为35.2万亩，各乡镇国土空间规划至2035年编制完成，全县永久基本农田保护面积为29.8万亩。']);
    expect(out.map((i) => i[3])).toEqual([2020, 2020]);
  });
});
