// 高水平 before a noun is an adjective, "high-level": sports, education and health plans count 高水平运动队, 高水平医院, 国家高水平体育
// 后备人才基地, where 水平 heads no metric. The noun after it is the thing counted, not a tier of institutions written after a
// metric (发热门诊设置率二级以上医院达到100%), so the name keeps its order (grammar attributiveLevels). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: an attributive 高水平 keeps the name it opens in order', () => {
  it('should support the counted noun after 高水平 as the end of the name', () => {
    expect(names('全市国家高水平体育后备人才基地达到6个。')).toEqual(['国家高水平体育后备人才基地|6|个']);
    expect(names('全区省级高水平足球训练基地达到2个。')).toEqual(['省级高水平足球训练基地|2|个']);
    expect(names('全省高水平研究型医院达到8家。')).toEqual(['高水平研究型医院|8|家']);
  });
  it('should not support a metric head 水平 with a tier after it as an attributive', () => {
    expect(names('电子病历系统应用水平三级医院达到5级。')).toEqual(['三级医院电子病历系统应用水平|5|级']);
    expect(names('居民健康素养水平达到35%。')).toEqual(['居民健康素养水平|35|%']);
  });
});
