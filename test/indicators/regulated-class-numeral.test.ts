// The classes a regulation sorts products, firms and risks into by a Chinese numeral (第二类医疗器械, 二类以上医疗器械经营企业, 三类及
// 以上风险隐患): a plan names what it checks by that class, so the class bound by 以上/以下 right before its noun is part of the name,
// never a count; a count of kinds written in digits and reached by a verb (开展10类以上专项抽检) stays an item. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县市场监督管理局2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a regulated class in Chinese numerals before its noun (二类以上医疗器械)', () => {
  it('should support the class bound before its noun as part of the name, no count', async () => {
    const out = await items(['一、守牢安全底线', '化妆品经营单位检查覆盖率达到95%，三类以上医疗器械使用单位检查不少于2次。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [95, '%'],
      [2, '次'],
    ]);
    expect((await items(['一、守牢安全底线', '排查二类及以上风险隐患企业120家。'])).map((i) => [i[1], i[2]])).toEqual([[120, '家']]);
  });

  it('should not support a count of kinds in digits, or a class with no bound, as part of a name', async () => {
    const out = await items(['一、强化抽检', '全年开展12类以上重点产品专项抽检，新增第二类医疗器械产品注册证25个。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [12, '类', '>='],
      [25, '个', '='],
    ]);
  });
});
