// Lessons after a cadence (每天安排1节体育课, 每周开设1节心理健康课) are a school timetable, a routine as 每周1次 is, not a number
// the plan sets for its year; a bound word (每周不少于2课时) keeps a floor an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';

const items = async (text: string): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(['某县2027年学校体育和健康教育工作方案', '一、重点任务', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.unit}|${i.comparator}`);
};

describe('indicators: lessons after a cadence are a timetable', () => {
  it('should support a lesson floor with a bound word', async () => {
    expect(await items('（一）上好健康教育课。中小学校每学期健康教育课不少于6课时。')).toEqual(['6|课时|>=']);
  });

  it('should not support a daily or weekly lesson count without a bound word', async () => {
    expect(await items('（二）开齐体育课。义务教育阶段学校每天开设1节体育课。')).toEqual([]);
    expect(await items('（三）开设心理课。各初中学校每周安排1节心理健康课。')).toEqual([]);
    expect(await items('（四）开设心理课。各高中学校每周安排2课时心理健康教育。')).toEqual([]);
  });
});
