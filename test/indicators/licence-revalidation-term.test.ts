// The term after which a licence is checked again (校验期), said with a copula right after its noun (医疗机构校验期为1年): the
// licensing rule sets it for every holder by the institution's size, a term the plan restates, never a level it sets (INDICATORS.md:
// durations of procedural rules not phrased as a target), as 有效期为1年 is (grammar termNouns). A level the plan sets for the
// checks themselves (校验合格率, a bound) stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a licence re-validation term said with a copula is no item', () => {
  it('should support a clinic licence re-validation term as no item', () => {
    expect(brief(indicators('社区诊所校验期为1年，由区卫生健康局组织校验。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('设置床位的中医医院，其执业许可证校验期为3年。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a level the plan sets for the checks', () => {
    expect(brief(indicators('全区医疗机构校验合格率达到98%以上。', ANNUAL_2024)).length).toBe(1);
    expect(brief(indicators('医疗机构校验办结时间压缩至10个工作日以内。', ANNUAL_2024)).length).toBe(1);
  });
});
