// Rates of one population listed after it, the later ones by their act alone (高血压患者知晓率、治疗率、控制率): health and
// service statistics name each rate with the population it is taken over, which the first names before its own act
// (metric.ts withSharedPopulation). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: rates of one population named by their acts', () => {
  it('should support later rates named by an act alone taking the population of the first', async () => {
    expect(await read('2型糖尿病患者知晓率、治疗率分别达到55%和50%。')).toEqual([
      ['2型糖尿病患者知晓率', 55],
      ['2型糖尿病患者治疗率', 50],
    ]);
    expect(await read('肺结核患者规范管理率、服药率均达到90%以上。')).toEqual([
      ['肺结核患者规范管理率', 90],
      ['肺结核患者服药率', 90],
    ]);
  });

  it('should not support a later rate that names a subject of its own', async () => {
    expect(await read('孕产妇死亡率、婴儿死亡率分别控制在9/10万和4‰以下。')).toEqual([
      ['孕产妇死亡率', 9],
      ['婴儿死亡率', 4],
    ]);
  });

  it('should not support a first rate taken over no population of people', async () => {
    expect(await read('法定传染病报告率、处置率均达到100%。')).toEqual([
      ['法定传染病报告率', 100],
      ['处置率', 100],
    ]);
  });
});
