// The line of a monitoring or management rule: a value past a word of exceeding or falling short (低于, 超过, 不足), run straight, or
// through 的 and the noun of who crosses it, into a verb that puts them in a class (纳入, 列入): 防止返贫监测 (年人均纯收入低于当年
// 监测标准纳入监测), 低保 and 重点用能单位 rules name whom they cover by it, the threshold in force, never a level the plan sets (g677's
// gold). A count the plan itself puts in a class has a floor (不少于) or no bound and stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a value past a word of exceeding run into 纳入/列入 is a rule\'s line (低于N元纳入监测)', () => {
  it('should support the line of a monitoring or management rule as no indicator', () => {
    expect(values('严格落实农户家庭年人均纯收入低于9000元纳入监测范围的规定，做到应纳尽纳。')).toEqual([]);
    expect(values('年综合能源消费量超过3000吨标准煤的单位列入重点用能单位管理，全年开展节能监察40家。')).toEqual(['40|家|=']);
  });
  it('should not support a count or a share the plan puts in a class, with a floor or no bound, as no indicator', () => {
    expect(values('全年将不少于30家企业纳入上市后备资源库。')).toEqual(['30|家|>=']);
    expect(values('新增纳入统计的规模以上工业企业25家。')).toEqual(['25|家|=']);
  });
});
