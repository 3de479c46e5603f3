// A yearly cadence (每年) that opens a later clause of a sentence, not its first: what follows it in the sentence is an amount
// for every year of a multi-year plan, as after one in the sentence's first clause (yearlyOpening), so the deadline carried from
// the sentence before (到2030年，…。) does not reach it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const years = (text: string, plan = MULTI_YEAR) => brief(indicators(text, plan)).map((b) => b.split('|').slice(1, 3).concat(b.split('|')[5] as string).join('|'));

describe('indicators: a 每年 clause inside a sentence after a carried deadline', () => {
  it('should support no carried year for the amounts after a 每年 clause, and a carried year before it', () => {
    expect(years('到2025年，乳腺癌筛查率达到60%以上。将50—74岁居民纳入筛查范围，每年完成胃镜筛查2000人，肠镜筛查不少于1500人。')).toEqual([
      '60|%|2025',
      '[50,74]|岁|2025',
      '2000|人|',
      '1500|人|',
    ]);
    expect(years('到2025年，新增执业医师80名。家庭医生签约率达到75%，每年开展巡回义诊不少于12次。')).toEqual(['80|名|2025', '75|%|2025', '12|次|']);
  });

  it('should not support dropping the year where the sentence states its own, or in an annual plan', () => {
    expect(years('家庭医生签约率达到75%，每年开展巡回义诊不少于12次，到2025年累计培训村医600人次。')).toEqual(['75|%|', '12|次|', '600|人次|2025']);
    expect(years('到年底，新增执业医师80名。培训全科医生100名，每年选派骨干医师20名进修。', ANNUAL_2024).map((y) => y.split('|')[2])).toEqual(['2024', '2024', '2024']);
  });
});
