// 补充: the staff a 教育/卫健/人社 plan adds to its schools, kindergartens and clinics (补充教师, 补充乡村医生), counted after the
// verb and the people it adds, as 招聘 counts the people hired; it stays in the name (补充…教师 counts the teachers added, not
// the teachers there are), as the set's gold names 补充耕地 and 补充基层卫生人才. Right before a number it sets none.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, ANNUAL_2024, MULTI_YEAR } from './helpers.js';

describe('indicators: 补充 counts the staff added', () => {
  it('should support teachers and village doctors added, with no bound word', () => {
    expect(brief(indicators('三年补充农村小学教师260名，优化教师队伍结构。', MULTI_YEAR))).toEqual(['补充农村小学教师|260|名|=|target|']);
    expect(brief(indicators('全年补充乡村医生45人。', ANNUAL_2024))).toEqual(['补充乡村医生|45|人|=|target|2024']);
  });

  it('should not support 补充 right before a number, or 补充 of a document, as an item', () => {
    expect(brief(indicators('中断缴费的参保人员可按规定补充12个月的缴费记录。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('根据第2次督查发现的问题补充完善整改措施。', ANNUAL_2024))).toEqual([]);
  });
});
