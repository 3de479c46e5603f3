// A stock stated with 现有 and, in the next clause, what the plan adds to it within its year (年内新增…, 年底前新建…): the
// addition is the plan's target, not a level the stock's cue reports. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年民政工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: a stock, then what the plan adds within its year', () => {
  it('should support 年内 and 年底前 after a 现有 stock as a target of the plan year', async () => {
    const out = await items(['二、重点任务', '全县现有社区食堂14个，年内新增社区食堂6个。', '县急救中心现有救护车9辆，年底前新增负压救护车2辆。']);
    expect(out.map((i) => [i[1], i[4], i[5]])).toEqual([
      [6, 'target', 2027],
      [2, 'target', 2027],
    ]);
  });

  it('should not support 年内 before an 已 cue of its own as a target', async () => {
    const out = await items(['一、上年工作回顾', '截至2026年底，全县已建成社区食堂14个，年内已完成适老化改造320户。']);
    expect(out.map((i) => i[4])).toEqual(['actual', 'actual']);
  });
});
