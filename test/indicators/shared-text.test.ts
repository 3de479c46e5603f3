// A fixture for the adversarial bench's "numbers and units" input: a stop-less run of values read
// as one distribution gave every item the whole run as its text (output quadratic in the input).
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

describe('indicators: shared text of a distribution', () => {
  it('should support one shared text for a short distribution', () => {
    const items = indicators('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在20/10万、7‰和9.5‰以内。');
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i) => i.text)).size).toBe(1);
  });

  it('should not support a shared text longer than a sentence in a stop-less run of values', () => {
    const run = '1-3个百分点、20/10万、7.0%和9.5%'.repeat(400);
    const items = indicators(run);
    expect(items.length).toBeGreaterThan(1000);
    expect(Math.max(...items.map((i) => i.text.length))).toBeLessThanOrEqual(400);
  });

  it('should support a text of its own for a counted item whose verb follows the item before it after 、', () => {
    const texts = (sentence: string) => indicators(sentence).map((i) => i.text);
    expect(texts('改造提升农贸市场15个、新建便民生活圈20个、培育夜间消费街区3条。')).toEqual(['改造提升农贸市场15个', '新建便民生活圈20个', '培育夜间消费街区3条']);
    expect(texts('培训乡村医生500人次、新增家庭医生200名。')).toEqual(['培训乡村医生500人次', '新增家庭医生200名']);
    expect(texts('新建高标准农田5万亩、改造提升3万亩。')).toEqual(['新建高标准农田5万亩', '改造提升3万亩']);
  });

  it('should support the reach of works (涉及, 惠及) after 、 as an item of its own', () => {
    const items = indicators('完成老旧小区改造120个、涉及居民1.5万户。');
    expect(items.map((i) => [i.metric, i.value, i.unit, i.text])).toEqual([
      ['老旧小区改造', 120, '个', '完成老旧小区改造120个'],
      ['涉及居民', 1.5, '万户', '涉及居民1.5万户'],
    ]);
  });

  it('should not support a text of its own for another milestone of the same count, nor for members that share one verb', () => {
    const texts = (sentence: string) => indicators(sentence).map((i) => i.text);
    expect(texts('力争新培育省级专精特新企业8家、确保5家。')).toEqual(['新培育省级专精特新企业8家', '新培育省级专精特新企业8家、确保5家']);
    expect(new Set(texts('新创建至少10个示范村、6个示范社区。')).size).toBe(1);
  });
});
