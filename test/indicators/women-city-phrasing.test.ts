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

describe('demolitions counted after 拆除 and its object', () => {
  it('should support the count, named with the verb (what is pulled down, not what stands)', () => {
    expect(brief(indicators('全年拆除占道经营违规棚亭150处。', ANNUAL_2024))).toEqual(['拆除占道经营违规棚亭|150|处|=|target|2024']);
  });
  it('should not support a count that only describes what stands', () => {
    expect(brief(indicators('城区现有老旧棚亭150处。', ANNUAL_2024))).toEqual([]);
  });
});

describe('cases counted after 报告 and their kind (共报告新发职业病38例)', () => {
  it('should support the cases reported as the level of the kind named between the verb and the count', () => {
    expect(brief(indicators('2023年，全县共报告法定传染病1260例。', ANNUAL_2024))).toEqual(['法定传染病|1260|例|=|actual|2023']);
  });
  it('should not support a report right before a number (a count of reports, not of cases)', () => {
    expect(brief(indicators('形成专题报告2篇。', ANNUAL_2024)).some((b) => b.startsWith('专题报告|2|篇'))).toBe(true);
    expect(brief(indicators('全县发热门诊病例报告及时，无迟报漏报。', ANNUAL_2024))).toEqual([]);
  });
});

describe('equipment renewed and staff put in place for the institutions counted after 为 (为8个中医馆更新中医诊疗设备)', () => {
  it('should support the institutions counted as the target of 更新 and 配备', () => {
    expect(brief(indicators('为12个村卫生室更新基本诊疗设备。', ANNUAL_2024))).toEqual(['为村卫生室更新基本诊疗设备|12|个|=|target|2024']);
    expect(brief(indicators('为全县30所中小学配备专职校医。', ANNUAL_2024))).toEqual(['为中小学配备专职校医|30|所|=|target|2024']);
  });
  it('should not support a count after 为 with no service verb after its noun', () => {
    expect(brief(indicators('市领导为8个中医馆授牌。', ANNUAL_2024))).toEqual([]);
  });
});
