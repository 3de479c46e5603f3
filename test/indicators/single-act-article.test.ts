// 一次 before the noun of an act is the article of a single act (3月底前对辖区企业开展一次全面排查: "carry out a thorough check"),
// as 一 before 支 or 个 is (建设一支队伍); it counts occasions only at a cadence (每年组织一次…) or under a bound word (至少开展
// 一次). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'act.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某区应急管理局2026年工作要点', ...lines].join('\n');

describe('indicators: 一次 as the article of a single act', () => {
  it('should not support 一次 before the noun of a one-off act as a count', async () => {
    expect(await items(plan('一、安全检查', '4月底前对全区危险化学品企业开展一次拉网式排查，发现问题立即整改。'))).toEqual([]);
    expect(await items(plan('一、市场整治', '汛期前组织一次集中整治行动，清理占道经营摊点。'))).toEqual([]);
  });

  it('should support 一次 at a cadence and under a bound word as a count of occasions', async () => {
    expect((await items(plan('一、应急演练', '各街道每年组织一次防汛应急演练。'))).map((i) => [i[1], i[2]])).toEqual([[1, '次']]);
    expect((await items(plan('一、应急演练', '各街道至少开展一次地震应急疏散演练。'))).map((i) => [i[1], i[2], i[3]])).toEqual([[1, '次', '>=']]);
  });

  it('should support a count of occasions in digits without a cadence', async () => {
    expect((await items(plan('一、应急演练', '全年开展综合应急演练3次。'))).map((i) => [i[1], i[2]])).toEqual([[3, '次']]);
  });
});
