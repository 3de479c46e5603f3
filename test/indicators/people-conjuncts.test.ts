// People listed before people, each conjunct ending in a word of people (医生, 护士, 教师: grammar peopleNounEnds), are whole nouns
// of their own: a distributor gives each its value, and none takes a tail from the last (src/indicators/metric.ts completeConjuncts).
// Groups before a rate's head still share it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: people listed before people', () => {
  it('should support two kinds of staff given one count each', async () => {
    expect(await read('培训乡村医生、社区卫生服务站护士各300名。')).toEqual([
      ['培训乡村医生', 300, '名'],
      ['培训社区卫生服务站护士', 300, '名'],
    ]);
  });

  it('should not support whole nouns before a rate: the rate is shared', async () => {
    expect(await read('乡镇卫生院、村卫生室医务人员岗位培训率达到100%。')).toEqual([
      ['乡镇卫生院医务人员岗位培训率', 100, '%'],
      ['村卫生室医务人员岗位培训率', 100, '%'],
    ]);
  });
});
