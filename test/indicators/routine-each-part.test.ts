// Times shared out by 各 over the parts of a period, with no verb or bound, after a cadence shorter than a year (每日上下午各1次,
// 每天早晚各1次) say how often a routine runs in each part, as the same times without 各 do (每月1次): no target. A bound word
// still sets one, and a yearly count with a verb stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: times shared out by 各 with no verb after a cadence shorter than a year', () => {
  it('should not support 各N次 over the parts of a day or a month', () => {
    expect(values('药品阴凉库温湿度登记每日上下午各1次。')).toEqual([]);
    expect(values('隔离病区通风消毒每天早晚各1次。')).toEqual([]);
    expect(values('冷藏车辆运行轨迹核查每月上旬、下旬各1次。')).toEqual([]);
  });

  it('should not support it beside a target of the same sentence, which stays', () => {
    expect(values('温湿度监测设备完好率达到100%，人工巡查每日上下午各1次。')).toEqual(['100|%|=']);
  });

  it('should support a bound word, and a count with its own verb in a yearly plan', () => {
    expect(values('病区空气消毒每日早晚各至少1次。')).toEqual(['1|次|>=']);
    expect(values('全年城区、镇区各新建1座公共厕所。')).toContain('1|座|=');
  });
});
