// A 绩效目标表 flattened one cell per line that writes its 一级指标 on every row (产出指标 / 数量指标 / … then 产出指标 again): the
// first row's 产出指标 reads like a header cell (its word 指标), but a cell whose text recurs in the rows is a row's cell, not the
// name of a column; taken into the header it shifted every row by one cell. Tables written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某市妇幼保健院2027年项目支出绩效目标', '', ...lines].join('\n'), { path: 'kpi.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

const head = ['一级指标', '二级指标', '三级指标', '指标值', '分值'];

describe('indicators: a level cell written on every row of a flattened table', () => {
  it('should support the rows when the first row\'s 一级指标 recurs on the rows after it', async () => {
    const out = await items([...head,
      '产出指标', '数量指标', '孕产妇产前筛查人数', '≥5200人', '10',
      '产出指标', '质量指标', '孕产妇系统管理率', '≥92%', '10',
      '产出指标', '时效指标', '筛查结果反馈及时率', '100%', '10',
      '效益指标', '社会效益指标', '出生缺陷发生率', '较上年下降1个千分点', '10',
      '效益指标', '可持续影响指标', '妇幼健康服务能力', '稳步提升', '10',
      '满意度指标', '服务对象满意度指标', '孕产妇满意度', '≥90%', '10']);
    expect(out).toEqual([
      ['孕产妇产前筛查人数', 5200, '人', 'target'],
      ['孕产妇系统管理率', 92, '%', 'target'],
      ['筛查结果反馈及时率', 100, '%', 'target'],
      ['出生缺陷发生率', 1, '个千分点', 'change'],
      ['孕产妇满意度', 90, '%', 'target'],
    ]);
  });

  it('should not support a header cell that recurs nowhere in the rows as a row cell', async () => {
    const out = await items(['指标名称', '单位', '2025年', '2027年目标值', '孕产妇死亡率', '/10万', '9.8', '≤9', '婴儿死亡率', '‰', '3.6', '≤3.5']);
    expect(out.map((r) => r[0])).toEqual(['孕产妇死亡率', '孕产妇死亡率', '婴儿死亡率', '婴儿死亡率']);
  });
});
