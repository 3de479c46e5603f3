// A year followed by a copula and an ordinal (2027年为第25个宣传周, 2028年是第十届运动会) says which edition of a recurring event
// falls in that year: it sets no deadline for the targets after it in the sentence. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某省健康促进规划（2026—2030年）', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.year]);

describe('indicators: the year of an edition of a recurring event', () => {
  it('should support no year from 年为第N个 / 年是第N届 for the targets after it', async () => {
    const out = await items([
      '（一）加强宣传。每年9月组织全民健身宣传周，2027年为第19个宣传周；培训社会体育指导员不少于1200名。',
      '（二）办好赛事。2028年是第十届全省老年运动会，参赛老年人不少于5000人。',
    ]);
    expect(out).toEqual([
      ['培训社会体育指导员', 1200, '名', null],
      ['参赛老年人', 5000, '人', null],
    ]);
  });

  it('should not support dropping a deadline: 到2028年 and 2029年底前 still govern', async () => {
    const out = await items([
      '（一）到2028年，培训社会体育指导员不少于1200名。',
      '（二）2029年底前，参赛老年人不少于5000人。',
    ]);
    expect(out).toEqual([
      ['培训社会体育指导员', 1200, '名', 2028],
      ['参赛老年人', 5000, '人', 2029],
    ]);
  });
});
