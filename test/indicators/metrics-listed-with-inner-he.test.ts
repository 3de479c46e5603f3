// Whole metrics listed with 、 and given one value by a distributor (艾滋病感染者和病人抗病毒治疗比例、病毒抑制比例均达到95%): a 和
// after a part with no metric head joins the nouns the metric is of (感染者和病人), while 、 and a head end a member (shapes.ts
// byMetricEnds). Rates joined by 和 after their heads (…安装率和…联网率) stay each its own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: whole metrics listed, a 和 inside the first', () => {
  it('should support one item per metric the 、 lists', async () => {
    expect(await read('肺结核患者和疑似患者密切接触者筛查率、随访率均达到95%以上。')).toEqual([
      ['肺结核患者和疑似患者密切接触者筛查率', 95],
      ['肺结核患者和疑似患者密切接触者随访率', 95],
    ]);
  });

  it('should not support joining rates that 和 lists after their heads', async () => {
    const names = (await read('学校卫生室设置率、校医配备率和健康教育课开课率均达到100%。')).map((r) => r[0]);
    expect(names).toEqual([expect.stringContaining('卫生室设置率'), expect.stringContaining('校医配备率'), expect.stringContaining('健康教育课开课率')]);
  });
});
