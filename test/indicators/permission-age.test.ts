// An age with a modal of permission (可, 均可, 方可): after the age it says who may do an act of their own (18—60周岁的健康市民
// 均可报名献血, 年满16周岁的公民方可登记捐献), a condition a law sets on the people who act (献血法 on donors), restated in a plan;
// before a verb stretching the age limit (可延长至65周岁) it gives the rule's allowance. Neither is a service's population nor a
// level a plan sets (INDICATORS.md: an age item bounds a service's eligible population). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('an age with a modal of permission is no item', () => {
  it('should support an age after which the people may act as no item', () => {
    expect(brief(indicators('宣传献血常识，经健康检查合格、年龄在18—60周岁的市民均可报名献血。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('做好捐献登记，18—60周岁身体健康的公民可参加造血干细胞捐献，须经体格检查。', ANNUAL_2024))).toEqual([]);
  });
  it('should support an allowance that stretches an age limit as no item', () => {
    expect(brief(indicators('经体格检查合格的固定献血者，献血年龄可延长至65周岁。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping an age that bounds a service', () => {
    expect(brief(indicators('为辖区65岁及以上老年人免费开展健康体检。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['65|岁']);
    expect(brief(indicators('全市65周岁以上老年人均可享受免费健康体检。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['65|周岁']);
  });
  it('should not support dropping a life expectancy or a relaxed limit a plan sets', () => {
    expect(brief(indicators('人均预期寿命延长至80岁。', ANNUAL_2024))).toEqual(['人均预期寿命|80|岁|=|target|2024']);
    expect(brief(indicators('招聘年龄放宽至40周岁。', ANNUAL_2024)).length).toBe(1);
  });
});
