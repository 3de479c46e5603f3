// A 统计公报 (国民经济和社会发展统计公报, the bulletin a 统计局 publishes of a year's figures) sets nothing to reach: every figure
// it reports is a measured level, share or growth of the year its title names (kind actual), from its first line to its last,
// as under a review heading (工作回顾). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { findKind } from '../../src/meta/kind.js';
import { grammars } from '../grammar-helpers.js';

const items = async (title: string, body: string[]) =>
  (await extract([title, '某县统计局', '2027年3月10日', '', ...body].join('\n'), { path: 'bulletin.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year]);

describe('indicators: the figures of a 统计公报', () => {
  it('should support the kind 统计公报 from the title', () => {
    expect(findKind('某县2026年国民经济和社会发展统计公报', grammars().meta)).toBe('统计公报');
    expect(findKind('某市2025年卫生健康事业发展统计公报', grammars().meta)).toBe('统计公报');
  });

  it('should support every level and growth of a bulletin as actual of its year, also under headings that name no review', async () => {
    const out = await items('某县2026年国民经济和社会发展统计公报', ['一、综合', '初步核算，全年全县地区生产总值98.65亿元，比上年增长4.8%。常住人口城镇化率为61.2%，比上年末提高0.6个百分点。', '二、农业', '全年粮食总产量12.4万吨，增长1.9%。']);
    expect(out).toEqual([
      ['地区生产总值', 98.65, '亿元', 'actual', 2026],
      ['地区生产总值', 4.8, '%', 'actual', 2026],
      ['常住人口城镇化率', 61.2, '%', 'actual', 2026],
      ['常住人口城镇化率', 0.6, '个百分点', 'actual', 2026],
      ['粮食总产量', 12.4, '万吨', 'actual', 2026],
      ['粮食总产量', 1.9, '%', 'actual', 2026],
    ]);
  });

  it('should not support the same sentences in a plan being read as actual', async () => {
    const out = await items('某县2027年国民经济和社会发展计划', ['一、主要目标', '全年全县地区生产总值增长5%，粮食总产量稳定在12万吨以上。']);
    expect(out.map((i) => i[3])).toEqual(['change', 'target']);
  });
});
