// A report on how a year went (某县人民政府关于2025年法治政府建设情况的报告, …工作情况的报告): a government or department files it in
// the year after, reviews the year its title names from its first paragraph, and plans the next year's work in its closing part
// (四、2026年…主要安排), as a 年度报告 or an 审计工作报告 does (grammars/meta.yaml kinds[].past, grammars/indicators.yaml
// reportKinds and forwardHeadings). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/meta/kind.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

const run = (lines: string[]) => extract(lines.join('\n'), { path: 'report.txt' });
const items = async (lines: string[]) => (await run(lines)).indicators.map((i) => [i.value, i.unit, i.kind, i.year]);

describe('meta and indicators: a report on a year past (情况的报告)', () => {
  it('should support the kind 情况报告 for a 情况的报告 on one year', () => {
    expect(findKind('某县人民政府关于2025年法治政府建设情况的报告', grammars().meta)).toBe('情况报告');
    expect(findKind('关于2025年度全市国有资产管理情况的综合报告', grammars().meta)).toBe('情况报告');
    expect(findKind('某市生态环境局关于2025年度依法行政工作情况报告', grammars().meta)).toBe('情况报告');
  });

  it('should not support a report on part of a year, nor the report on a plan\'s execution and the next year\'s draft', () => {
    expect(findKind('关于2025年上半年全区经济运行情况的报告', grammars().meta)).toBeNull();
    expect(findKind('关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告', grammars().meta)).toBeNull();
    expect(findKind('关于某县2025年预算执行情况和2026年预算草案的报告', grammars().meta)).toBeNull();
  });

  it('should support planYears of the year after the one reported on, for 情况报告, 年度报告 and 审计工作报告', async () => {
    expect((await run(['某县人民政府关于2025年法治政府建设情况的报告', '现将有关情况报告如下。'])).meta.planYears).toEqual([2026, 2026]);
    expect((await run(['某区人民政府2025年政府信息公开工作年度报告', '一、总体情况'])).meta.planYears).toEqual([2026, 2026]);
    expect((await run(['关于某县2025年度县级预算执行和其他财政收支的审计工作报告', '一、审计情况'])).meta.planYears).toEqual([2026, 2026]);
  });

  it('should not support the year after for a 统计公报, which plans nothing and covers the year its title names', async () => {
    expect((await run(['某县2025年国民经济和社会发展统计公报', '全年地区生产总值186.4亿元。'])).meta.planYears).toEqual([2025, 2025]);
  });

  it('should support the counts of the year reviewed as actual of that year, and the 主要安排 part as targets of the next', async () => {
    const out = await items([
      '某县人民政府关于2025年法治政府建设情况的报告',
      '一、2025年推进法治政府建设的主要举措和成效',
      '（一）化解行政争议。全年共收到行政复议申请126件，审结118件，综合纠错率14.4%。',
      '二、2026年推进法治政府建设的主要安排',
      '（一）提升复议质效。行政复议案件审结率达到95%以上，行政机关负责人出庭应诉率保持100%。',
    ]);
    expect(out).toEqual([
      [126, '件', 'actual', 2025],
      [118, '件', 'actual', 2025],
      [14.4, '%', 'actual', 2025],
      [95, '%', 'target', 2026],
      [100, '%', 'target', 2026],
    ]);
  });
});
