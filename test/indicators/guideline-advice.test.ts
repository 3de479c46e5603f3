// A recommendation of a named guideline that a plan passes on to the public (宣传《…指南》推荐的…): health, nutrition and sport
// plans quote what a guideline advises each person to eat or do as the content of their health education; those amounts are the
// guideline's advice to individuals, not levels the plan sets itself to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, brief, indicators, names } from './helpers.js';

describe('a guideline’s advice passed on (《…》推荐的/建议的)', () => {
  it.each([
    '深入社区普及《中国居民膳食指南》推荐的成人每日烹调油用量不超过30克、饮水不少于1500毫升等知识。',
    '利用健身步道宣传《全民健身指南》建议的成年人每周进行中等强度身体活动不少于150分钟。',
    '在中小学校园内张贴《学龄儿童膳食指南》中推荐的学生每天饮奶量不少于300克。',
  ])('should not support the amounts a named guideline recommends as targets: %s', (sentence) => {
    expect(brief(indicators(sentence, MULTI_YEAR))).toEqual([]);
  });
  it('should support the plan’s own targets beside a guideline, and a title with no verb of recommending after it', () => {
    expect(names('宣传《中国居民膳食指南》核心推荐，居民营养健康知识知晓率达到80%以上。')).toEqual(['居民营养健康知识知晓率|80|%']);
    expect(names('按照《全民健身计划》要求，经常参加体育锻炼人数比例达到40%。')).toEqual(['经常参加体育锻炼人数比例|40|%']);
    expect(names('推荐使用限盐勺，全年发放限盐勺不少于2万把。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['2|万把']);
  });
});
