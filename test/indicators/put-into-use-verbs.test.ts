// 投用, 投运 and 投入使用 ("put into use, into service") are the second verb of the delivery pairs plans count facilities with
// (建成投用社区食堂20个, 建成投运充电站15座, 建成并投入使用城市书房8个), as 投产 is of 建成投产: the object after them alone names
// what is counted. A pair after its object (验收投用80部) stays in the name, and inside a noun (投用率) the rate keeps the verb.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 投用, 投运 and 投入使用 before an object and a count', () => {
  it('should support the object alone as the name after 建成投用, 建成投运 and 建成并投入使用', async () => {
    expect(await read('某区2027年民生实事工作方案\n建成投用社区长者食堂12个，建成投运公共充电站20座，建成并投入使用城市书房6个。')).toEqual([
      ['社区长者食堂', 12, '个', '='],
      ['公共充电站', 20, '座', '='],
      ['城市书房', 6, '个', '='],
    ]);
  });

  it('should support 投用 alone before its object', async () => {
    expect(await read('某市2027年公共交通工作要点\n全年投用新能源公交车60辆。')).toEqual([['新能源公交车', 60, '辆', '=']]);
  });

  it('should not support a cut inside a rate that holds the verb', async () => {
    expect(await read('某县2027年工作要点\n新建充电设施投用率达到95%。')).toEqual([['新建充电设施投用率', 95, '%', '=']]);
  });
});
