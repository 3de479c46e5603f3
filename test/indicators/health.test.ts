// Phrasing of health-sector plans (卫生健康 工作要点/规划, 医保 实施方案, 疾控 工作计划): units, stock counts
// and metric names as these documents write them.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

describe('health-sector indicators', () => {
  it('should support buildings counted by 栋 and 幢 after an object verb', () => {
    expect(brief(indicators('新建县妇幼保健院门诊综合楼1栋。', MULTI_YEAR))).toEqual(['县妇幼保健院门诊综合楼|1|栋|=|target|']);
    expect(brief(indicators('完成闲置农房盘活利用200幢。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['200|幢|=']);
  });
  it('should not support 栋 or 幢 with no target verb or comparator', () => {
    expect(indicators('院区内有3栋老旧住院楼需要改造。', ANNUAL_2024)).toEqual([]);
  });
});
