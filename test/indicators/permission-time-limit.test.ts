// A time limit with a modal of permission right before a verb stretching it (情况复杂的可延长至30日, 经批准可延长到10个工作日):
// the furthest a procedure's deadline may go, the allowance of a rule (the 行政复议法, 信访条例 and 12345 work rules write their
// handling limits so), no level a plan sets (INDICATORS.md: durations in procedural rules that are not phrased as a target), as
// the same allowance on an age limit is none (permission-age.test.ts). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a time limit a rule allows to be stretched is no item', () => {
  it('should support an allowance that stretches a handling time as no item', () => {
    expect(brief(indicators('群众来信一般在受理后10个工作日内答复，情况复杂的可延长至20个工作日。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('信访事项应当自受理之日起60日内办结，经批准可延长到90日。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('特殊情况下审查期限也可延长至6个月。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a time limit a plan sets', () => {
    expect(brief(indicators('审批时限压缩至10个工作日以内。', ANNUAL_2024))).toEqual(['审批时限|10|个工作日|<=|target|2024']);
    expect(brief(indicators('审批时限可压缩至10个工作日。', ANNUAL_2024)).length).toBe(1);
    expect(brief(indicators('门诊服务时间延长至12小时。', ANNUAL_2024)).length).toBe(1);
  });
});
