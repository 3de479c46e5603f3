// 统筹 before a fund and an amount (统筹市级专项资金3000万元, 区财政统筹文化发展资金1500万元) is the budget verb that pools money
// for the year's work: the sum a department commits, an item as 安排 and 统筹安排 make it (grammar poolVerbs). Before a count or a
// rate it is the adverb "in a coordinated way" and sets nothing new; 统筹基金 (the pooled fund of social insurance) is a noun and
// keeps its name (grammar poolNouns). Sentences written for the test, not copied from any document.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: a sum pooled with 统筹 (统筹…资金N万元)', () => {
  it('should support a fund pooled with 统筹 and its amount as an item', () => {
    expect(brief(indicators('统筹区级商贸发展资金1800万元，支持社区商业网点改造。', ANNUAL_2027))).toEqual(['区级商贸发展资金|1800|万元|=|target|2027']);
    expect(brief(indicators('县财政统筹乡村振兴专项资金2.4亿元。', ANNUAL_2027))).toEqual(['乡村振兴专项资金|2.4|亿元|=|target|2027']);
  });
  it('should not support 统筹 inside 统筹基金, or before a count, as the verb of a sum', () => {
    expect(brief(indicators('城乡居民医保统筹基金收入8.6亿元。', ANNUAL_2027)).map((b) => b.split('|')[0])).toEqual(['城乡居民医保统筹基金收入']);
    expect(brief(indicators('统筹基金住院支付比例达到65%。', ANNUAL_2027)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['统筹基金住院支付比例|65']);
    expect(brief(indicators('统筹安排配套资金600万元。', ANNUAL_2027))).toEqual(['配套资金|600|万元|=|target|2027']);
  });
});
