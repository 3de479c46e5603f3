// 个千分点 (per-mille points): the difference of two rates written in ‰, as 统计公报 and 卫生健康 reports write a change of a
// death or birth rate (婴儿死亡率比上年下降0.3个千分点), the ‰ counterpart of 个百分点. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(lines.join('\n'), { path: 'permille.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

describe('indicators: 个千分点', () => {
  it('should support a change in 个千分点 after a ‰ rate as a difference of rates', async () => {
    const out = await items(['某县2027年卫生健康工作要点', '一、主要目标', '全县新生儿死亡率控制在1.8‰以内，比上年降低0.2个千分点。']);
    expect(out).toContainEqual(['新生儿死亡率', 0.2, '个千分点', 'change']);
  });

  it('should support 分别 over two rates with the unit 个千分点 written once', async () => {
    const out = await items(['某市2026年妇幼健康统计简报', '全市围产儿死亡率为4.12‰，早产儿发生率为52.3‰，分别比上年下降0.35和0.8个千分点。']);
    expect(out.filter((i) => i[2] === '个千分点').map((i) => i[1])).toEqual([0.35, 0.8]);
  });

  it('should support 千分点 without 个', async () => {
    const out = await items(['某县2027年工作计划', '人口自然增长率较上年提高0.4千分点。']);
    expect(out).toContainEqual(['人口自然增长率', 0.4, '个千分点', 'change']);
  });

  it('should not support a count of 个 read from 个千分点', async () => {
    const out = await items(['某县2027年工作计划', '死胎发生率下降0.6个千分点。']);
    expect(out.some((i) => i[2] === '个')).toBe(false);
  });
});
