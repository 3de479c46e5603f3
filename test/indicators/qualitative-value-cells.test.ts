// A 绩效目标表 states some targets with no number (定性指标: 逐步提升, 持续改善, 较上年有所提高). Such a cell fills the row's 指标值
// column as an empty cell does: in a table flattened one cell per line, read as a name it was joined to the row's name and the
// 分值 after it taken for the value. Tables written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县疾病预防控制中心2027年项目支出绩效目标', '', ...lines].join('\n'), { path: 'kpi.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const head = ['一级指标', '二级指标', '三级指标', '指标值', '分值'];

describe('indicators: qualitative 指标值 cells', () => {
  it('should support the rows after a qualitative cell in a table flattened one cell per line', async () => {
    const out = await items([...head, '产出指标', '数量指标', '重点人群结核病筛查人数', '≥4000人', '10', '效益指标', '可持续影响指标', '疾病监测信息化水平', '逐步提升', '10', '效益指标', '社会效益指标', '涂阳肺结核患者治疗成功率', '≥90%', '10']);
    expect(out).toEqual([
      ['重点人群结核病筛查人数', 4000, '人', '>='],
      ['涂阳肺结核患者治疗成功率', 90, '%', '>='],
    ]);
  });

  it('should not support a qualitative cell or its 分值 as an item', async () => {
    const out = await items([...head, '效益指标', '社会效益指标', '群众防病意识', '较上年有所提高', '10', '满意度指标', '服务对象满意度指标', '受检群众满意度', '≥90%', '10']);
    expect(out).toEqual([['受检群众满意度', 90, '%', '>=']]);
  });
});
