// A past year's level in brackets right after a target's quantity (…提高到35%（2025年为28.6%）) is the target's base-year value,
// as a table's 基期 column gives it: kind baseline, dated by the bracket's year (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const THREE_YEARS = { years: [2026, 2028] as [number, number], annual: false };

describe('a base-year value in brackets after a target', () => {
  it('should support （2025年为X） after a target as the baseline of the same metric', () => {
    expect(brief(indicators('到2028年，全市数字经济核心产业增加值占地区生产总值比重提高到12%（2025年为9.1%）。', THREE_YEARS))).toEqual([
      '数字经济核心产业增加值占地区生产总值比重|12|%|=|target|2028',
      '数字经济核心产业增加值占地区生产总值比重|9.1|%|=|baseline|2025',
    ]);
  });

  it('should support the bracket without 为 (（2025年65%）) and with 年底 (（2025年底为1.2%）)', () => {
    expect(brief(indicators('规模以上工业企业数字化改造覆盖率达到80%（2025年65%）。', THREE_YEARS)).at(-1)).toBe('规模以上工业企业数字化改造覆盖率|65|%|=|baseline|2025');
    expect(brief(indicators('到2028年，全市不良贷款率控制在1%以内（2025年底为1.2%）。', THREE_YEARS)).at(-1)).toBe('不良贷款率|1.2|%|=|baseline|2025');
  });

  it('should not support a past level of a sentence of its own (2025年为…, no bracket) as a baseline', () => {
    expect(brief(indicators('2025年，全市5G基站达到0.9万个，农产品加工转化率达到71.5%。', THREE_YEARS)).map((s) => s.split('|')[4])).not.toContain('baseline');
  });

  it('should not support a bracket that holds the plan\'s own year (（2027年为11%）): a milestone, no base', () => {
    expect(brief(indicators('到2028年，数字经济核心产业增加值占比提高到12%（2027年为11%）。', THREE_YEARS)).map((s) => s.split('|')[4])).not.toContain('baseline');
  });
});
