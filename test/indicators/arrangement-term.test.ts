// How long an arrangement lasts, said with a copula after its term noun (结对帮扶期限为2年, 聘期为3年, 试用期为6个月): the term of
// a rule of pairing, hiring or training that the plan restates, never a level it sets (INDICATORS.md: durations in procedural
// rules not phrased as a target). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a term an arrangement lasts (…期限为N年) is no item', () => {
  it('should support the term of a pairing or teaching arrangement as no item', () => {
    expect(brief(indicators('城市医院与乡镇卫生院结对帮扶，帮扶期限为2年。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('每名导师带教2名学员，带教期限为3年。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a term of service or probation written with 期 as no item', () => {
    expect(brief(indicators('新招聘的村医试用期为6个月。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('特聘专家聘期为3年。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a term a plan bounds or shortens', () => {
    expect(brief(indicators('定向医学生服务期限不少于6年。', ANNUAL_2024))).toEqual(['定向医学生服务期限|6|年|>=|target|2024']);
    expect(brief(indicators('行政复议案件审理期限缩短至45天以内。', ANNUAL_2024))).toEqual(['行政复议案件审理期限|45|天|<=|target|2024']);
  });
  it('should not support dropping an average term measured over cases', () => {
    expect(brief(indicators('全年劳动仲裁案件平均审理期限为38天。', ANNUAL_2024))).toEqual(['劳动仲裁案件平均审理期限|38|天|=|target|2024']);
  });
});
