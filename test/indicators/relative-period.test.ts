// The 一 of a relative period (上一年度, 下一季度, 过去一年) names a period by its place in time: no count of years or quarters a
// plan sets (grammars/indicators.yaml relativePeriods). Sentences written for these tests (acc157).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('relative periods (上一年度, 下一季度) are no quantities', () => {
  it('should support no item for the 一 of 上一年度 / 下一年度 after a verb of doing', () => {
    expect(brief(indicators('各单位于3月底前完成上一年度工作总结。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('评估结果作为安排下一年度项目资金的依据。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support an item for 上一季度 / 过去一年 before the work they date either', () => {
    expect(brief(indicators('每季度首月10日前报送上一季度统计报表。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('过去一年开展督查，发现问题及时整改。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a real count of years or a target in the same sentence', () => {
    expect(brief(indicators('完成上一年度评估，新建托育机构2所。', ANNUAL_2024))).toEqual(['托育机构|2|所|=|target|2024']);
    expect(brief(indicators('上一年度门诊满意度达到90%以上。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['90|%|>=']);
  });
});
