// A clause-opening verb right before 率 (落实率, 规范率, 建立率) heads the name of a rate, the metric an inline item's sentence sets a
// target for (一是…，五色标识管理落实率达到100%): it opens no new clause, so the item's title is not cut before it (grammar
// runon.notBefore). A verb opening a real body after a heading word is still cut. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('titles: a clause-opening verb that heads a rate (…管理落实率达到…)', () => {
  it('should support an inline item whose rate is named by a verb + 率 as one title', async () => {
    expect(await outline('一、重点任务\n（一）抓实孕产妇管理。一是规范高危孕产妇分级管理，专案管理落实率达到100%；二是加强产后随访，家庭医生签约服务规范率达到90%。\n')).toEqual([
      '一、 重点任务',
      '  （一） 抓实孕产妇管理',
      '    一是 规范高危孕产妇分级管理，专案管理落实率达到100%',
      '    二是 加强产后随访，家庭医生签约服务规范率达到90%',
    ]);
  });

  it('should not support a run-on heading whose body opens with the verb as one title', async () => {
    expect(await outline('一、重点任务\n1.强化基金管理落实基金监管责任，开展专项检查。\n')).toEqual(['一、 重点任务', '  1. 强化基金管理']);
  });
});
