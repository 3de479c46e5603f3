// Orders counted in 单, the count of 快递/即时配送/电商/物流 statistics (配送量200万单); not where 单 begins a word of its own
// (单元, 单层). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市低空经济发展行动方案（2027—2029年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: orders counted in 单', () => {
  it('should support orders counted in 单 and 万单', async () => {
    const out = await items(['一、智慧物流', '即时配送日均订单量达到8万单，跨境电商出口订单突破600万单。']);
    expect(out).toEqual([
      ['即时配送日均订单量', 8, '万单', '='],
      ['跨境电商出口订单', 600, '万单', '>='],
    ]);
  });
  it('should not support 单 where it begins a word of its own', async () => {
    const out = await items(['一、住房保障', '改造老旧小区5单元住宅楼，新建2单层厂房。']);
    expect(out).toEqual([]);
  });
});
