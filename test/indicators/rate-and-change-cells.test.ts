// Value cells of a target table that carry more than a number and a short unit: a rate per 10万 (≤35/10万, 12.5/10万) and a
// change from the year before (较上年提高2个百分点, 同比下降5%). Both are the 指标值 of their row as ≥95% is; read as text, they
// shifted the row's cells in a table flattened one cell per line (the name taken for the value, the 分值 for the target).
// Tables and sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某区卫生健康局2027年项目支出绩效目标', '', ...lines].join('\n'), { path: 'kpi.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

const head = ['一级指标', '二级指标', '三级指标', '指标值', '分值'];

describe('indicators: rate and change cells of a target table', () => {
  it('should support a rate per 10万 in a table flattened one cell per line', async () => {
    const out = await items([...head, '产出指标', '质量指标', '新生儿遗传代谢性疾病筛查率', '≥98%', '10', '效益指标', '社会效益指标', '肺结核报告发病率', '≤35/10万', '10', '满意度指标', '服务对象满意度指标', '签约居民满意度', '≥92%', '10']);
    expect(out).toEqual([
      ['新生儿遗传代谢性疾病筛查率', 98, '%', '>=', 'target'],
      ['肺结核报告发病率', 35, '/10万', '<=', 'target'],
      ['签约居民满意度', 92, '%', '>=', 'target'],
    ]);
  });

  it('should support a change from the year before in a table flattened one cell per line', async () => {
    const out = await items([...head, '产出指标', '数量指标', '家庭医生签约服务团队数', '≥60个', '10', '效益指标', '可持续影响指标', '家庭医生签约率', '较上年提高2个百分点', '10', '效益指标', '经济效益指标', '药品采购费用', '同比下降5%', '5', '满意度指标', '服务对象满意度指标', '签约居民满意度', '≥92%', '10']);
    expect(out).toEqual([
      ['家庭医生签约服务团队数', 60, '个', '>=', 'target'],
      ['家庭医生签约率', 2, '个百分点', '=', 'change'],
      ['药品采购费用', 5, '%', '=', 'change'],
      ['签约居民满意度', 92, '%', '>=', 'target'],
    ]);
  });

  it('should not support the 分值 cells or a name that opens with a comparison as values', async () => {
    const out = await items([...head, '效益指标', '经济效益指标', '较上年新增签约人数', '≥3000人', '10', '满意度指标', '服务对象满意度指标', '签约居民满意度', '≥92%', '10']);
    expect(out).toEqual([
      ['较上年新增签约人数', 3000, '人', '>=', 'target'],
      ['签约居民满意度', 92, '%', '>=', 'target'],
    ]);
  });
});
