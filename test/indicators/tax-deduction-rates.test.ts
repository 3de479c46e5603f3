// The deduction rates of the enterprise income tax law (研发费用按100%在税前加计扣除, 按无形资产成本的200%在税前摊销): 科技 and 工信 plans
// restate them among the policies they carry out (落实…加计扣除政策), a parameter of the law and no level the plan sets; the firms
// and sums that benefit (享受加计扣除政策企业达到800家, 加计扣除额30亿元以上) stay items. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市科学技术局2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: deduction rates of the income tax law (按100%在税前加计扣除)', () => {
  it('should support a rate right before a verb of tax deduction as no indicator', async () => {
    expect(await items(['一、激励企业创新', '全面落实企业研发费用按100%在税前加计扣除政策，加大政策宣传辅导力度。'])).toEqual([]);
    expect(await items(['一、激励企业创新', '形成无形资产的，按照无形资产成本的200%在税前摊销，支付残疾职工的工资按100%加计扣除。'])).toEqual([]);
  });

  it('should not support the firms and sums that benefit, nor a rate with no deduction verb after it, as no indicator', async () => {
    const out = await items(['一、激励企业创新', '享受研发费用加计扣除政策的企业达到800家，加计扣除额达到30亿元以上，规模以上工业企业研发投入增长12%。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [800, '家', '='],
      [30, '亿元', '>='],
      [12, '%', '='],
    ]);
  });
});
