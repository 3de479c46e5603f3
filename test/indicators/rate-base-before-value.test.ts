// The base a statistical rate is taken per, written with 每 between its verb and its value: the vehicles of the road death rate
// (每万车), the output of the production-safety and energy rates (每亿元, 每万元), as the national statistics define them. Like 每10万人
// and 每千平方公里 (src/indicators/predicate.ts PER_BASE), no part of the metric. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年安全生产工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the base of a rate between its verb and its value', () => {
  it('should support 每万车 before the road death rate', async () => {
    expect(await read('全市道路交通万车死亡率降至每万车1.6人以下。')).toEqual([['道路交通万车死亡率', 1.6, '人', '<=']]);
  });

  it('should support 每亿元 and 每万元 before rates per output', async () => {
    expect(await read('工矿商贸亿元地区生产总值死亡率控制在每亿元0.015人以内。')).toEqual([['工矿商贸亿元地区生产总值死亡率', 0.015, '人', '<=']]);
    expect(await read('规模以上工业单位增加值能耗下降到每万元0.6吨标准煤。')).toEqual([['规模以上工业单位增加值能耗', 0.6, '吨标准煤', '=']]);
  });

  it('should not support a count of vehicles or an amount of money as a base', async () => {
    expect(await read('更新新能源公交车120辆，安排专项资金3000万元。')).toEqual([
      ['新能源公交车', 120, '辆', '='],
      ['专项资金', 3000, '万元', '='],
    ]);
  });
});
