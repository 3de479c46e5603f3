// An annual plan's preamble that reviews the year before it after its sentence of purpose (…制定本要点。2026年，全市…) with bare counts and amounts: levels reached of that
// year, as in a section headed 工作回顾. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年基层卫生工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: a past year reviewed in an annual plan\'s preamble', () => {
  it('should support bare counts of the year before the plan, after a sentence of purpose, as levels reached of that year', async () => {
    const out = await items(['为做好全年基层卫生工作，制定本要点。2026年，全县基层门急诊量98.6万人次，乡镇卫生院住院2.3万人次，基层诊疗量占比为61.2%。2027年工作要点如下。', '一、主要目标', '基层诊疗量占比达到65%。']);
    expect(out.map((i) => [i[1], i[2], i[4], i[5]])).toEqual([
      [98.6, '万人次', 'actual', 2026],
      [2.3, '万人次', 'actual', 2026],
      [61.2, '%', 'actual', 2026],
      [65, '%', 'target', 2027],
    ]);
  });

  it('should not support a bare count in a sentence of the plan year, or in one of a deadline, as an item', async () => {
    const out = await items(['2027年，全县乡镇卫生院42家，村卫生室310个。', '一、主要目标', '到2027年底，全县基层门急诊量100万人次。']);
    expect(out).toEqual([]);
  });

  it('should not support the count of the set a past total is measured over as a level of its own', async () => {
    const out = await items(['为做好全年节能工作，制定本要点。2026年，全县186家公共机构用水总量为92.4万立方米。', '一、主要目标', '对全县12条流域面积50平方公里以上河流开展清淤疏浚。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [92.4, '万立方米', 'actual'],
      [12, '条', 'target'],
    ]);
  });

  it('should not support a bare amount before a later clause of a past year as a level of that year', async () => {
    const out = await items(['一、主要目标', '以上项目计划总投资2.6亿元，2026年同类项目已完成投资1.8亿元。']);
    expect(out.map((i) => [i[1], i[4], i[5]])).toEqual([[1.8, 'actual', 2026]]);
  });
});
