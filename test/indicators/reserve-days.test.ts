// Reserves are sized in the days of need they cover (储备满足…不少于15天需求, 储备满足当地15天以上市场供应需求), as 卫生应急 and
// 粮食 plans set them: the time is named by the reserve, the verb of covering, the need and 天数 (grammar needCoverVerbs,
// needNouns; shapes.ts reserveDays). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: the days of need a reserve covers', () => {
  it('should support the need after the time', async () => {
    expect(await read('县级医用防护物资储备满足本县10天以上使用需求。')).toEqual([['县级医用防护物资储备满足本县使用需求天数', 10, '>=']]);
  });

  it('should support a bound before the time and 的 after it', async () => {
    expect(await read('定点医院药品储备满足不少于14天的救治需要。')).toEqual([['定点医院药品储备满足救治需要天数', 14, '>=']]);
  });

  it('should not support a time with no need after it', async () => {
    expect(await read('满足群众就医需求，平均住院日控制在8天以内。')).toEqual([['平均住院日', 8, '<=']]);
  });
});
