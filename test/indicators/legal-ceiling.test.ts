// 不得超过 / 不得高于 ("must not exceed") is the modal in which laws and standards set a limit every operator must keep; a plan that
// restates such a limit sets no level of its own (its own ceilings say 不超过, 控制在…以内). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'ceiling.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县卫生监督所2027年工作计划', '一、重点工作', ...lines].join('\n');

describe('indicators: a legal ceiling restated', () => {
  it('should support a storage limit with 不得超过 as no target', async () => {
    expect(await items(plan('督促诊所落实医疗废物管理规定，感染性废物暂存时间不得超过48小时。'))).toEqual([]);
  });

  it('should support a daily time limit with 不得高于 as no target, beside a target in the same paragraph', async () => {
    const got = await items(plan('落实作业管理规定，小学生每天书面作业完成时间不得高于60分钟。学校卫生监督覆盖率达到100%。'));
    expect(got.map((i) => i[1])).toEqual([100]);
  });

  it('should not support a plan ceiling with 不超过 as a rule', async () => {
    expect(await items(plan('投诉举报平均办理时间不超过10个工作日。'))).toEqual([['投诉举报平均办理时间', 10, '个工作日', '<=']]);
  });

  it('should not support a floor with 不得少于 as a rule', async () => {
    const got = await items(plan('每家医疗机构每年接受监督检查不得少于2次。'));
    expect(got.map((i) => [i[1], i[3]])).toEqual([[2, '>=']]);
  });
});
