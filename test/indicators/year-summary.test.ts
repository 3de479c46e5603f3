// A body's summary of its year (某镇2026年工作总结, 某街道办事处2026年度工作总结): it reports the year its title names, written at
// the year's end or early in the next, and plans nothing of its own, so the whole text is a review of that year from its first
// line, as a 统计公报 is (grammars/meta.yaml kinds, grammars/indicators.yaml reportKinds). In a review of one year, 一年来 and
// 过去一年 name that year (lookBackYearWords); a value that names the target itself (…下达的5200万元目标任务: targetLabels) is
// the target of the year it is written in, also in a review. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/meta/kind.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

const run = (lines: string[]) => extract(lines.join('\n'), { path: 'summary.txt' });
const items = async (lines: string[]) => (await run(lines)).indicators.map((i) => [i.value, i.unit, i.kind, i.year]);

describe('meta and indicators: a year-end summary (工作总结)', () => {
  it('should support the kind 工作总结 for a summary of one year', () => {
    expect(findKind('某镇2026年工作总结', grammars().meta)).toBe('工作总结');
    expect(findKind('某街道办事处2026年度工作总结', grammars().meta)).toBe('工作总结');
    expect(findKind('某县市场监督管理局2026年工作总结报告', grammars().meta)).toBe('工作总结');
  });

  it('should not support the kind 工作总结 for a summary that also plans the next year, or one that names no year', () => {
    expect(findKind('某街道2026年工作总结和2027年工作计划', grammars().meta)).toBe('年度工作计划');
    expect(findKind('某局2026年工作总结及2027年工作打算', grammars().meta)).toBe('工作打算');
    expect(findKind('乡村振兴工作总结', grammars().meta)).toBeNull();
  });

  it('should support planYears of the year the summary covers', async () => {
    expect((await run(['某镇2026年工作总结', '全年完成一般公共预算收入5420万元。', '某镇人民政府', '2026年12月20日'])).meta.planYears).toEqual([2026, 2026]);
  });

  it('should support every figure of a summary as actual of its year, counts with no target verb and shortfalls included', async () => {
    const out = await items([
      '某街道办事处2026年度工作总结',
      '一、主要成效',
      '（一）产业发展。全年新增市场主体318家，同比增长6.2%；新建口袋公园4个，发展党员6名。',
      '二、存在的不足',
      '一年来，我们也清醒地看到，仍有3个社区未建成标准化养老服务站。',
    ]);
    expect(out).toEqual([
      [318, '家', 'actual', 2026],
      [6.2, '%', 'actual', 2026],
      [4, '个', 'actual', 2026],
      [6, '名', 'actual', 2026],
      [3, '个', 'actual', 2026],
    ]);
  });

  it('should support 一年来 as the year a plan\'s review section looks back on', async () => {
    const out = await items([
      '某县2027年卫生健康工作要点',
      '一、2026年工作回顾',
      '一年来，全县新增家庭医生团队12个，培训乡村医生860人。',
      '二、2027年主要目标',
      '全县新增家庭医生团队10个。',
    ]);
    expect(out).toEqual([
      [12, '个', 'actual', 2026],
      [860, '人', 'actual', 2026],
      [10, '个', 'target', 2027],
    ]);
  });

  it('should not support 去年 as the year a summary covers: it is the year before', async () => {
    const out = await items(['某镇2026年工作总结', '一、主要工作', '去年，全镇新建农村公路8公里。']);
    expect(out).toEqual([[8, '公里', 'actual', 2025]]);
  });

  it('should support a value that names the target itself as the target of the year reviewed', async () => {
    expect(await items([
      '某镇2026年工作总结',
      '一、主要工作',
      '（一）财政收入。完成一般公共预算收入5420万元，超额完成区下达的5200万元目标任务，完成年度目标任务的104.2%。',
    ])).toEqual([
      [5420, '万元', 'actual', 2026],
      [5200, '万元', 'target', 2026],
      [104.2, '%', 'actual', 2026],
    ]);
    expect(await items([
      '某县2027年人力资源和社会保障工作要点',
      '一、2026年工作回顾',
      '全县城镇新增就业8460人，超额完成市下达的8000人目标任务。',
    ])).toEqual([
      [8460, '人', 'actual', 2026],
      [8000, '人', 'target', 2026],
    ]);
  });

  it('should not support a count of tasks before 任务 as a target', async () => {
    const out = await items(['某镇2026年工作总结', '一、主要工作', '（一）项目建设。完成县下达的15项任务。']);
    expect(out).toEqual([[15, '项', 'actual', 2026]]);
  });
});
