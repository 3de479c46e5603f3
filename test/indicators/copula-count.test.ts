// A copula sets no count (为2家医院), but a statistic whose name says it is a number or an amount of things (总量, 数量, 人数,
// 申请量) is measured as a rate is: 为 before a count gives its level, as after 每千人口…数. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某市2027年市场监管工作要点', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year]);

describe('indicators: a count set by a copula', () => {
  it('should support 为 before a count after a name ending in 总量, 数量, 申请量 or 人数 as a level', async () => {
    const out = await items(['2026年，全市有效商标注册总量为8.3万件，个体工商户数量为5.6万户，PCT国际专利申请量为310件，职工医保参保人数为42万人。']);
    expect(out).toEqual([
      ['有效商标注册总量', 8.3, '万件', 'actual', 2026],
      ['个体工商户数量', 5.6, '万户', 'actual', 2026],
      ['PCT国际专利申请量', 310, '件', 'actual', 2026],
      ['职工医保参保人数', 42, '万人', 'actual', 2026],
    ]);
  });

  it('should support 为 before a count as a target level in the plan year', async () => {
    const out = await items(['一、主要目标', '全市年度知识产权质押融资项目数量为260个，质量合格率为95%。']);
    expect(out).toEqual([
      ['年度知识产权质押融资项目数量', 260, '个', 'target', 2027],
      ['质量合格率', 95, '%', 'target', 2027],
    ]);
  });

  // (Outside a review: a sentence that opens with the year before the plan's reviews that year, whose levels are read as a
  // review's are, past-year-opening.test.ts.)
  it('should not support 为 before a count after a name that is no statistic, nor after a word that only ends in 数 or 量', async () => {
    const out = await items(['全市国家级检验检测机构为2家。', '参加比对的机构大多数为5家。']);
    expect(out).toEqual([]);
  });
});
