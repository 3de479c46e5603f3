// An age range that a programme covers (…项目覆盖6—24月龄婴幼儿) is the eligibility limit of that programme's service, as an age after
// 为 or 对 is (gold/INDICATORS.md "Age thresholds"): 覆盖 says whom the service reaches.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const ages = (text: string): string[] =>
  indicators(text, MULTI_YEAR).filter((i) => i.unit === '岁' || i.unit === '月龄').map((i) => `${JSON.stringify(i.value)}${i.unit}`);

describe('an age range a programme covers', () => {
  it('should support an age range after 覆盖 as an item', () => {
    expect(ages('农村学前儿童营养改善试点覆盖3—5岁在园幼儿。')).toEqual(['[3,5]岁']);
    expect(ages('婴幼儿辅食营养补充项目覆盖全县6—36月龄儿童。')).toEqual(['[6,36]月龄']);
  });
  it('should not support an age inside the name of a coverage rate that has its own value', () => {
    expect(ages('0—6岁儿童健康管理覆盖率达到92%。')).toEqual([]);
  });
  it('should not support an age range that only names the group a sentence is about', () => {
    expect(ages('全县0—18岁儿童发展的各项主要目标取得阶段性成效。')).toEqual([]);
  });
});
