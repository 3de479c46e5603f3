// A sum word before a reach verb (共完成, 累计完成, 共计实现) says the amount is a total, as the verb says it is reached: statistics
// name the work done without either (累计完成农村改厕1.2万户 → 农村改厕), as they do after the verb alone (grammar totalWords,
// reachVerbs; metric.ts doneWorkName). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const items = (t: string) => indicators(t).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('a sum word before the reach verb of work done', () => {
  it('should support the work named without 共 or 累计 and the verb', () => {
    expect(items('2026年全区共完成农村无害化卫生厕所改造4300户。')).toEqual(['农村无害化卫生厕所改造 4300户']);
    expect(items('“十四五”期间累计完成乡村医生岗位培训2600人次。')).toEqual(['乡村医生岗位培训 2600人次']);
    expect(items('2026年全县共计实现农村劳动力转移就业1.8万人。')).toEqual(['农村劳动力转移就业 1.8万人']);
  });
  it('should not support dropping the verb of a term of its own (完成投资) or a share done', () => {
    expect(items('2026年全县累计完成投资46亿元。')).toEqual(['累计完成投资 46亿元']);
    expect(items('2026年累计完成年度任务的85%。').map((s) => s.split(' ')[1])).toEqual(['85%']);
  });
});
