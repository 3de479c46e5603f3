// An account of a fund written as the verb before the fund (累计支出医保基金180.2亿元) is that fund's account, named as fund
// statistics name it: fund, then account (医保基金支出; grammar fundAccounts, fundHolders). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const names = async (...lines: string[]) =>
  (await extract(['某市医疗保障事业发展“十五五”规划', '', '一、发展基础', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: a fund account written as a verb', () => {
  it('should support the fund named before its account', async () => {
    expect(await names('“十四五”时期，全市医保事业稳步发展。五年累计支出医保基金180.2亿元，年均增长5.1%。')).toEqual([
      ['医保基金支出', 180.2],
      ['医保基金支出', 5.1],
    ]);
    expect(await names('2025年，全市收入职工医保统筹基金12.5亿元。')).toEqual([['职工医保统筹基金收入', 12.5]]);
  });

  it('should not support reordering a name that is no fund after the verb', async () => {
    expect(await names('支出基金管理费用不超过5%。')).toEqual([['支出基金管理费用', 5]]);
    expect(await names('全市居民人均消费支出增长6%。')).toEqual([['居民人均消费支出', 6]]);
  });
});
