// A frame that says how an amount is measured (以乡镇为单位, 按常住人口计算, 按户籍人口统计: grammar frames.measureClosers) may
// stand after the metric, before its verb, as well as before the metric: either way it is no part of the name
// (src/indicators/metric.ts measureFrameStart). A word ending in such a closer with no opener before it stays in the name.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a frame of measurement after the metric', () => {
  it('should support 以…为单位 between a rate and its verb', async () => {
    expect(await read('某县2027年疾病预防控制工作要点\n一、主要目标\n适龄儿童国家免疫规划疫苗接种率以村（社区）为单位保持在95%以上。')).toEqual([
      ['适龄儿童国家免疫规划疫苗接种率', 95, '%', '>='],
    ]);
  });

  it('should support 按…计算 and 按…统计 between an amount and its verb', async () => {
    expect(await read('某市2027年城市建设工作要点\n一、主要目标\n人均公园绿地面积按常住人口计算达到15平方米，孕产妇死亡率按户籍人口统计控制在8/10万以下。')).toEqual([
      ['人均公园绿地面积', 15, '平方米', '='],
      ['孕产妇死亡率', 8, '/10万', '<='],
    ]);
  });

  it('should not support a closer with no frame opener before it as a frame', async () => {
    expect(await read('某市2027年统计工作要点\n一、主要目标\n统计数据质量抽查合格率达到98%，联网直报统计达到100%。')).toEqual([
      ['统计数据质量抽查合格率', 98, '%', '='],
      ['联网直报统计', 100, '%', '='],
    ]);
  });
});
