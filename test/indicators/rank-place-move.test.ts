// A move in a ranking measured in a review right after the place it moved to (排名第12位，较上年前移5位): the place is the result of
// an outside evaluation and its move annotates it, neither is an item (g504's gold, g581's). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems, indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const review = (...lines: string[]) => documentItems(['某区卫生健康局2026年工作总结和2027年工作计划', '一、2026年工作总结', ...lines, '二、2027年工作计划', '（一）做实基层服务。'].join('\n'));

describe('indicators: a rank move measured after the place reached (排名第N位，较上年前移M位)', () => {
  it('should support the move after its place in a review as no indicator', async () => {
    expect(await review('（一）医疗服务提质。在全市二级公立医院绩效考核中，区人民医院排名第7位，较上年前移3位。')).toEqual([]);
    expect(await review('（一）改革走深。区中医院在全省同类医院中位列第15名，较上年提升6位。')).toEqual([]);
  });
  it('should not support a move the plan sets, or a move with no place stated, as no indicator', async () => {
    expect(brief(indicators('力争全区医疗服务能力评价排名较上年前移3位。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['3|位']);
    expect((await review('（一）改革走深。全区健康指数在全市9个区县中位次前移4位。')).map((b) => b.split('|')[1])).toEqual(['4']);
    expect((await review('（一）人才引进。全年引进高层次人才6位，新增市级名医2名。')).map((b) => b.split('|')[1])).toEqual(['6', '2']);
  });
});
