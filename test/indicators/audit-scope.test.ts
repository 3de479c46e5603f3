// What an audit covered (the units and the money an 审计工作报告 says it audited) is the audit's scope, no level the year
// measured; what it found (查出问题金额, 资金N万元未拨付, the sum a finding involves: 涉及资金N万元) is (grammars/indicators.yaml
// auditScopeVerbs, findingSums). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'audit.txt' })).indicators.map((i) => [i.value, i.unit, i.kind]);

const title = '关于某县2025年度县级预算执行和其他财政收支的审计工作报告';

describe('indicators: the scope of an audit', () => {
  it('should not support the units and the money an audit covered as levels', async () => {
    expect(await items([title, '县审计局依法开展审计，共审计（调查）单位42个，查出问题金额2.7亿元。', '一、民生资金审计情况', '审计了3个乡镇困难群众救助资金1.18亿元的管理使用情况，发现多发放救助金26.4万元。'])).toEqual([
      [2.7, '亿元', 'actual'],
      [26.4, '万元', 'actual'],
    ]);
  });

  it('should support a clause that opens with 审计 and what it found as a finding', async () => {
    expect(await items([title, '一、财政管理审计情况', '审计查出问题金额9600万元。'])).toEqual([[9600, '万元', 'actual']]);
  });

  it('should not support the rule outside a review: a plan\'s audit target stays', async () => {
    expect(await items(['某县审计局2026年工作要点', '一、主要任务', '全年审计单位不少于40个。'])).toEqual([[40, '个', 'target']]);
  });

  it('should support the sum a finding involves (涉及资金, 涉及投资) in a review as measured', async () => {
    expect(await items([title, '二、重大项目审计情况', '审计发现：有的项目未办理施工许可即开工，涉及投资8700万元；违规出借财政资金，涉及资金415万元。'])).toEqual([
      [8700, '万元', 'actual'],
      [415, '万元', 'actual'],
    ]);
  });

  it('should not support 涉及 before a count of places as a level', async () => {
    expect(await items([title, '一、民生资金审计情况', '此次审计涉及12个乡镇。'])).toEqual([]);
  });
});
