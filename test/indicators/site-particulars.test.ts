// A profile of an institution in a review (基本情况, 发展基础) describes the sites it has clause after clause: after 现有 / 共有 or
// 位于 earlier in the sentence, a size named by its own word (建筑面积, 占地面积) with no verb or bound measures a building that stands,
// no level the period reached. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const REVIEW = { years: [2026, 2030] as [number, number], annual: false, review: true };

describe('the size of an existing site in an institution’s profile', () => {
  it('should support the sizes after a holder’s 现有 or a site’s 位于 as no item', () => {
    expect(brief(indicators('中心现有南北两个院区，北院区业务楼建筑面积1.8万平方米，南院区建筑面积0.7万平方米。', REVIEW))).toEqual([]);
    expect(brief(indicators('新院区位于滨江大道88号，占地面积65亩，建筑面积6.2万平方米。', REVIEW))).toEqual([]);
    expect(brief(indicators('学校共有两个校区，老校区占地面积120亩。', REVIEW))).toEqual([]);
  });
  it('should not support a size of works done, a size with a bound, a length measured after 全长, nor a size outside a review', () => {
    expect(brief(indicators('五年来新建住院综合楼1栋，建筑面积2.6万平方米。', REVIEW))).toContain('建筑面积|2.6|万平方米|=|actual|');
    expect(brief(indicators('医院现有业务用房，新增业务用房面积不少于5000平方米。', REVIEW))).toHaveLength(1);
    expect(brief(indicators('全区主堤防全长96公里，达标长度58公里。', REVIEW))).toContain('达标长度|58|公里|=|actual|');
    expect(brief(indicators('全县现有主要河道总长度312公里，完成整治长度96公里。', REVIEW))).toContain('整治长度|96|公里|=|actual|');
    expect(brief(indicators('医院现有两个院区，新院区建筑面积达到3万平方米。', { years: [2026, 2030] as [number, number], annual: false }))).toHaveLength(1);
  });
});
