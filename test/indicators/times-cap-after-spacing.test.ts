// Donation and dosing rules pair the least interval between two acts of one person with the most times a year
// (间隔不少于2周，一年内不超过24次): the cap in the clause after the spacing is the same rule, not a level the plan sets.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

describe('a yearly cap of times after a spacing rule', () => {
  it('should support no item for the cap after a donation interval', () => {
    expect(indicators('机采血小板的采集间隔不少于2周，每年不超过24次。', MULTI_YEAR)).toEqual([]);
  });
  it('should support no item for the cap counted within a year', () => {
    expect(indicators('同一献血者单采间隔期不少于14天，一年内不超过20次。', ANNUAL_2024)).toEqual([]);
  });
});

describe('caps of times that stay', () => {
  it('should not support dropping a cap that follows no spacing rule', () => {
    expect(brief(indicators('对同一企业的现场检查每年不超过2次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|次|<=']);
  });
  it('should not support dropping a cap after an interval a plan bounds from above', () => {
    expect(brief(indicators('公交发车间隔不超过10分钟，每日晚点不超过3次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toContain('3|次|<=');
  });
});
