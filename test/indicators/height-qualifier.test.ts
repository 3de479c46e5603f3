// A height, depth or length bounded (以上, 以下) and run straight into a noun classes that noun (真高120米以下空域, 海拔3000米以上
// 地区), as a bounded count of people does (100人以上企业): no level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市低空经济发展行动方案（2027—2029年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a bounded height run into a noun is a class', () => {
  it('should not support a bounded height run straight into a noun: it classes that noun', async () => {
    const out = await items(['一、空域管理', '积极争取真高300米以下空域协同管理，推进海拔2000米以上地区应急通信覆盖。']);
    expect(out).toEqual([]);
  });
  it('should still support a bounded length closed by punctuation', async () => {
    const out = await items(['一、交通设施', '新建滨江慢行绿道3000米以上，跑道长度不少于1200米。']);
    expect(out).toEqual([
      ['新建滨江慢行绿道', 3000, '米', '>='],
      ['跑道长度', 1200, '米', '>='],
    ]);
  });
});
