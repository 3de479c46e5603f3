// A project head alone after its verb (新开工项目150个, 竣工项目2个: grammar projectHeads) is named with the verb: project statistics
// are classed by the stage the verb names (续建, 新开工, 竣工, 投产, 引进), and 项目 alone names none of them. A project with a noun of
// its own (新开工保障性租赁住房项目) keeps that noun. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: the stage verb of a bare project count', () => {
  it('should support the verb in the name of 项目 counted right after it', async () => {
    expect(await read('某县2027年重点项目建设工作要点\n全年安排重点项目60个，其中续建项目25个，新开工项目35个；年内竣工项目20个。')).toEqual([
      ['重点项目', 60, '个'],
      ['续建项目', 25, '个'],
      ['新开工项目', 35, '个'],
      ['竣工项目', 20, '个'],
    ]);
  });

  it('should not support the verb before a project that names its own works', async () => {
    expect(await read('某县2027年重点项目建设工作要点\n新开工城市更新项目12个。')).toEqual([['城市更新项目', 12, '个']]);
  });
});
