// A year word that opens a clause after a comma or semicolon (…，去年建成了5个…，今年再建成3个…): reports and annual plans set
// what was done last year beside what is to be done this year inside one sentence, each clause dated by its own word, as an
// explicit year opening a clause (…，2023年已建成5个…) dates it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('去年/今年 opening a clause dates that clause', () => {
  it('should support a count done last year, after a comma, as actual of the year before', () => {
    expect(brief(indicators('二是推进标准化建设，去年改造了6个村卫生室，今年再改造村卫生室8个。', ANNUAL_2024))).toEqual([
      '村卫生室|6|个|=|actual|2023',
      '村卫生室|8|个|=|target|2024',
    ]);
  });
  it('should support a this-year clause after a last-year sentence as the plan year', () => {
    expect(brief(indicators('去年新建了5个健康驿站，今年再新建健康驿站3个。', ANNUAL_2024))).toEqual([
      '健康驿站|5|个|=|actual|2023',
      '健康驿站|3|个|=|target|2024',
    ]);
  });
  it('should not support a year word after 比 or 较 as a clause opener', () => {
    expect(brief(indicators('全年门诊量比去年增长5%以上。', ANNUAL_2024))).toEqual(['门诊量|5|%|>=|change|2024']);
  });
});
