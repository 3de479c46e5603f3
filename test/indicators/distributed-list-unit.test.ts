// A list of values distributed over several metrics with its one unit written after the last value (颗粒物、二氧化硫、氮氧化物排放浓度
// 分别不高于10、35、50毫克/立方米): every member has that unit, as 3万和5万亩 share the 亩. Also the units of dust deposition
// (吨/平方公里·月) and of water concentrations (毫克/升). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某市2027年污染防治工作方案', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
  ]);

describe('indicators: one unit written after the last value of a distributed list', () => {
  it('should support bare values joined by 、 after 分别 and a bound, the unit after the last', async () => {
    expect(await items('燃煤电厂烟尘、二氧化硫、氮氧化物排放浓度分别不高于5、30、45毫克/立方米。')).toEqual([
      ['燃煤电厂烟尘排放浓度', 5, '毫克/立方米', '<='],
      ['二氧化硫排放浓度', 30, '毫克/立方米', '<='],
      ['氮氧化物排放浓度', 45, '毫克/立方米', '<='],
    ]);
  });

  it('should support a list of rates with the % once and a bound after it', async () => {
    expect(await items('二级、三级医院预约诊疗率分别达到60、70%以上。')).toEqual([
      ['二级医院预约诊疗率', 60, '%', '>='],
      ['三级医院预约诊疗率', 70, '%', '>='],
    ]);
  });

  it('should support 毫克/升, the concentration of water, in such a list', async () => {
    expect(await items('污水处理厂出水氨氮、总磷浓度分别控制在1.5、0.3毫克/升以内。')).toEqual([
      ['污水处理厂出水氨氮浓度', 1.5, '毫克/升', '<='],
      ['总磷浓度', 0.3, '毫克/升', '<='],
    ]);
  });

  it('should not support bare numbers before a year, nor a list with no distributor', async () => {
    expect(await items('两批试点分别于2026、2027年底前完成验收。')).toEqual([]);
    expect(await items('做好第3、4期工程的前期工作。')).toEqual([]);
  });
});

describe('indicators: dust deposition per square kilometre and month', () => {
  it('should support 吨/平方公里·月 and its bracketed spelling as the unit', async () => {
    expect(await items('城区平均降尘量不高于4.2吨/平方公里·月。')).toEqual([['城区平均降尘量', 4.2, '吨/平方公里·月', '<=']]);
    expect(await items('全市降尘量控制在5吨/(平方公里·月)以内。')).toEqual([['降尘量', 5, '吨/(平方公里·月)', '<=']]);
  });

  it('should not support a monthly routine of the deposition monitoring as a value', async () => {
    expect(await items('降尘量每月监测1次。')).toEqual([]);
  });
});
