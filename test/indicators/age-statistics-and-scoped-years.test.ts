// Two facts of how a plan states levels that stand. An age statistic (人均预期寿命, 健康预期寿命, 平均年龄) takes its level after a
// copula as a rate does (…为79.8岁): life expectancy is measured in years of age, and an age after 为 with no such name stays a
// condition (为65岁以上老年人…, 年龄为18—55周岁; grammar copulaAgeEnds). And a year right after the territory (全市2026年…, 我县
// 2025年底…) dates the statement as a year opening the sentence does: it governs the clauses after it and is no part of the
// metric (metric.ts SCOPED_YEAR, sentence-dates.ts opensClause). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year]);

describe('indicators: age statistics after a copula', () => {
  it('should support life expectancy and an average age set by 为', async () => {
    expect(await read('2026年，全市人均预期寿命为79.6岁。')).toEqual([['人均预期寿命', 79.6, '岁', 'actual', 2026]]);
    expect(await read('到2030年，全市居民健康预期寿命为71岁。')).toEqual([['居民健康预期寿命', 71, '岁', 'target', 2030]]);
    expect(await read('全县在岗乡村医生平均年龄为54岁。')).toEqual([['在岗乡村医生平均年龄', 54, '岁', 'target', 2027]]);
  });

  it('should not support an age after 为 that names the people served or an eligibility', async () => {
    expect(await read('为辖区70岁以上老年人建立健康档案。')).toEqual([]);
    expect(await read('无偿献血者年龄为18—55周岁。')).toEqual([]);
  });
});

describe('indicators: a year right after the territory', () => {
  it('should support the year as the date of the statement, out of the metric', async () => {
    expect(await read('全县2025年常住人口城镇化率为58.4%。')).toEqual([['常住人口城镇化率', 58.4, '%', 'actual', 2025]]);
    expect(await read('我市2026年度新增托位650个。')).toEqual([['托位', 650, '个', 'actual', 2026]]);
  });

  it('should support the year governing the clauses after it, as a year opening the sentence does', async () => {
    expect(await read('我县2026年孕产妇系统管理率为93.1%，比上年提高1.2个百分点。')).toEqual([
      ['孕产妇系统管理率', 93.1, '%', 'actual', 2026],
      ['孕产妇系统管理率', 1.2, '个百分点', 'actual', 2026],
    ]);
    expect(await read('全市力争到2029年，二级以上医院预约诊疗率达到75%，检查检验结果互认率达到85%。')).toEqual([
      ['二级以上医院预约诊疗率', 75, '%', 'target', 2029],
      ['检查检验结果互认率', 85, '%', 'target', 2029],
    ]);
  });

  it('should not support dropping a year that opens a name of its own after no territory', async () => {
    expect((await read('其中2027年新增普惠性托位1000个。')).map((r) => r[4])).toEqual([2027]);
  });
});
