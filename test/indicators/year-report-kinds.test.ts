// Reports of a year past: an 审计工作报告 (the audit of a year's budget an 审计局 reports to the 人大常委会) and a body's 年度报告
// (政府信息公开工作年度报告, 法治政府建设年度报告) state what the year measured from their first paragraph, as a 统计公报 does
// (grammars/indicators.yaml reportKinds); a part headed 审计建议 or 下一步 turns to what is to be done (forwardHeadings).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { findKind } from '../../src/meta/kind.js';
import { grammars } from '../grammar-helpers.js';

const items = async (lines: string[]) =>
  (await extract(lines.join('\n'), { path: 'report.txt' })).indicators.map((i) => [i.value, i.unit, i.kind, i.year]);

describe('indicators: reports of a year past', () => {
  it('should support the kinds 审计工作报告 and 年度报告 from the title', () => {
    expect(findKind('关于某县2025年度县级预算执行和其他财政收支的审计工作报告', grammars().meta)).toBe('审计工作报告');
    expect(findKind('某区人民政府2025年政府信息公开工作年度报告', grammars().meta)).toBe('年度报告');
    expect(findKind('某市司法局2025年法治政府建设年度报告', grammars().meta)).toBe('年度报告');
  });

  it('should support an audit report\'s overall figures and findings as actual of the year audited, before and under its headings', async () => {
    const out = await items([
      '关于某县2025年度县级预算执行和其他财政收支的审计工作报告',
      '县审计局对2025年度县级预算执行情况进行了审计，查出问题金额3.46亿元，促进增收节支5620万元。',
      '一、县级财政管理审计情况',
      '县级一般公共预算收入总量为41.8亿元，支出总量为40.6亿元。',
    ]);
    expect(out).toEqual([
      [3.46, '亿元', 'actual', 2025],
      [5620, '万元', 'actual', 2025],
      [41.8, '亿元', 'actual', 2025],
      [40.6, '亿元', 'actual', 2025],
    ]);
  });

  it('should support the 审计建议 part of an audit report setting targets again', async () => {
    const out = await items([
      '关于某县2025年度县级预算执行和其他财政收支的审计工作报告',
      '一、部门预算执行审计情况',
      '查出问题金额8260万元。',
      '二、加强财政管理的审计建议',
      '（一）盘活存量资金。将部门结余资金规模压减20%以上，资金监控覆盖率达到100%。',
    ]);
    expect(out.map((i) => i[2])).toEqual(['actual', 'change', 'target']);
  });

  it('should support a 年度报告\'s counts of the year as actual, also under headings that name no review', async () => {
    const out = await items([
      '某区人民政府2025年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开。发布政策解读材料88篇，召开新闻发布会7场。',
      '二、其他需要报告的事项',
      '（一）建议提案办理情况。全年承办区人大代表建议64件，代表满意率达到97.5%。',
    ]);
    expect(out).toEqual([
      [88, '篇', 'actual', 2025],
      [7, '场', 'actual', 2025],
      [64, '件', 'actual', 2025],
      [97.5, '%', 'actual', 2025],
    ]);
  });

  it('should support a 下一步 part under a review heading setting targets', async () => {
    const out = await items([
      '某县2026年卫生健康工作要点',
      '一、2025年工作回顾',
      '全年家庭医生签约率为78%。',
      '（一）下一步工作打算',
      '家庭医生签约率达到80%以上。',
    ]);
    expect(out.map((i) => i[2])).toEqual(['actual', 'target']);
  });

  it('should not support a report\'s title that names no year as a report of a year', () => {
    expect(findKind('关于加强审计工作报告', grammars().meta)).not.toBe('审计工作报告');
  });
});
