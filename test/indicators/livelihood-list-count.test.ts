// A government's yearly list of 民生实事 is named by its count (十件民生实事, 办好12件民生实事): the size of the list that follows or
// that a review says was done, no level of anything; its items carry the targets. Written in Arabic digits (去年确定的10件民生实事全部
// 办结) it is the same label as in Chinese numerals (grammars/indicators.yaml labelWords: 实事). Not the items of the list, nor a
// count of other work done (整改问题全部完成). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某县2027年政府工作报告\n一、2026年工作回顾\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: the count of a 民生实事 list is its label', () => {
  it('should not support the count of a reviewed 民生实事 list', async () => {
    expect(await read('全县新增城镇就业5200人，年初承诺的12件民生实事全部办结。')).toEqual([['新增城镇就业', 5200, '人']]);
    expect(await read('民生投入持续加大，8项惠民实事全部完成。')).toEqual([]);
  });

  it('should support the targets of the list and other work counted as done', async () => {
    expect((await read('办好10件民生实事：新建城区公办幼儿园3所，改造老旧小区15个。')).map((i) => [i[1], i[2]])).toEqual([
      [3, '所'],
      [15, '个'],
    ]);
    expect((await read('中央环保督察反馈的26个问题整改全部完成。')).map((i) => i[1])).toContain(26);
  });
});
