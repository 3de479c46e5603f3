// Air concentrations in the SI symbols of GB 3095 as 生态环境 plans type them: μg/m³ with the cube as ³ or 3 and the micro as
// μ, µ (the micro sign, reported as μ) or a plain u. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某区2027年大气污染防治工作要点', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
  ]);

describe('indicators: air concentrations in μg/m³', () => {
  it('should support a cap in μg/m³', async () => {
    expect(await items('全区可吸入颗粒物（PM10）年均浓度控制在52μg/m³以内。')).toEqual([['可吸入颗粒物（PM10）年均浓度', 52, 'μg/m³', '<=']]);
  });

  it('should support the cube written as a plain 3', async () => {
    expect(await items('城区二氧化硫年均浓度不高于9μg/m3。')).toEqual([['城区二氧化硫年均浓度', 9, 'μg/m3', '<=']]);
  });

  it('should support the micro sign µ, reported as μ', async () => {
    expect(await items('全区细颗粒物平均浓度下降到28µg/m³以下。')).toEqual([['细颗粒物平均浓度', 28, 'μg/m³', '<=']]);
  });

  it('should support a plain u for the micro', async () => {
    expect(await items('臭氧浓度控制在140ug/m3以下。')).toEqual([['臭氧浓度', 140, 'ug/m3', '<=']]);
  });

  it('should support a measured level in a review', async () => {
    expect(await items('2026年，全区PM2.5平均浓度为27.6μg/m³。')).toEqual([['PM2.5平均浓度', 27.6, 'μg/m³', '=']]);
  });

  it('should not support a concentration that picks out the sites a rule applies to', async () => {
    expect(await items('对小时浓度高于75μg/m³的站点，立即启动溯源排查。')).toEqual([]);
  });
});
