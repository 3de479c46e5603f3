// 审计 at the head of a clause is a verb of the audit's scope only when it takes what was audited as its object (审计了3个乡镇
// 救助资金1.2亿元, 共审计单位40个). Followed by a result of the audit it is the subject or the first word of a noun phrase: the amount
// it cut from what was submitted for settlement (审计核减, 审减: the finding of a 政府投资 audit), the recommendations it made and
// how many were taken up (审计建议采纳率, 审计建议被采纳率), their rectification (审计整改到位率). Those are what the year measured, as
// the statistics of 审计 work report them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'audit.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

const plan = '某县审计局2027年工作计划';

describe('indicators: a result of the audit after 审计 (审计核减, 审计建议采纳率, 审计整改)', () => {
  it('should support the amount an audit cut and the share of its recommendations taken up, in a review, as measured levels', async () => {
    expect(await items([plan, '一、2026年工作回顾', '全年审计核减工程结算送审金额2380万元，审计建议采纳率达到91%。'])).toEqual([
      ['审计核减工程结算送审金额', 2380, '万元', 'actual'],
      ['审计建议采纳率', 91, '%', 'actual'],
    ]);
    expect(await items([plan, '一、2026年工作回顾', '审计建议被采纳率为88.6%，审计整改到位率达到97%，审减政府投资项目金额1560万元。'])).toEqual([
      ['审计建议被采纳率', 88.6, '%', 'actual'],
      ['审计整改到位率', 97, '%', 'actual'],
      ['审减政府投资项目金额', 1560, '万元', 'actual'],
    ]);
  });

  it('should not support 审计 before what was audited as a level: the scope of the audit stays no item', async () => {
    expect(await items([plan, '一、2026年工作回顾', '共审计单位38个，审计了5个乡镇扶贫资金1.6亿元的使用情况。'])).toEqual([]);
    expect(await items([plan, '一、2026年工作回顾', '审计整体上覆盖了12个部门。'])).toEqual([]);
  });
});
