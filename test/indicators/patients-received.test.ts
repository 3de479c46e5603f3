// 接诊 counts the patients a hospital or a 卫生院 receives in its year, after the verb and its object (全年接诊患者12万人次): a
// workload its plan sets, named with the verb, as 接待 names visitors (grammar objectVerbs, namingVerbs). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县人民医院2027年工作计划\n一、工作目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: the patients a hospital receives', () => {
  it('should support 接诊 before its patients and their count', async () => {
    expect(await read('全年接诊门诊患者45万人次。')).toEqual([['接诊门诊患者', 45, '万人次']]);
  });

  it('should not support 接诊 inside a name that has its own value', async () => {
    expect(await read('急诊患者接诊时间不超过10分钟。')).toEqual([['急诊患者接诊时间', 10, '分钟']]);
  });
});
