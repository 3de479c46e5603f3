// 动态调整: the revision an organ makes of a list, catalogue or grouping it keeps, by a cadence (每年开展1次医保药品目录动态调整), is a
// standing routine as 复核 is (grammar procedureNouns), not a target; a count with no cadence, or a bound word, still sets one.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某市医疗保障事业发展“十五五”规划', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a list revised by a cadence', () => {
  it('should support a yearly revision of a list as no item', async () => {
    expect(await items('每年开展1次医保药品目录动态调整。')).toEqual([]);
    expect(await items('每年对病种分值动态调整1次。')).toEqual([]);
  });

  it('should not support a revision count with no cadence or with a bound word as no item', async () => {
    expect(await items('开展医疗服务价格动态调整1次。')).toEqual([[1, '次']]);
    expect(await items('每年开展医保目录动态调整不少于1次。')).toEqual([[1, '次']]);
  });
});
