// A base of population written after the verb or bound of a health-resource ratio, right before its value (全科医生达到每万人口
// 4名, 开放床位不少于每千人口0.5张): it opens the ratio's name, as statistics name such ratios (每万人口全科医生), as where the base is
// written first (src/indicators/shapes.ts perHeadBeforeValue). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市卫生健康事业发展规划（2026—2030年）\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a base of population after the verb of a ratio', () => {
  it('should support a base after 达到', async () => {
    expect(await read('到2030年，注册护士达到每千人口4.2名。')).toEqual([['每千人口注册护士', 4.2, '名']]);
  });

  it('should support a base in digits after a bound', async () => {
    expect(await read('心理治疗师不少于每10万人口2名。')).toEqual([['每10万人口心理治疗师', 2, '名']]);
  });

  it('should support a base of residents', async () => {
    expect(await read('医疗卫生机构床位增加到每千常住人口7.2张。')).toEqual([['每千常住人口医疗卫生机构床位', 7.2, '张']]);
  });

  it('should not support a base already opening the name twice', async () => {
    expect(await read('每千人口药师数达到0.6人。')).toEqual([['每千人口药师数', 0.6, '人']]);
  });
});
