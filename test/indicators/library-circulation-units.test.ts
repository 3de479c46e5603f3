// How library plans count circulation: loans per volume and time (册次, 万册次), the statistic of 公共图书馆 and 农家书屋
// reports beside the stock in 册. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市少年儿童图书馆2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: library circulation units', () => {
  it('should support loans counted in 万册次 with a bound or a target verb', async () => {
    const out = await items(['一、年度目标', '全年图书流通量达到68万册次，少儿文献借阅量不低于20万册次。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [68, '万册次', '='],
      [20, '万册次', '>='],
    ]);
  });

  it('should support 册次 after a verb and its object, beside a stock in 册', async () => {
    const out = await items(['一、年度目标', '新增少儿图书1.2万册，流动书车送书进校园8000册次。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [1.2, '万册'],
      [8000, '册次'],
    ]);
  });

  it('should not support 册次 where no number is written', async () => {
    const out = await items(['一、年度目标', '提高书刊外借册次，优化流通服务。']);
    expect(out).toEqual([]);
  });
});
