// The trial term a rule gives what it admits on trial (试行期), said with a copula right after its noun (新增项目试行期为2年): the rule
// sets it for every item so admitted, a term the plan restates, never a level it sets (INDICATORS.md: durations of procedural rules not
// phrased as a target), as 试用期为6个月 is (grammar termNouns). A level the plan sets with a bound of its own stays. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a trial term said with a copula is no item', () => {
  it('should support a trial term as no item', () => {
    expect(brief(indicators('新增中医诊疗服务项目试行期为2年，期满后转为正式项目。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('临时收费标准试行期一般为1年。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a level the plan sets', () => {
    expect(brief(indicators('试行项目转为正式项目的比例达到80%以上。', ANNUAL_2024)).length).toBe(1);
    expect(brief(indicators('新增项目受理审核时间压缩至30个工作日以内。', ANNUAL_2024)).length).toBe(1);
  });
});
