// A time since which things ran up to now, set before a sentence by a comma (今年以来，…; 2025年以来，…; 近年来，…; 多年来，…),
// looks back: the sentence reports what is done or stands (kind actual), as after 截至目前, and no plan year is given to it.
// Inside a noun phrase (对2025年以来新增的…) it only says which things a target acts on (grammar actualCues). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: a sentence opening with a time since which things ran', () => {
  it('should support 今年以来 and a year before 以来', async () => {
    expect(await read('今年以来，全县新增家庭医生团队12个，重点人群签约率达到68%。')).toEqual([
      ['家庭医生团队', 12, 'actual', null],
      ['重点人群签约率', 68, 'actual', null],
    ]);
    expect(await read('2025年以来，全县累计培训乡村医生860人次。')).toEqual([['培训乡村医生', 860, 'actual', null]]);
  });

  it('should support 近年来 and 多年来', async () => {
    expect(await read('近年来，全县改造提升村卫生室46个。')).toEqual([['村卫生室', 46, 'actual', null]]);
    expect(await read('多年来，全县新生儿死亡率始终低于3‰。')).toEqual([['新生儿死亡率', 3, 'actual', null]]);
  });

  it('should support a target again after a year of the plan', async () => {
    expect(await read('近年来，全县改造提升村卫生室46个，到2027年达到60个。')).toEqual([
      ['村卫生室', 46, 'actual', null],
      ['村卫生室', 60, 'target', 2027],
    ]);
  });

  it('should not support 以来 inside a noun phrase', async () => {
    expect(await read('对2025年以来新增的3.5万条医保结算数据开展核查。')).toEqual([[expect.any(String), 3.5, 'target', 2027]]);
  });
});
