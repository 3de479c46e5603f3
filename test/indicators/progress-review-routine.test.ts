// A step that takes how a work is going as its object after 对 (每年对各地方案实施情况开展1次评估: grammar progressObjects)
// oversees that work: after the period it recurs in, with no bound word, its count of times is a working rule, not a target,
// whatever the step is called. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const cols = (s: string) => s.split('|').slice(1, 4).join('|');

describe('a yearly review of how a work is going (每年对…实施情况开展1次评估)', () => {
  it('should not support a yearly count of reviews of a work’s progress as a target', () => {
    expect(brief(indicators('区卫生健康局每年对各街道行动落实情况开展1次评估，结果纳入年度考核。', MULTI_YEAR))).toEqual([]);
    expect(brief(indicators('牵头部门每半年对重点项目推进情况进行1次检查。', MULTI_YEAR))).toEqual([]);
  });
  it('should support a bounded count, a count for the year, and a review of people', () => {
    expect(brief(indicators('每年对各地方案实施情况开展不少于2次评估。', MULTI_YEAR)).map(cols)).toEqual(['2|次|>=']);
    expect(brief(indicators('全年对各乡镇项目推进情况开展3次专项调研。', ANNUAL_2024)).map(cols)).toEqual(['3|次|=']);
    expect(brief(indicators('每年对辖区65岁以上老年人开展1次健康评估。', MULTI_YEAR)).map(cols)).toContain('1|次|=');
  });
});
