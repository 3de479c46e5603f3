// How targets of 妇女/儿童发展规划, 职业病防治, 中医药 and 城市管理 plans are phrased (a life lengthened to an age, grams of a
// standard, …); each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a length of life or time lengthened to a level (延长至/延长到)', () => {
  it('should support the level after 延长至 and 延长到 as a target', () => {
    expect(brief(indicators('全市人均预期寿命延长至81.5岁。', ANNUAL_2024))).toEqual(['人均预期寿命|81.5|岁|=|target|2024']);
    expect(brief(indicators('儿童平均预期寿命延长到80岁以上。', ANNUAL_2024))).toEqual(['儿童平均预期寿命|80|岁|>=|target|2024']);
  });
  it('should not support a term extended by a number of years (延长 alone names a policy, not a change)', () => {
    expect(brief(indicators('第二轮土地承包到期后再延长30年。', ANNUAL_2024))).toEqual([]);
  });
});

describe('grams (克) of an intake or cleaning standard', () => {
  it('should support grams after a bound', () => {
    expect(brief(indicators('人均每日食盐摄入量不高于5克。', ANNUAL_2024))).toEqual(['人均每日食盐摄入量|5|克|<=|target|2024']);
    expect(brief(indicators('城区道路每平方米浮尘量不超过10克。', ANNUAL_2024))).toEqual(['城区道路每平方米浮尘量|10|克|<=|target|2024']);
  });
  it('should not support 克 of a word after a Chinese numeral or no number', () => {
    expect(brief(indicators('坚持以克论净，攻克三克难关。', ANNUAL_2024))).toEqual([]);
  });
});
