// A rate per million written after its number (1/100万, 0.5/百万), as immunisation and disease-control plans set the
// incidence of a disease to be eliminated: one unit /100万, as /10万 is read. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市疾病预防控制中心2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.year]);

describe('indicators: a rate per million written after the number', () => {
  it('should support 1/100万 as a rate per million with its bound word', async () => {
    const out = await items(['一、免疫规划', '全市风疹报告发病率控制在1/100万以下，适龄儿童含风疹成分疫苗接种率达到95%以上。']);
    expect(out).toEqual([
      ['风疹报告发病率', 1, '/100万', '<=', 2027],
      ['适龄儿童含风疹成分疫苗接种率', 95, '%', '>=', 2027],
    ]);
  });

  it('should support /百万 written in a Chinese numeral as the same unit', async () => {
    const out = await items(['一、传染病防控', '以县为单位，先天性风疹综合征报告发病率不超过0.5/百万。']);
    expect(out).toEqual([['先天性风疹综合征报告发病率', 0.5, '/100万', '<=', 2027]]);
  });

  it('should not support a million people counted without a slash as a rate', async () => {
    const out = await items(['一、健康服务', '全市常住人口约100万人，辖区设有社区卫生服务中心。']);
    expect(out.filter((o) => o[2] === '/100万')).toEqual([]);
  });
});
