// A guideline named in a clause that opens the sentence (按照《…膳食指南》推荐的标准，) governs a later clause that passes its advice on
// to the public (引导, 宣传): the amounts there are what each person is advised, not levels the plan sets (grammars/indicators.yaml
// adviceFrames, src/indicators/rule-settings.ts guidelineAdvice). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'advice.txt' })).indicators.map((i) => [i.value, i.unit]);

const title = '某市合理膳食行动实施方案（2026—2030年）';

describe('indicators: a guideline named in an opening clause', () => {
  it('should support no item for an amount a later clause guides the public to', async () => {
    expect(await items([title, '一、重点任务', '按照《居民膳食指南》推荐的标准，引导市民每人每天食用油摄入不超过30克。'])).toEqual([]);
  });

  it('should support no item for an amount a later clause publicises', async () => {
    expect(await items([title, '一、重点任务', '参照《老年人膳食指南》中建议的摄入量，广泛宣传老年人每天饮奶不少于300毫升。'])).toEqual([]);
  });

  it('should not support a plan target in a later clause with no verb of spreading advice', async () => {
    expect(await items([title, '一、重点任务', '按照《居民膳食指南》推荐的标准，到2030年全市人均每日食盐摄入量降低20%。'])).toEqual([[20, '%']]);
  });

  it('should not support a target in a sentence that names no guideline', async () => {
    expect(await items([title, '一、重点任务', '加强宣传教育，引导居民营养健康知识知晓率达到60%以上。'])).toEqual([[60, '%']]);
  });
});
