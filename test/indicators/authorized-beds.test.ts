// 编制床位 "authorized beds" (the beds a hospital's staffing quota allows) is one noun: its 编制 is the attribute "authorized",
// not the verb "compile" (编制地方标准5项). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, documentItems, indicators } from './helpers.js';

const review = (body: string): string => ['桐川县中医院2025年工作计划', '一、2024年工作回顾', body, '二、2025年工作任务', '（一）加强管理。全院门诊量达到30万人次。'].join('\n');

describe('编制床位 is the noun authorized beds, not the verb 编制 and its object', () => {
  it('should support the stock of a hospital described with 现有 and its list as no item', async () => {
    expect(await documentItems(review('医院现有编制床位450张、实际开放床位500张，设临床科室24个、医技科室7个。'))).toEqual([
      '全院门诊量|30|万人次|=|target|2025|"全院门诊量达到30万人次"',
    ]);
    expect(await documentItems(review('目前全院现有编制床位300张，开放床位320张。'))).toEqual(['全院门诊量|30|万人次|=|target|2025|"全院门诊量达到30万人次"']);
  });
  it('should not support dropping 编制 from the name of a target (编制床位达到600张)', () => {
    expect(brief(indicators('县人民医院编制床位达到600张。', ANNUAL_2024))).toEqual(['县人民医院编制床位|600|张|=|target|2024']);
  });
  it('should not support losing 编制 the verb before the things a body compiles', () => {
    expect(brief(indicators('编制地方标准5项。', ANNUAL_2024))).toEqual(['地方标准|5|项|=|target|2024']);
    expect(brief(indicators('编制政务数据资源目录1.2万条。', ANNUAL_2024))).toEqual(['政务数据资源目录|1.2|万条|=|target|2024']);
  });
});
