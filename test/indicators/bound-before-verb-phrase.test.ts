// A bound word (至少, 最多) written before a whole verb phrase, a manner or a coverb with its object between it and the verb that sets
// the count (每季度至少带队开展1次检查, 每年至少委托第三方机构开展2次评估): Chinese puts the adverb before the phrase, and it bounds
// the verb's count, as 至少 right before the verb does. gold/INDICATORS.md: 至少 → >=. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const read = (text: string) => indicators(text, ANNUAL_2024).map((i) => `${i.value}${i.unit ?? ''} ${i.comparator}`);

describe('a bound word before a verb phrase', () => {
  it('should support 至少 before a manner word and the verb, also after a cadence shorter than a year', () => {
    expect(read('各科室负责人每月至少带队开展1次消防安全巡查。')).toEqual(['1次 >=']);
  });
  it('should support 至少 and 最多 before a coverb with its object', () => {
    expect(read('各乡镇卫生院每年至少委托第三方专业机构开展2次患者满意度调查。')).toEqual(['2次 >=']);
    expect(read('每所学校每学期最多邀请校外机构举办3次专题讲座。')).toEqual(['3次 <=']);
  });
  it('should not support a bound word across a number or a clause mark', () => {
    expect(read('各村至少配备1名网格员，全年新建健康小屋4个。')).toEqual(['1名 >=', '4个 =']);
    expect(read('全县至少5个乡镇由县医院派人开展3次义诊。')).toEqual(['5个 >=', '3次 =']);
  });
});
