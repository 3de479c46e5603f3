// A ratio per head of population named right before its value with no verb (每千人口床位6.5张) after the scope word that opens
// so many review and target sentences (全省, 全市, 全县): the scope says where the ratio is counted, so the clause is still only
// the ratio's name and the number its level. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年卫生健康工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.year]);

describe('indicators: a per-population ratio named after a scope word, with no verb', () => {
  it('should support 全县每千人口…N张 and 全市每10万人口…N名 as the ratio and its level', async () => {
    const out = await items(['一、主要目标', '全县每千人口医疗机构床位6.8张，全县每10万人口精神科执业（助理）医师4.2名。']);
    expect(out).toEqual([
      ['每千人口医疗机构床位', 6.8, '张', '=', 2027],
      ['每10万人口精神科执业（助理）医师', 4.2, '名', '=', 2027],
    ]);
  });

  it('should support the scoped ratio after a rate in a review of levels, kind actual and the year of 截至', async () => {
    const doc = ['某省社会心理服务工作方案（2026—2030年）', '一、现状与形势', '截至2025年底，全省规范管理率为89.4%；全省每10万人口精神科执业（助理）医师3.46名。'];
    const out = (await extract(doc.join('\n'), { path: 'plan.txt' })).indicators;
    expect(out.map((i) => [i.metric, i.value, i.unit, i.kind, i.year])).toEqual([
      ['规范管理率', 89.4, '%', 'actual', 2025],
      ['每10万人口精神科执业（助理）医师', 3.46, '名', 'actual', 2025],
    ]);
  });

  it('should not support a scoped count of people found within the population base (每千人口中有…)', async () => {
    const out = await items(['一、主要目标', '全县每千人口中有流动人口120人。']);
    expect(out).toEqual([]);
  });
});
