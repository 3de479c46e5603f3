// Advice a plan spreads to the public with no guideline named (宣传…的膳食建议): nutrition, sport and health-education plans
// publicise what each person should eat or do; the amounts are that advice's content, not levels the plan sets itself to reach.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, brief, indicators, names } from './helpers.js';

describe('advice spread with no guideline named (宣传/普及/倡导…的建议)', () => {
  it.each([
    '在社区和学校持续宣传儿童每天饮奶不少于300克的膳食建议。',
    '向居民普及每日饮水不少于1500毫升、食用油不超过30克的饮食建议。',
    '倡导成年人每周中等强度运动不少于150分钟的运动建议。',
  ])('should not support the amounts of publicised advice as targets: %s', (sentence) => {
    expect(brief(indicators(sentence, MULTI_YEAR))).toEqual([]);
  });
  it('should support the plan’s own targets beside publicised advice, and a verb of spreading with no advice noun after it', () => {
    expect(names('宣传合理膳食建议，居民营养健康知识知晓率达到70%以上。')).toEqual(['居民营养健康知识知晓率|70|%']);
    expect(names('普及健康知识，培训社区营养指导员不少于500名。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['500|名']);
    expect(names('执行市政府关于减盐的建议，全市餐饮单位减盐覆盖率达到60%。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['60|%']);
  });
});
