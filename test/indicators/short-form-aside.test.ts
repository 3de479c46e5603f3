// A bracket that defines a short form for later use (（以下简称“医共体”）, （简称…）, （下称…）) is an aside of 公文 writing, no
// part of the metric's name, as a bracket of what is included is not (src/indicators/metric.ts ASIDE_START). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: a bracket defining a short form inside a name', () => {
  it('should support 以下简称 and 简称 dropped from the name', async () => {
    expect(await read('基层医疗卫生机构慢性病一体化门诊（以下简称“一体化门诊”）覆盖率达到80%。')).toEqual([['基层医疗卫生机构慢性病一体化门诊覆盖率', 80]]);
    expect(await read('县级疾病预防控制中心（简称县疾控中心）实验室检测能力达标率达到90%。')).toEqual([['县级疾病预防控制中心实验室检测能力达标率', 90]]);
  });

  it('should not support dropping a bracket that completes a word', async () => {
    expect(await read('每千人口执业（助理）医师数达到3.3人。')).toEqual([['每千人口执业（助理）医师数', 3.3]]);
  });
});
