// Grades listed by their numerals (二、三级医院, 三、四级手术, 一、二类, 1、2型): official writing abbreviates 二级、三级 by writing the
// classifier once, after the last numeral. Spread over by a distributor, each grade takes one value and its name is the numeral with
// the classifier and what follows it (metric.ts gradeNames); with one value the grades are one noun (三、四级手术占比 is counted in
// one figure). Opening a line, the first numeral is no outline marker (markerLength), as the outline grammar says of 一、二级医院.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.text]);

describe('indicators: grades listed by their numerals', () => {
  it('should support one value for each grade after a distributor', async () => {
    expect((await read('全县二、三级医院门诊预约率分别达到55%、65%以上。')).map((r) => r.slice(0, 2))).toEqual([
      ['二级医院门诊预约率', 55],
      ['三级医院门诊预约率', 65],
    ]);
    expect((await read('县中医院三、四级手术占比分别提高到25%和12%。')).map((r) => r.slice(0, 2))).toEqual([
      ['县中医院三级手术占比', 25],
      ['县中医院四级手术占比', 12],
    ]);
    expect((await read('1、2型糖尿病患者血糖控制率分别达到60%、55%。')).map((r) => r[0])).toEqual(['1型糖尿病患者血糖控制率', '2型糖尿病患者血糖控制率']);
  });

  it('should support a grade list opening a line, which is no marker', async () => {
    expect(await read('二、三级公立医院平均住院日分别控制在7.5天和8.5天以内。')).toEqual([
      ['二级公立医院平均住院日', 7.5, '二、三级公立医院平均住院日分别控制在7.5天和8.5天以内'],
      ['三级公立医院平均住院日', 8.5, '二、三级公立医院平均住院日分别控制在7.5天和8.5天以内'],
    ]);
    expect(await read('一、二类疫苗报告接种率保持在95%以上。')).toEqual([['一、二类疫苗报告接种率', 95, '一、二类疫苗报告接种率保持在95%以上']]);
  });

  it('should not support parting grades that one value is given together', async () => {
    expect((await read('推动全院三、四级手术占比达到40%。')).map((r) => r[0])).toEqual(['全院三、四级手术占比']);
    expect((await read('全县二、三级医院日间手术占择期手术比例达到20%。')).map((r) => r.slice(0, 2))).toEqual([['二、三级医院日间手术占择期手术比例', 20]]);
  });

  it('should not support a grade inside a name or a marker before a heading as a grade list', async () => {
    expect((await read('二级以上医院检查检验结果互认率达到90%。')).map((r) => r[0])).toEqual(['二级以上医院检查检验结果互认率']);
    expect((await read('二、全县孕产妇系统管理率达到92%。')).map((r) => r.slice(0, 2))).toEqual([['孕产妇系统管理率', 92]]);
  });
});
