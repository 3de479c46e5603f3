// A department's share of the government's 民生实事 list is named by its field before 民生 (6项卫生健康民生实事, 4件教育民生实事):
// the count is still the size of the list, as in 十件民生实事 (livelihood-list-count.test.ts), though its head 实事 stands further
// after the number than a label word does (grammars/indicators.yaml listHeads). Not a count whose noun run holds no 实事, nor one
// set off by a comma from a later 实事. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某市卫生健康委2026年工作总结\n一、主要工作\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a 民生实事 list named by its field is counted by its label', () => {
  it('should not support the count of a field 民生实事 list', async () => {
    expect(await read('年初部署的6项卫生健康民生实事全部如期完成。')).toEqual([]);
    expect((await read('全年新增学位3200个，承诺的4件教育民生实事全部兑现。')).map((i) => [i[1], i[2]])).toEqual([[3200, '个']]);
  });

  it('should support counts whose noun run names no 实事 list', async () => {
    expect((await read('全年新建标准化村卫生室9所，办好群众关心的实事。')).map((i) => [i[1], i[2]])).toEqual([[9, '所']]);
    expect((await read('累计培训乡村医生1200人次，实事求是做好总结。')).map((i) => [i[1], i[2]])).toEqual([[1200, '人次']]);
  });
});
