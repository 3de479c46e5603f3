// A pair of seasons written with 、 between their first characters (春、秋两季, 上、下半年) is one pair of periods, as 春秋两季 is:
// a count of times shared out over it by 各 says how often a routine runs, not a target (grammar seasonalPeriods). A bound
// word still sets one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a season pair written with 、 before a count shared out by 各', () => {
  it('should not support one time in each of 春、秋两季 or 上、下半年', () => {
    expect(values('每年春、秋两季各组织1次城乡集中灭蚊行动。')).toEqual([]);
    expect(values('上、下半年各开展1次农贸市场环境卫生检查。')).toEqual([]);
  });

  it('should not support it beside a target of the same sentence, which stays', () => {
    expect(values('病媒生物防制达标率达到90%，夏、秋季各开展1次蚊蝇密度调查。')).toEqual(['90%']);
  });

  it('should support a bound word after the pair, and two places listed with 、', () => {
    expect(values('春、秋两季各至少开展1次集中消杀。')).toContain('1次');
    expect(values('城区、镇区各新建1座垃圾中转站。')).toContain('1座');
  });
});
