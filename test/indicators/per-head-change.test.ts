// 人均, 户均, 月人均 right before a change verb say how much each person or household gains (基本养老金月人均增加…, 低保标准人均
// 提高…): an adverb of the predicate, no part of the name, and its 均 no distributor (grammar adverbs). Inside a name before no verb
// (人均预期寿命, 农村居民人均可支配收入) the word stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年民生实事工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

describe('indicators: a per-head rise before a change verb', () => {
  it('should support 月人均 and 人均 before the change of an allowance', async () => {
    expect(await read('企业退休人员基本养老金月人均提高55元以上。')).toEqual([['企业退休人员基本养老金', 55, '元', '>=', 'change']]);
    expect(await read('城市居民最低生活保障标准人均增加40元。')).toEqual([['城市居民最低生活保障标准', 40, '元', '=', 'change']]);
  });

  it('should not support cutting 人均 out of a name before no verb', async () => {
    expect(await read('全县人均预期寿命达到80.2岁，城镇居民人均可支配收入增长6%。')).toEqual([
      ['人均预期寿命', 80.2, '岁', '=', 'target'],
      ['城镇居民人均可支配收入', 6, '%', '=', 'change'],
    ]);
  });
});
