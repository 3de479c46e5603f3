// How long before an act a step of a procedure is done (作业前30分钟申请空域, 就诊前48小时未被预约的): operating rules of 气象, 医疗 and
// 应急 work time a step by the act it precedes, act + 前 + a time. That time is the timing of the step, no level to reach, and 前
// there bounds no rank (前3名, 前10位). A rank, a deadline after a date, and a lead time a plan sets with 提前 and a bound stay as
// they were. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));
const none = (text: string): Item[] => indicators(text, ANNUAL_2027);

describe('indicators: the time before an act a procedural step is done (作业前30分钟申请)', () => {
  it('should support a time right after an act and 前 as no indicator', () => {
    expect(none('落实空域申报制度，每次增雨作业前40分钟向空管部门提出申请。')).toEqual([]);
    expect(none('每次应急演练前2天向属地应急管理部门报备演练方案。')).toEqual([]);
    expect(none('预约患者检查前24小时接收短信提醒。')).toEqual([]);
  });
  it('should not support a rank, a bounded lead time set with 提前, or a count after a deadline, as no indicator', () => {
    expect(items('力争全市营商环境评价保持全省前5名。')).toEqual(['5|名|<=']);
    expect(items('灾害性天气过程提前2天以上发布预报。')).toEqual(['2|天|>=']);
    expect(items('新建区域自动气象站8个，站点数据到报率达到98%。')).toEqual(['8|个|=', '98|%|=']);
  });
});
