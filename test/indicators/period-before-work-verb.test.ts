// A count whose clause has only a period or a bound before its verb (…，每年筛查不少于5000人; …，全市至少开设10个) leaves the
// object out: Chinese repeats the verb of the clause before and drops what it acts on, so the count is named by the work that
// clause names (宫颈癌筛查, 心理咨询门诊), as a verb with nothing before it is (开展…筛查，完成筛查1.2万人). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a work verb after only a period or a bound', () => {
  it('should support a period before the verb the clause before ends with', async () => {
    expect(await read('开展农村适龄妇女宫颈癌筛查，每年筛查不少于8000人。')).toEqual([['农村适龄妇女宫颈癌筛查', 8000, '人']]);
    expect(await read('实施老年人眼底病变筛查，每季度筛查1500人次以上。')).toEqual([['老年人眼底病变筛查', 1500, '人次']]);
  });

  it('should support a bound before the verb the clause before acts with', async () => {
    expect(await read('二级以上综合医院开设心理咨询门诊，全县至少开设4个。')).toEqual([['心理咨询门诊', 4, '个']]);
  });

  it('should not support naming the count by the clause before when its verb is another', async () => {
    expect(await read('推广使用筛查量表，每年筛查不少于8000人。')).toEqual([['每年筛查', 8000, '人']]);
  });
});
