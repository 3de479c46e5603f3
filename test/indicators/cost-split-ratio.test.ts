// How a cost is split between those who pay it (市、县两级财政按照6:4的比例分担, 省、市按3:7的比例分摊): a ratio before 比例 and a verb
// of sharing a cost is a financing rule that 财政 rules and plans restate, as a subsidy standard is, no level and no target (grammar
// costSharingVerbs, reading.ts costSplit). A staffing or provision ratio stays (按1:2的比例配备, 医护比达到1:2), and so does a match
// (按1∶1比例落实配套资金, 按不低于1∶1的比例配套), what one level of government must put in, as the set counts it. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: the split of a cost between its payers', () => {
  it('should not support a ratio by which levels of government share a cost as an item', async () => {
    expect(await read('村卫生室运行经费由县、乡两级按照7:3的比例分担。')).toEqual([]);
    expect(await read('项目资金由省、市按3:7比例分摊。')).toEqual([]);
    expect(await read('建设资金按照4∶6的比例由市、区两级财政共同承担。')).toEqual([]);
  });

  it('should support a ratio of staff or provision and a level reached', async () => {
    expect(await read('二级以上综合医院床护比达到1:0.65。')).toEqual([['二级以上综合医院床护比', 0.65, '1:']]);
    expect((await read('按照1:3的比例配备家庭医生助理。')).map((r) => r[1])).toEqual([3]);
  });

  it('should support a match, what one level of government must put in', async () => {
    expect((await read('县级财政按不低于1:1的比例配套资金。')).map((r) => r[1])).toEqual([1]);
    expect((await read('市级财政按1:1比例落实配套资金。')).map((r) => r[1])).toEqual([1]);
  });
});
