// 现有 / 共有 after a holder is the clause's predicate, "has": a count after it states the stock (grammar stockHolding, stockWords),
// also where the name of what is held holds a verb (预防接种单位, 职业健康检查机构, 培训基地): that verb names the kind of thing held,
// not an act the plan sets. A verb before the stock word (改造现有村卫生室30个) and 在现有基础上 keep their targets.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某区2027年卫生健康工作要点', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a verb inside the name of a held stock', () => {
  it('should support a stock whose name holds a verb as no item, beside a target of the same line', async () => {
    expect(await items('全县现有预防接种门诊16个，年内完成规范化改造。')).toEqual([]);
    expect(await items('全市共有职业健康检查机构9家。')).toEqual([]);
    expect(await items('全县现有预防接种门诊16个，年内新建规范化接种门诊3个。')).toEqual([[3, '个']]);
  });

  it('should not support the stock rule where a verb governs the stock word or 在现有 gives a base', async () => {
    expect(await items('改造现有预防接种门诊5个。')).toEqual([[5, '个']]);
    expect(await items('在现有基础上新增接种点位8个。')).toEqual([[8, '个']]);
  });
});
