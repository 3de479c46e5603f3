// Each entry of a project list (民生实事, 重点项目) gives the project's budget as a sentence of its own (…新增床位200张。计划投资3500万元，
// 完成时限：…): a bare amount with neither verb nor bound word, the project's scale as its bare 总投资 is, not a target (gold g596, as
// g264's 计划投资： lines). A year's planned investment (年度计划投资80亿元, 2027年计划投资2亿元) stays a target. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

const amounts = (text: string): string[] => names(text, ANNUAL_2024).map((n) => n.split('|').slice(1).join('|'));

describe('indicators: the budget of a project entry (。计划投资N万元)', () => {
  it('should support an entry budget opening its sentence as no indicator', () => {
    expect(amounts('3.乡镇卫生院提升。改造乡镇卫生院6所，新增床位200张。计划投资3500万元，完成时限：2024年10月底前。')).toEqual(['6|所', '200|张']);
    expect(amounts('建成城市书房4个。计划投资 860万元。')).toEqual(['4|个']);
  });
  it('should not support a year\'s planned investment, or a bounded one, as no indicator', () => {
    expect(amounts('全年实施重点项目60个，年度计划投资80亿元。')).toEqual(['60|个', '80|亿元']);
    expect(amounts('加快区医院外科大楼建设，2024年计划投资2亿元。')).toEqual(['2|亿元']);
    expect(amounts('计划投资不少于5000万元。')).toEqual(['5000|万元']);
  });
});
