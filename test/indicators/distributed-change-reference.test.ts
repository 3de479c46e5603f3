// 分别 before a list of changes whose unit is written once, with the reference of the change between them (分别比上年增长5和6%,
// 分别较上年下降0.3和0.5个百分点): statistical bulletins and reviews write each metric's change against last year so. The bare first
// value shares the last one's unit, as after 分别增长. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(lines.join('\n'), { path: 'changes.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: 分别比上年 + a list of values with one unit', () => {
  it('should support 分别比上年增长 X和Y%', async () => {
    const out = await items(['某县2026年国民经济和社会发展统计公报', '全年城乡居民人均消费支出分别比上年增长4.6和7.3%。']);
    expect(out.filter((i) => i[2] === '%').map((i) => i[1])).toEqual([4.6, 7.3]);
  });

  it('should support 分别较上年下降 X和Y个百分点 and 分别比上年末提高', async () => {
    const out = await items(['某市2026年卫生健康统计简报', '全市剖宫产率和低出生体重儿发生率分别较上年下降1.2和0.4个百分点。', '参保率和签约率分别比上年末提高0.6和1.5个百分点。']);
    expect(out.filter((i) => i[2] === '个百分点').map((i) => i[1])).toEqual([1.2, 0.4, 0.6, 1.5]);
  });

  it('should not support a list of bare numbers far from 分别 as values', async () => {
    const out = await items(['某县2027年工作要点', '分别在各乡镇组织开展第3和4批次培训。']);
    expect(out.some((i) => i[1] === 3)).toBe(false);
  });
});
