// A later milestone whose mark the source lost: 到 and a year right after a value (…占比达到25%到2030年，…), as text copied from a
// web page or a PDF drops a 。 or ；. The 到YYYY年 opens the next clause as it does after the mark, so the values after it are that
// year's, not the first milestone's. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县全民健康行动方案（2026—2030年）', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: a milestone after a lost mark', () => {
  it('should support 到YYYY年 right after a value as the start of the next milestone', async () => {
    expect(await items('到2027年，全县婴儿死亡率控制在5‰以下，居民健康素养水平达到25%到2030年，婴儿死亡率控制在4‰以下，居民健康素养水平达到32%。')).toEqual([
      ['婴儿死亡率', 5, 'target', 2027],
      ['居民健康素养水平', 25, 'target', 2027],
      ['婴儿死亡率', 4, 'target', 2030],
      ['居民健康素养水平', 32, 'target', 2030],
    ]);
  });

  it('should support it after a count with its unit', async () => {
    expect(await items('到2028年，每千人口执业医师数达到3.2人到2030年，每千人口执业医师数达到3.5人。')).toEqual([
      ['每千人口执业医师数', 3.2, 'target', 2028],
      ['每千人口执业医师数', 3.5, 'target', 2030],
    ]);
  });

  it('should not support a baseline and its target year as two milestones', async () => {
    expect(await items('全县森林覆盖率由2025年的61.5%提高到2030年的63%。')).toEqual([
      ['森林覆盖率', 61.5, 'baseline', 2025],
      ['森林覆盖率', 63, 'target', 2030],
    ]);
  });
});
