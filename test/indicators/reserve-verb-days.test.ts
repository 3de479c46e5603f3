// 各医疗机构储备不少于7天的防护物资用量: 储备 before a time and the use it covers after it sizes the reserve in days of use, as
// 储备满足…N天需求 does (grammar needCoverVerbs, shapes.ts reserveDays): the item is the days, named by the holder, the verb,
// the use and 天数, not the use itself. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: the days of use a reserve verb sets', () => {
  it('should support the days of use after 储备', async () => {
    const items = await read('二级以上医院储备不少于10天的医用耗材用量。');
    expect(items).toHaveLength(1);
    expect(String(items[0]?.[0])).toMatch(/天数$/u);
    expect(items[0]?.slice(1)).toEqual([10, '>=']);
  });

  it('should not support a reserve counted in things, or a time with no use after it', async () => {
    expect(await read('储备医用防护口罩5万只。')).toEqual([['储备医用防护口罩', 5, '=']]);
    expect((await read('储备物资每3天巡查1次。')).some((i) => i[1] === 3)).toBe(false);
  });
});
