// An adverb of resolve or time between a subject and its verb of reaching (固定资产投资确保完成80亿元, 税收收入全年实现12亿元: grammar
// innerAdverbs before reachVerbs) says how firmly or when the amount is to be reached, as 确保达到 does: the subject alone names the
// metric (object-names.ts beforeInnerAdverbs). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const items = (t: string) => indicators(t).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('an adverb of resolve or time before the reach verb after a subject', () => {
  it('should support the subject named without 确保, 力争, 全年 or 年内', () => {
    expect(items('全县规模以上工业总产值确保完成260亿元、力争完成280亿元。')).toEqual(['规模以上工业总产值 260亿元', '规模以上工业总产值 280亿元']);
    expect(items('区级一般公共预算收入全年实现9.6亿元。')).toEqual(['区级一般公共预算收入 9.6亿元']);
    expect(items('市场主体年内完成1.2万户。')).toEqual(['市场主体 1.2万户']);
  });
  it('should not support dropping words of a subject with no adverb before its verb, or of a reach term (完成投资)', () => {
    expect(items('外贸进出口总额实现45亿元。')).toEqual(['外贸进出口总额 45亿元']);
    expect(items('2026年全县累计完成投资46亿元。')).toEqual(['累计完成投资 46亿元']);
  });
});
