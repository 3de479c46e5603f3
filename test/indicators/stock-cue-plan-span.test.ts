// A stock word (现有) describes what exists now; in a multi-year plan a count due within the plan's own span of years, written after
// it in the same sentence (三年内完成标准化改造9个), is a target of the plan, not part of that stock. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const THREE_YEARS = { years: [2026, 2028] as [number, number], annual: false };

describe('a count due within the plan’s span after a stock word (现有…，三年内完成…)', () => {
  it('should support the count as a target of the span’s last year', () => {
    expect(brief(indicators('全县现有乡镇卫生院14所，按照“一院一策”要求，三年内完成标准化改造10所。', THREE_YEARS))).toEqual(['标准化改造|10|所|=|target|2028']);
    expect(brief(indicators('全县现有乡镇卫生院14所，三年累计改造提升10所。', THREE_YEARS))).toEqual(['改造提升|10|所|=|target|2028']);
  });
  it('should not support a span that is not the plan’s own, nor one that looks back', () => {
    expect(brief(indicators('全县现有乡镇卫生院14所，近三年新建5所。', THREE_YEARS)).map((b) => b.split('|')[4])).toEqual(['actual']);
    expect(brief(indicators('全市现有村卫生室320个，五年内改造提升120个。', THREE_YEARS)).map((b) => b.split('|')[4])).toEqual(['actual']);
  });
});
