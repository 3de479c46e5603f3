// A count of people bounded before it (超过, 不少于) and closed by 的 before a noun (服务人口超过3万人的中心卫生院, 常住人口超过10万人的
// 街道) classes that noun, as the same count bounded after it does (服务人口3万人以上的乡镇, 消除56人以上超大班额): it says which
// institutions or places a measure picks out, never a level to reach. A target label after 的 (超过50万人的目标) keeps it a target.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县卫生健康事业发展三年行动方案（2026—2028年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.comparator}`);

describe('indicators: a bounded count of people inside a 的-attribute', () => {
  it('should not support 超过N万人的 before the institutions a measure picks out', async () => {
    expect(await items(['一、重点任务', '遴选服务人口超过3万人的中心卫生院，按照二级医院标准提升急诊急救能力。'])).toEqual([]);
    expect(await items(['一、重点任务', '支持常住人口超过10万人的街道设置社区医院。'])).toEqual([]);
  });

  it('should support the targets around such a class, and a target label after 的', async () => {
    expect(await items(['一、重点任务', '推动服务人口超过5万人的乡镇卫生院开展二级手术，手术开展率达到60%以上。'])).toEqual(['手术开展率|60|%|>=']);
    const out = await items(['二、主要目标', '到2028年，实现城乡居民基本医疗保险参保人数超过52万人的目标。']);
    expect(out.map((s) => s.split('|').slice(1).join('|'))).toEqual(['52|万人|>=']);
  });
});

describe('indicators: a floor inside a 的-attribute stays the size set', () => {
  it('should support 组建不少于N人的 team: the size floor of what is built', async () => {
    const out = await items(['一、能力建设', '每个乡镇组建不少于15人的卫生应急小分队。']);
    expect(out.map((s) => s.split('|').slice(1).join('|'))).toContain('15|人|>=');
  });
});
