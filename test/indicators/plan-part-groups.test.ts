// A plan lays out its own tasks and indicators by groups, and says so counting both (本规划部署4个方面12项重点任务, 从5个维度设置20项
// 指标): the count of groups, like the count of tasks after it and the kinds of 4类14项指标, tells what the plan is made of, no
// level to reach. It is left out where the plan describes itself (its verb or its own name in the sentence); a count of groups of
// anything else, or of groups with no count of the plan's parts after them, stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (...lines: string[]) => documentItems(['某市“十五五”全民健康信息化规划', '一、总体要求', ...lines].join('\n'));
const values = async (...lines: string[]) => (await plan(...lines)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the groups a plan sorts its own tasks or indicators into (4个方面12项重点任务)', () => {
  it('should support the count of groups before the count of the plan\'s tasks or indicators as no indicator', async () => {
    expect(await values('（一）发展目标。到2030年，全民健康信息平台互联互通率达到95%。为此，本规划部署5个方面16项重点任务。')).toEqual(['95|%']);
    expect(await values('（一）指标体系。规划从6个维度设置24项指标，其中约束性指标8项。')).toEqual([]);
  });
  it('should not support counts of groups that are no layout of the plan as no indicator', async () => {
    expect(await values('（一）示范建设。在3个领域新建智慧医院示范点9个。')).toEqual(['9|个']);
    expect(await values('（一）专病中心。围绕心脑血管、肿瘤2个领域，建成专病中心6个。')).toEqual(['6|个']);
  });
});
