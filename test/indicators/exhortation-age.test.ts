// An age after a verb of exhortation (提倡, 倡导, 号召, 动员, 鼓励) names whom a plan or a law urges to an act of their own (国家
// 提倡18—55周岁的健康公民自愿献血, the 献血法's wording restated in blood-donation plans; 动员18—22周岁的适龄青年报名应征): a condition on
// the people who act, as an age with a modal of permission is (permission-age.test.ts), no population of a service a plan provides,
// also where a later clause of the sentence names a check or a service. An age whose own clause names the service stays
// (鼓励65岁以上老年人接种肺炎疫苗). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('an age after a verb of exhortation is no item', () => {
  it('should support an age of the people urged to act as no item', () => {
    expect(brief(indicators('依法倡导18周岁至55周岁的健康公民自愿献血，献血前须进行健康检查。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('广泛动员18—60周岁的机关干部参加造血干细胞捐献，做好血样采集和检查工作。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping an age whose clause names the service', () => {
    expect(brief(indicators('鼓励65岁以上老年人接种肺炎疫苗，做好接种后留观。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['65|岁']);
    expect(brief(indicators('为辖区65岁及以上老年人免费开展健康体检。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['65|岁']);
  });
});
