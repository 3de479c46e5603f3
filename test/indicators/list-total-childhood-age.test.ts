// Two counts that name rather than set: a count right after a list of as many names totals the list (A、B、C3个领域), as the
// count after 等 does, unless a verb of works opens the list; and an age range from birth to majority (0—18岁儿童) is every
// child, the group's own bounds, not the age limit of a service. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某市儿童发展规划实施方案（2026—2028年）', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a count that totals the names listed right before it', () => {
  it('should support a count after a list of as many names as no item', async () => {
    const out = await items(['一、基本情况', '对照规划目标，儿童与安全、儿童与家庭、儿童与环境3个领域的进展相对滞后。']);
    expect(out).toEqual([]);
  });

  it('should support a list joined by 和 before its last name', async () => {
    const out = await items(['二、重点任务', '聚焦城区、园区和景区3类重点区域，推进儿童友好空间改造。']);
    expect(out).toEqual([]);
  });

  it('should not support dropping works to deliver that a verb of works opens', async () => {
    const out = await items(['二、重点任务', '改造城东、城南2所儿童福利机构。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[2, '所']]);
  });

  it('should not support dropping a count whose number differs from the names listed', async () => {
    const out = await items(['二、重点任务', '依托城东、城南建成儿童之家12个。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[12, '个']]);
  });
});

describe('indicators: an age range from birth to majority', () => {
  it('should support 0—18岁 before the children a measure is for as no age limit', async () => {
    const out = await items(['二、重点任务', '对全市0—18岁困境儿童实行分类保障，按季度开展走访。']);
    expect(out).toEqual([]);
  });

  it('should not support an age range that limits a service to some children being dropped', async () => {
    const out = await items(['二、重点任务', '为全市3—6岁儿童免费开展口腔检查。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[[3, 6], '岁']]);
  });
});
