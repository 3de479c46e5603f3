// Institutions named by two fields joined by 与 (心理健康教育与咨询中心, 疾病预防与控制中心, 康复与护理中心) keep the rate after them
// one metric: 与 there joins the fields of one name, not two groups each with a rate. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市社会心理服务工作方案（2026—2030年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.year]);

describe('indicators: two fields joined by 与 before one institution name one metric', () => {
  it('should support one rate of a 心理健康教育与咨询中心', async () => {
    const out = await items(['一、工作目标', '到2028年，职业院校心理健康教育与咨询中心规范化建设率达到90%。']);
    expect(out).toEqual([['职业院校心理健康教育与咨询中心规范化建设率', 90, '%', 2028]]);
  });

  it('should support one rate of a 康复与护理中心 in a task', async () => {
    const out = await items(['一、重点任务', '到2027年，县级精神康复与护理中心覆盖率达到80%以上。']);
    expect(out).toEqual([['县级精神康复与护理中心覆盖率', 80, '%', 2027]]);
  });

  it('should not support merging two groups with an institution of their own each (城市与农村…中心 with 均)', async () => {
    const out = await items(['一、工作目标', '到2028年，城市与农村儿童保健中心覆盖率均达到90%。']);
    expect(out).toEqual([
      ['城市儿童保健中心覆盖率', 90, '%', 2028],
      ['农村儿童保健中心覆盖率', 90, '%', 2028],
    ]);
  });
});
