// How 供电公司 and 电网 plans state their figures: main transformers sized in megavolt-amperes (兆伏安), and the electricity sold,
// supplied or traded (售电量, 供电量, 交易电量: grammar amountHeads 电量) written bare after 完成 as 发电量 and 用电量 are.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县供电公司2027年重点工作安排') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: grid supply units and statistics', () => {
  it('should support a main transformer capacity raised from one value in 兆伏安 to another', async () => {
    const out = await items(['一、电网建设', '完成220千伏东湖变2号主变扩建，主变容量由120兆伏安增至180兆伏安。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [120, '兆伏安', 'baseline'],
      [180, '兆伏安', 'target'],
    ]);
  });

  it('should support the electricity sold and supplied, written bare after 完成', async () => {
    const out = await items(['一、主要目标', '2027年，公司完成售电量18.6亿千瓦时；全年完成供电量19.9亿千瓦时。']);
    expect(out.map((i) => [i[1], i[2], i[4], i[5]])).toEqual([
      [18.6, '亿千瓦时', 'target', 2027],
      [19.9, '亿千瓦时', 'target', 2027],
    ]);
  });

  it('should not support 兆 bandwidth read as 兆伏安, nor a voltage class naming a line', async () => {
    const out = await items(['一、主要目标', '营业厅专网带宽不低于200兆，对10千伏城南线实施切改。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[200, '兆']]);
  });
});
