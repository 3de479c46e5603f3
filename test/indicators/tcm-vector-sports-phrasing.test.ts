// Phrasings of 中医药, 病媒生物防制/爱国卫生 and 全民健身 plans (genre g143-g146 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const years = async (lines: string[]): Promise<Array<[number | [number, number] | null, number | null]>> =>
  (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.year]);

describe('indicators: an unnumbered list of targets under a lead-in', () => {
  const head = ['某市卫生健康事业发展“十五五”规划', '一、发展目标', '到2030年，全市卫生健康服务体系更加完善。主要指标是：'];

  it('should support the lead-in year on every —— item of the list, each closed by 。', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。', '——健康水平提升。人均预期寿命达到80岁。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
      [80, 2030],
    ]);
  });

  it('should support a list whose items a PDF page break parts', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '— 2 —', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
    ]);
  });

  it('should not support the lead-in year past the list\'s last item, on a paragraph with no item mark', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。', '推进紧密型医联体建设，组建城市医疗集团3个。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
      [3, null],
    ]);
  });
});
