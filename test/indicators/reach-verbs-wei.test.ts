// The 为 forms of the verbs that reach a level (减少为, 精简为, 压减为, 缩减为 …, and 整合为, 合并为 of forms and windows merged into
// fewer): a count after them is the level reached, as after 减少至, where a bare 为 before a count sets none. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县2027年优化营商环境行动方案', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
    i.kind,
  ]);

describe('indicators: a level reached after the 为 form of a verb', () => {
  it('should support 由X压减为Y and 由X精简为Y of counts: the baseline and the level', async () => {
    expect(await items('窗口受理环节由5个压减为3个。')).toEqual([
      ['窗口受理环节', 5, '个', '=', 'baseline'],
      ['窗口受理环节', 3, '个', '=', 'target'],
    ]);
    expect(await items('证明材料由9份精简为4份。')).toEqual([
      ['证明材料', 9, '份', '=', 'baseline'],
      ['证明材料', 4, '份', '=', 'target'],
    ]);
  });

  it('should support 整合为 and 合并为 of forms and windows merged into fewer', async () => {
    expect(await items('变更登记申请表由8张整合为2张。')).toEqual([
      ['变更登记申请表', 8, '张', '=', 'baseline'],
      ['变更登记申请表', 2, '张', '=', 'target'],
    ]);
    expect(await items('综合窗口由14个合并为6个。')).toEqual([
      ['综合窗口', 14, '个', '=', 'baseline'],
      ['综合窗口', 6, '个', '=', 'target'],
    ]);
  });

  it('should support a 为 form with no baseline, as 减少至', async () => {
    expect(await items('企业开办办理环节精简为2个。')).toEqual([['企业开办办理环节', 2, '个', '=', 'target']]);
  });

  it('should support a duration after 缩减为, as before', async () => {
    expect(await items('一般事项承诺办理时限由15个工作日缩减为8个工作日。')).toEqual([
      ['一般事项承诺办理时限', 15, '个工作日', '=', 'baseline'],
      ['一般事项承诺办理时限', 8, '个工作日', '=', 'target'],
    ]);
  });

  it('should not support a bare 为 before a count, nor 整合为 with no number', async () => {
    expect(await items('本次改革的牵头单位为2家医院。')).toEqual([]);
    expect(await items('将原有3个服务科室整合为综合服务中心。')).toEqual([]);
  });
});
