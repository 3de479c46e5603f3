// The warranty term of works (保修期, 质保期, 缺陷责任期), said with a copula right after its noun (工程质量保修期为2年): the works
// contract and 《建设工程质量管理条例》 fix it for each project, a term the plan restates, never a level it sets (INDICATORS.md:
// durations of procedural rules not phrased as a target), as 试用期为6个月 is (grammar termNouns). A term the plan bounds stays.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a warranty term said with a copula is no item', () => {
  it('should support a warranty term as no item', () => {
    expect(brief(indicators('项目竣工验收后，工程质量保修期为2年，由施工单位负责维修。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('灌溉设备质保期为3年。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('道路工程缺陷责任期一般为2年。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a term the plan bounds', () => {
    expect(brief(indicators('新建供水管网质保期不少于5年。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['5|年|>=']);
  });
});
