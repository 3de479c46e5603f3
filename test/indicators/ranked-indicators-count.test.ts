// A review in a 政府工作报告 (or a 工作总结) tallies how many of its indicators stood high in a ranking among the other divisions
// (8项主要经济指标增速排名全市前三, 3项科技指标进入全省前十): a count of indicators, no level of any of them, as the place in the
// ranking is none. The levels and growths of the same sentences stay, and so do counts of indicators set or monitored (新增监测
// 指标12项) and counts of other things in a ranking. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const review = (...lines: string[]) => documentItems(['政府工作报告', '一、2026年工作回顾', ...lines, '二、2027年工作安排', '（一）稳增长。'].join('\n'));
const values = async (...lines: string[]) => (await review(...lines)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a count of indicators that stand in a ranking (8项主要经济指标增速排名全市前三)', () => {
  it('should support the count of ranked indicators as no indicator', async () => {
    expect(await values('（一）经济运行。一般公共预算收入完成9.8亿元，7项主要经济指标增速位居全市第一。')).toEqual(['9.8|亿元']);
    expect(await values('（二）创新驱动。新增高新技术企业11家，4项科技创新指标进入全省前十。')).toEqual(['11|家']);
  });
  it('should not support counts of indicators measured, or of things ranked, as no indicator', async () => {
    expect(await values('（一）生态环境。新增水质监测指标15项，监测频次排名全省第二。')).toEqual(['15|项']);
    expect(await values('（一）经济运行。地区生产总值增长6.4%，增速居全市第2位。')).toEqual(['6.4|%']);
  });
});
