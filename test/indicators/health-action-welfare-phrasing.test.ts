// How targets of 健康X市行动, 全民健康信息化, 食品安全 and 民政 plans are phrased; each probed with sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };

describe('及以下 after a level (分别控制在5‰及以下和4‰及以下)', () => {
  it('should support 及以下 as an upper bound of each member of a list, as 以下 is', () => {
    expect(brief(indicators('到2027年和2030年，新生儿死亡率分别控制在3.5‰及以下和3‰及以下。', PLAN_2026_2030))).toEqual([
      '新生儿死亡率|3.5|‰|<=|target|2027',
      '新生儿死亡率|3|‰|<=|target|2030',
    ]);
    expect(brief(indicators('到2030年，重大慢性病过早死亡率下降到13%及以下。', PLAN_2026_2030))).toEqual(['重大慢性病过早死亡率|13|%|<=|target|2030']);
  });
  it('should not support 及以下 inside a name as a bound of the level that follows', () => {
    expect(brief(indicators('到2030年，5岁及以下儿童贫血率控制在10%以内。', PLAN_2026_2030))).toEqual(['5岁及以下儿童贫血率|10|%|<=|target|2030']);
  });
});
