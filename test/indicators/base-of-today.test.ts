// The base of today's level written between a metric and its change verb (在现有基础上, 在原有基础上, 在现有水平上, 在此基础上) is
// no part of the metric's name, as 在上年基础上 is not (grammar adverbs). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind]);

describe('indicators: the base of today\'s level before a change verb', () => {
  it('should support 在现有基础上 and 在原有的基础上', async () => {
    expect(await read('焦虑障碍患者治疗率在现有基础上提高20%。')).toEqual([['焦虑障碍患者治疗率', 20, 'change']]);
    expect(await read('中医门诊人次在原有的基础上增长8%。')).toEqual([['中医门诊人次', 8, 'change']]);
  });

  it('should support 在现有水平上 and 在此基础上', async () => {
    expect(await read('日间手术台次在现有水平上提高15%。')).toEqual([['日间手术台次', 15, 'change']]);
    expect(await read('家庭医生签约率在此基础上提高3个百分点。')).toEqual([['家庭医生签约率', 3, 'change']]);
  });

  it('should not support dropping 现有 where it names the metric', async () => {
    expect((await read('现有床位使用率提高到85%。'))[0]?.[0]).toBe('现有床位使用率');
  });
});
