// A density of facilities as a 创建 standard or a city plan sets it: the area or length it is counted per (每平方公里, 每公里)
// stands between the bound and the count, as 每亩 stands before a subsidy's amount. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县创建国家卫生县城工作方案', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a density counted per square kilometre or kilometre', () => {
  it('should support 每平方公里 between a bound and its count, the metric named before the bound', async () => {
    expect(await items('县城公共厕所设置密度不低于每平方公里4座。')).toEqual([['县城公共厕所设置密度', 4, '座', '>=']]);
    expect(await items('城区消防站布局密度达到每平方公里0.2个以上。')).toEqual([['城区消防站布局密度', 0.2, '个', '>=']]);
  });

  it('should support 每公里 between a bound and its count', async () => {
    expect(await items('主干道果皮箱设置不少于每公里10个。')).toEqual([['主干道果皮箱设置', 10, '个', '>=']]);
  });

  it('should not support a count of square kilometres itself (建成区面积) as a per-area basis', async () => {
    expect(await items('县城建成区面积达到28平方公里。')).toEqual([['县城建成区面积', 28, '平方公里', '=']]);
  });
});
