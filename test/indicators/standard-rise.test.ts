// 新增 right after a standard, perhaps past the per-head basis it is paid by, raises the standard by the amount (补助标准新增5元):
// a change, as 提高 is, with nothing new counted (grammar standardRiseVerbs, src/indicators/predicate.ts standardRise). Elsewhere
// 新增 counts what is new. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年医疗保障工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

describe('indicators: a standard raised with 新增', () => {
  it('should support 新增 after a standard, the level after it a target', async () => {
    expect(await read('城乡居民基本医疗保险财政补助标准新增20元，达到每人每年700元。')).toEqual([
      ['城乡居民基本医疗保险财政补助标准', 20, '元', 'change'],
      ['城乡居民基本医疗保险财政补助标准', 700, '元', 'target'],
    ]);
  });

  it('should support a per-head basis between the standard and 新增', async () => {
    expect(await read('困难残疾人生活补贴标准每人每月新增10元。')).toEqual([['困难残疾人生活补贴标准', 10, '元', 'change']]);
  });

  it('should not support 新增 before what it adds as a change', async () => {
    expect(await read('新增医保定点医药机构30家。')).toEqual([['医保定点医药机构', 30, '家', 'target']]);
  });
});
