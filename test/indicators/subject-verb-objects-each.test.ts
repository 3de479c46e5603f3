// Objects listed after a subject and its verb, then one value each (二级以上医院设置老年医学科、康复医学科各1个): the verb counts each
// object, as where it opens the clause (建设胸痛中心、卒中中心各1个), and the subject only says who sets them up (metric.ts
// verbInsideFirst). Not where the list reaches its values by a verb of its own (…标准、…标准分别达到2项、15项): there the subject and
// its act name the things. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: objects of a verb after its subject, one value each', () => {
  it('should support each object counted once, the subject out of its name', async () => {
    expect(await read('县妇幼保健院设置儿童保健门诊、孕产保健门诊各1个。')).toEqual([
      ['儿童保健门诊', 1, '个'],
      ['孕产保健门诊', 1, '个'],
    ]);
    expect(await read('各街道分别建设健康主题公园、健康步道各1处。')).toEqual([
      ['健康主题公园', 1, '处'],
      ['健康步道', 1, '处'],
    ]);
  });

  it('should not support cutting the subject where the list reaches its values by a verb', async () => {
    expect((await read('医疗机构牵头制定团体标准、地方标准分别达到3项、5项。')).map((r) => r[0])).toEqual(['医疗机构牵头制定团体标准', '地方标准']);
  });
});
