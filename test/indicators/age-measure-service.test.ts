// Measuring blood pressure or glucose is a service 基层 gives an age group (the 首诊测血压 rule of 基本公卫 and of 两病 plans):
// the age bounds who is measured, an age limit as for a screening (grammar ageServiceWords 测量, 检测). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const names = (t: string) => indicators(t, ANNUAL_2024).map((i) => `${i.metric}|${i.value}|${i.comparator}`);

describe('measuring as the service of an age limit', () => {
  it('should support 测量 as the service an age bounds', () => {
    expect(names('对35岁以上首诊患者测量血压。')).toEqual(['首诊患者测量血压年龄|35|>=']);
  });
  it('should support 检测 as the service an age bounds', () => {
    expect(names('为40岁以上居民检测空腹血糖。').map((n) => n.split('|')[1])).toEqual(['40']);
  });
  it('should not support an age that only names a group with no service', () => {
    expect(names('全县35岁以上人口数量稳步增长。')).toEqual([]);
  });
});
