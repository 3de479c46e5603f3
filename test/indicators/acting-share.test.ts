// A share written between a population and its predicate (重点企业100%通过清洁生产审核, 规上企业80%实现数字化改造): the share is an
// adverbial of the verb, the proportion of that population doing what follows; the item runs to the end of the predicate and is
// named by the population and what it does, with 比例, as a share written before its population is (70%的村卫生室具备…).
// Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const texts = (s: string): string[] => indicators(s, ANNUAL_2027).map((i) => i.text);

describe('a share between a population and what it does', () => {
  it('should support the share named by the population and its predicate, the text running to the predicate end', () => {
    expect(brief(indicators('推进政务云迁移，区级业务系统100%完成上云改造。', ANNUAL_2027))).toEqual(['区级业务系统完成上云改造比例|100|%|=|target|2027']);
    expect(texts('推进政务云迁移，区级业务系统100%完成上云改造。')).toEqual(['区级业务系统100%完成上云改造']);
    expect(brief(indicators('强化安全防护，重点网站95%通过安全评测。', ANNUAL_2027))).toEqual(['重点网站通过安全评测比例|95|%|=|target|2027']);
    expect(brief(indicators('规上工业企业60%实现数字化改造。', ANNUAL_2027))).toEqual(['实现数字化改造的规上工业企业比例|60|%|=|target|2027']);
  });
  it('should not support a rate or a share named before its value, or a share with a verb before it, as a population share', () => {
    expect(brief(indicators('区级业务系统上云率100%。', ANNUAL_2027))).toEqual(['区级业务系统上云率|100|%|=|target|2027']);
    expect(brief(indicators('清洁能源占比40%。', ANNUAL_2027)).map((b) => b.split('|')[0])).not.toContain('清洁能源占比完成比例');
    expect(brief(indicators('政务服务满意率达到98%，完成年度考核。', ANNUAL_2027))).toEqual(['政务服务满意率|98|%|=|target|2027']);
  });
});
