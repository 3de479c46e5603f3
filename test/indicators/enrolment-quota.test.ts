// A school's enrolment quota is the first statistic of its year (招生计划N人, 招生任务N人): 职业院校, 高校 and 中小学 工作要点 and
// 工作计划 write it with its number and no verb, as 招生人数 and 招生规模 are written; it is a target of the plan's year. Not every
// 计划 is a statistic: a plan word with no number (编制招生计划) or a programme's name sets nothing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: an enrolment quota written bare (招生计划/招生任务 + count)', () => {
  it('should support 招生计划 or 招生任务 with a count and no verb as an item', () => {
    expect(names('今年全日制高职招生计划5100人，较上年有所增加。')).toEqual(['全日制高职招生计划|5100|人']);
    expect(names('完善招生宣传工作机制，确保完成招生任务2600人。')).toEqual(['招生任务|2600|人']);
    expect(names('本年度中职招生任务1500人。')).toEqual(['中职招生任务|1500|人']);
  });
  it('should not support a plan word with no number, or a count of another thing after 计划, as an enrolment quota', () => {
    expect(names('科学编制分专业招生计划，严格规范招生行为。')).toEqual([]);
    expect(names('落实“银龄计划”，选派退休教师8人赴乡村学校支教。').filter((n) => n.includes('计划'))).toEqual([]);
  });
});
