// The saving targets of enterprise and 站段 plans (节支, 节支降耗, 降本增效): a 国企, a railway 站段 or a public institution sets the money
// it is to save in its year right after the term, in 元 and with no verb (全年节支降耗500万元), as the target lists of 经营目标 give
// every amount after its head (grammar amountHeads). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某某工务段2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: a saving target written bare after 节支 / 节支降耗 / 降本增效', () => {
  it('should support the money saved right after the saving term, with no verb', async () => {
    const out = await items(['一、经营目标', '全年节支降耗480万元；安全培训不少于3000人次。']);
    expect(out.map((i) => [i[1], i[2], i[3], i[4], i[5]])).toEqual([
      [480, '万元', '=', 'target', 2027],
      [3000, '人次', '>=', 'target', 2027],
    ]);
    const more = await items(['一、经营目标', '全年节支260万元，降本增效1200万元。']);
    expect(more.map((i) => [i[1], i[2]])).toEqual([
      [260, '万元'],
      [1200, '万元'],
    ]);
  });

  it('should not support a bare amount after a term that names no saving (a project’s total investment)', async () => {
    const out = await items(['一、重点项目', '实施站房改造工程，总投资4800万元，年内完成主体施工。']);
    expect(out).toEqual([]);
  });
});
