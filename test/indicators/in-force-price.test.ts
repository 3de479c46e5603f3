// A statement of what is in force now, opened by 现行 or 现执行 (现行非居民用气价格为3.48元/立方米), gives the price, tariff or standard
// the rules set with 为: a fact of the present, not a level the plan is to reach, and the clauses listed after it in its sentence give
// the rest of the same schedule (，居民生活用水价格为…). A target verb in the sentence still sets a target, and a price given with 为
// and no such word stays as it was. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a price or standard in force now (现行…为N)', () => {
  it('should support a value given with 为 after 现行 or 现执行, and the clauses listed after it, as no item', () => {
    expect(names('现行城区居民生活用水价格为2.65元/立方米，非居民用水价格为3.9元/立方米，由价格主管部门核定。')).toEqual([]);
    expect(names('现执行的管道燃气配气价格为0.42元/立方米。')).toEqual([]);
  });
  it('should not support a target set in the same sentence, or a price with no word of what is in force, as no item', () => {
    expect(names('现行补助标准为每人每月120元，年内提高到每人每月150元。').map((n) => n.split('|').slice(1).join('|'))).toContain('150|元');
    expect(names('全年新建加气站3座，城区新建小区燃气普及率为100%。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['3|座', '100|%']);
  });
});
