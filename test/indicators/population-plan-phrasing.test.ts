// The phrasing of 人口 plans (人口发展规划, 人口长期均衡发展 实施方案): the 总和生育率 written bare, levels brought back with
// 回升到/回落到, and the yearly report an organ publishes on the population, which is a routine and no target.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

describe('indicators: the 总和生育率 written without a unit (grammar unitlessHeads 生育率)', () => {
  it('should support a bare fertility rate after its predicate, with unit null', () => {
    expect(brief(indicators('到2025年，全县总和生育率稳定在1.3左右。'))).toEqual(['总和生育率|1.3||~|target|2025']);
    expect(brief(indicators('2020年全区总和生育率约为0.96。'))).toEqual(['总和生育率|0.96||~|actual|2020']);
    expect(brief(indicators('育龄妇女总和生育率提高到1.25以上。', ANNUAL_2024))).toEqual(['育龄妇女总和生育率|1.25||>=|target|2024']);
  });

  it('should support a birth rate given per thousand with its unit still read', () => {
    expect(brief(indicators('到2025年，一般生育率回升到42‰。'))).toEqual(['一般生育率|42|‰|=|target|2025']);
  });

  it('should not support a number that a different word follows as the fertility rate', () => {
    expect(brief(indicators('总和生育率低于更替水平的地区，实施生育支持试点3项。'))).not.toContainEqual(expect.stringMatching(/^总和生育率\|/u));
  });
});

describe('indicators: a level brought back (回升到, 回升至, 回落到, 回落至)', () => {
  it('should support the level a falling or rising measure is brought back to as a target', () => {
    expect(brief(indicators('到2025年，全市人口出生率回升至7.5‰。'))).toEqual(['人口出生率|7.5|‰|=|target|2025']);
    expect(brief(indicators('居民消费价格涨幅回落到3%以内。', ANNUAL_2024))).toEqual(['居民消费价格涨幅|3|%|<=|target|2024']);
    expect(brief(indicators('商品房空置率回落至12%左右。', ANNUAL_2024))).toEqual(['商品房空置率|12|%|~|target|2024']);
  });

  it('should not support the verb as a word of the metric', () => {
    expect(brief(indicators('年出生人口回升到0.9万人。', ANNUAL_2024))[0]).toBe('年出生人口|0.9|万人|=|target|2024');
  });
});

describe('indicators: a report an organ publishes at a cadence (grammar procedureNouns 报告, 公报, 白皮书)', () => {
  it('should not support a yearly count of a published report as a target', () => {
    expect(indicators('每年发布一次全县人口发展报告，及时研判人口形势。', MULTI_YEAR)).toEqual([]);
    expect(indicators('每年发布1次卫生健康事业发展统计公报。', MULTI_YEAR)).toEqual([]);
    expect(indicators('每年编制一次全市老龄事业发展白皮书。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a count of reports with no cadence, and a cadence with a bound word, as targets', () => {
    expect(brief(indicators('全年发布人口形势分析报告4期。', ANNUAL_2024))).toEqual(['人口形势分析报告|4|期|=|target|2024']);
    expect(brief(indicators('每年至少发布2次人口监测报告。', MULTI_YEAR))).toHaveLength(1);
  });
});
