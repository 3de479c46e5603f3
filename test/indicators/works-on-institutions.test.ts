// Works done on the institutions a verb of completing or carrying out counts (完成3家乡镇卫生院提标改造): plans count such works
// by the institutions they are done on and name the count so (乡镇卫生院提标改造). The noun of 家 and 所 ends at the institution;
// the rest of the clause joins it when it ends in a verb of works (grammar listWorksVerbs) and holds no number. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、重点任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: works done on the institutions counted', () => {
  it('should support the works after the institutions a verb of completing counts', async () => {
    expect(await read('年内完成6所村级卫生室标准化建设。')).toEqual([['村级卫生室标准化建设', 6, '所']]);
    expect(await read('全面完成2家县级医院发热门诊改扩建。')).toEqual([['县级医院发热门诊改扩建', 2, '家']]);
  });

  it('should support the works after the institutions a verb of carrying out counts', async () => {
    expect(await read('推进4家敬老院消防设施提标改造。')).toEqual([['敬老院消防设施提标改造', 4, '家']]);
  });

  it('should not support a rest of the clause that is no works', async () => {
    expect(await read('完成3家乡镇卫生院达到推荐标准。')).toEqual([[expect.not.stringContaining('推荐标准'), 3, '家']]);
    expect(await read('新建5所公办幼儿园，新增学位1200个。')).toEqual([
      ['公办幼儿园', 5, '所'],
      ['学位', 1200, '个'],
    ]);
  });
});
