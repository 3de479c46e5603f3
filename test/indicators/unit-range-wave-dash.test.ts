// A range written with its unit on both ends is joined by any range separator, also the wave dash ～ that GB/T 15834 gives
// numeric ranges (10%～50%), the full-width hyphen and the doubled dash: one item [low, high], not two values. 到 after a unit
// joins a starting level to a later one (从5%到10%) and is no such joiner. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a range with the unit on both ends joined by ～, － or ——', () => {
  it('should support the wave dash, the full-width hyphen and the doubled dash between two percentages', () => {
    expect(values('社区居民健康档案动态使用率达到60%～70%。')).toEqual(['[60,70]|%|range']);
    expect(values('门诊患者满意度保持在90%－95%。')).toEqual(['[90,95]|%|range']);
    expect(values('药品采购价格平均降幅为15%——25%。')).toEqual(['[15,25]|%|range']);
  });

  it('should support the wave dash between two counts of the same unit', () => {
    expect(values('每个社区配备家庭医生团队3个～5个。')).toEqual(['[3,5]|个|range']);
  });

  it('should not support 到 after a unit as a range, nor a falling pair as one', () => {
    expect(values('孕产妇系统管理率从85%到92%。').some((v) => v.endsWith('range'))).toBe(false);
    expect(values('流失率由12%～8%。').some((v) => v.endsWith('range'))).toBe(false);
  });
});
