// A quota a higher government assigns, written with the relative clause of who assigned it (完成省下达的耕地保有量不低于…任务,
// 落实市级下达的林地保有量…任务): the clause and the verb that carries it out are no part of the metric's name, which is the name
// after 的, as the quota's statistics name it (grammar assignedQuota). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const items = (t: string) => indicators(t).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('a quota named after the relative clause of who assigned it', () => {
  it('should support the name after 下达的 and the verb before it', () => {
    expect(items('严格落实省级下达的森林保有量不低于460万亩任务。')).toEqual(['森林保有量 460万亩']);
    expect(items('全面完成上级下达的大豆种植面积6.2万亩任务。')).toEqual(['大豆种植面积 6.2万亩']);
    expect(items('确保完成南川市下达的新增建设用地规模不超过1800亩任务。')).toEqual(['新增建设用地规模 1800亩']);
  });
  it('should not support dropping an assigning clause with no verb that carries the quota out', () => {
    expect(items('耕地保有量不低于86万亩。')).toEqual(['耕地保有量 86万亩']);
    expect(items('省级下达的补助资金拨付率达到100%。')).toEqual(['省级下达的补助资金拨付率 100%']);
  });
});
