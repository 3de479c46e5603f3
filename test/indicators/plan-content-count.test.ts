// A 政策解读, 起草说明 or 印发 notice describes the plan it explains, its short title in 《》 (or 本方案) the subject of the sentence:
// 《工作方案》从三个方面部署了15项重点任务, 《实施意见》…部署22条具体措施. The count is of what the plan is made of, as its
// indicators counted are (共设置20项指标), not a level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const ANNUAL = { years: [2027, 2027] as [number, number], annual: true };
const values = (text: string) => indicators(text, ANNUAL).map((i) => `${i.value}${i.unit}`);

describe('the plan counting its own tasks and measures', () => {
  it('should support leaving out 《工作方案》…部署了N项重点任务', () => {
    expect(values('《工作方案》从三个方面部署了15项重点任务。')).toEqual([]);
  });
  it('should support leaving out 《实施意见》…部署N条具体措施', () => {
    expect(values('《实施意见》围绕医疗、医保、医药部署22条具体措施。')).toEqual([]);
  });
  it('should support leaving out 《行动计划》…部署了N项重点任务 after a comma', () => {
    expect(values('《行动计划》聚焦四大领域，部署了16项重点任务。')).toEqual([]);
  });
  it('should not support dropping tasks to complete named before the count', () => {
    expect(values('全年完成老旧小区改造任务120个。')).toEqual(['120个']);
  });
  it('should not support dropping a target in the same 解读 sentence', () => {
    expect(values('《工作要点》提出，2027年全市产前筛查率达到85%以上。')).toEqual(['85%']);
  });
});
