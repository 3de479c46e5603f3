// The 当…时 conditional: 预案 and operating rules state when a response starts by a value right before 时 (客流达到最大承载量的80%时
// 启动限流预案, 排队人数超过300人时增开窗口): the value is the threshold of that response, never a level the plan sets (g666's gold).
// Not a noun that begins with 时 (时间, 时段), and a target in the same sentence stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a value right before the 时 of a condition is a response threshold', () => {
  it('should support a threshold before 时 as no indicator', () => {
    expect(values('入园人数达到瞬时承载量的90%时启动分流预案。')).toEqual([]);
    expect(values('当售票窗口排队人数超过300人时增开临时窗口。')).toEqual([]);
    expect(values('景区停车场车位占用率达到95%之时启动交通管制。')).toEqual([]);
  });
  it('should not support a target, or a value before a noun that begins with 时, as no indicator', () => {
    expect(values('全年游客满意度达到95%以上，时段预约购票率达到90%。')).toEqual(['95|%|>=', '90|%|=']);
    expect(values('景区年开放天数不少于330天，时段预约覆盖率达到100%。')).toEqual(['330|天|>=', '100|%|=']);
  });
});
