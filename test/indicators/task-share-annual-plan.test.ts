// How much of the year's plan or budget an executed amount is, as the 计划报告, 预算报告 and 经济运行分析 write it right after the
// amount (城镇新增就业3.12万人，完成年度计划的104%; 一般公共预算收入…，完成年度预算的78.2%), also after the amount's growth: the
// amount's share of its task, as 完成年度目标任务的N% is, named by the amount, the plan and 完成进度 (g295's gold, g617's). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const review = (...lines: string[]) =>
  documentItems(['关于某市2026年计划执行情况与2027年计划草案的报告', '一、2026年计划执行情况', ...lines, '二、2027年主要目标', '（一）稳增长。'].join('\n'));
const named = async (...lines: string[]) => (await review(...lines)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: a share of the year\'s plan or budget done (完成年度计划的N%, 完成年度预算的N%)', () => {
  it('should support 完成年度计划 / 完成年度预算 as the share of the task of the amount before it', async () => {
    expect(await named('（一）就业稳定。全市城镇新增就业4.35万人，完成年度计划的108%。')).toEqual(['城镇新增就业|4.35|万人', '城镇新增就业年度计划完成进度|108|%']);
    expect(await named('（二）投资平稳。全市固定资产投资同比增长4.2%，完成年度计划的97.5%。')).toEqual(['固定资产投资|4.2|%', '固定资产投资年度计划完成进度|97.5|%']);
    expect(await named('（三）财政稳健。一般公共预算收入完成61.8亿元，完成年度预算的98.6%。')).toEqual(['一般公共预算收入|61.8|亿元', '一般公共预算收入年度预算完成进度|98.6|%']);
  });
  it('should not support 完成 before a word that is no plan, nor a bare 完成年度计划 with no number, as a task share', async () => {
    expect(await named('（一）就业稳定。全市城镇新增就业4.35万人，完成培训任务的人员占比达到60%。')).not.toContain('城镇新增就业培训任务完成进度|60|%');
    expect(await named('（二）生态改善。全市森林覆盖率达到61.2%，完成年度计划。')).toEqual(['森林覆盖率|61.2|%']);
  });
});
