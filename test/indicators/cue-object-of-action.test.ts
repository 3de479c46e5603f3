// An actual cue (现有, 已建成) right after the 对 that opens the object of an action names what the action is done to; the amounts
// the action then sets are targets. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县血防和慢病管理工作方案（2026—2028年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

describe('indicators: a cue that names the object of an action', () => {
  it('should support targets after 对现有… as targets', async () => {
    const out = await items(['一、主要措施', '对现有螺环境开展药物灭螺，每年灭螺面积不少于900公顷。对现有在册病人实施规范管理，每年随访不少于4次。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [900, 'target'],
      [4, 'target'],
    ]);
  });

  it('should support targets after 对已建成的… as targets', async () => {
    const out = await items(['一、主要措施', '对已建成的村卫生室开展提质改造，改造数量不少于30个。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([[30, 'target']]);
  });

  it('should not support a stock after 现有 as a target', async () => {
    const out = await items(['一、基本情况', '全县现有村卫生室210个，已建成标准化村卫生室150个。']);
    expect(out.every((i) => i[4] === 'actual')).toBe(true);
  });
});
