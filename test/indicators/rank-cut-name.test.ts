// The name of a rank cut (前N名, 前N位): the metric before the verb that puts it into the ranking (进入, 跻身, 位居, 保持在, 提升至) and
// before the ranking's scope written after that verb (全省, 全市). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县中医院2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the name of a rank cut', () => {
  it('should support the metric before 进入, 跻身 or 保持在 and the scope after it as the name', async () => {
    const out = await items(['一、年度目标', '中医医院绩效考核排名进入全省前20名，专科服务能力评价跻身全市前3位，患者满意度排名保持在全省前10位。']);
    expect(out).toEqual([
      ['中医医院绩效考核排名', 20, '名', '<='],
      ['专科服务能力评价', 3, '位', '<='],
      ['患者满意度排名', 10, '位', '<='],
    ]);
  });

  it('should not support cutting a name that is only the verb, or a value after a target verb the predicate reads', async () => {
    const out = await items(['一、年度目标', '门诊患者满意度保持在95%以上。']);
    expect(out.map((i) => i[0])).toEqual(['门诊患者满意度']);
  });
});
