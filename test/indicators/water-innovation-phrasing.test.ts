// Phrasings of 水务 plans and of 科技创新 意见, written for these tests.
import { describe, expect, it } from 'vitest';
import { names, MULTI_YEAR } from './helpers.js';

describe('indicators: a growth in % after a share (占…比重，年均增长N%)', () => {
  it('should support the growth as the growth of the share\'s subject, the amount before 占', () => {
    expect(names('市本级教育支出占一般公共预算支出比重不低于18%，年均增长8%以上。', MULTI_YEAR)).toEqual([
      '市本级教育支出占一般公共预算支出比重|18|%',
      '市本级教育支出|8|%',
    ]);
    expect(names('文化产业增加值占地区生产总值比重达到6%，增长9%左右。')).toEqual(['文化产业增加值占地区生产总值比重|6|%', '文化产业增加值|9|%']);
  });
  it('should support 占地区 as 占 and the region, not the 占地 of a floor area', () => {
    expect(names('数字经济核心产业增加值占地区生产总值比例提高到12%，年均增长15%。', MULTI_YEAR).at(-1)).toBe('数字经济核心产业增加值|15|%');
  });
  it('should not support a share moving in 个百分点, or falling in %, as its subject\'s change', () => {
    expect(names('社会办医床位占全部床位比重达到30%，提高2个百分点。')).toEqual(['社会办医床位占全部床位比重|30|%', '社会办医床位占全部床位比重|2|个百分点']);
    expect(names('劣V类水体占监测断面比例控制在3%以内，下降20%。').at(-1)).toBe('劣V类水体占监测断面比例|20|%');
  });
  it('should not support another metric before the growth as anything but its own', () => {
    expect(names('软件业务收入达到85亿元，年均增长12%。', MULTI_YEAR)).toEqual(['软件业务收入|85|亿元', '软件业务收入|12|%']);
  });
});

describe('indicators: a verb inside a project\'s name (…治理工程完成投资)', () => {
  it('should support a verb that a noun runs into and a project head follows as a word of the name', () => {
    expect(names('城区排涝改造工程完成投资3亿元。')).toEqual(['城区排涝改造工程完成投资|3|亿元']);
    expect(names('老旧燃气管网更新项目完成投资2.5亿元。')).toEqual(['老旧燃气管网更新项目完成投资|2.5|亿元']);
    expect(names('淮河干流综合治理工程完成年度投资6亿元。')).toEqual(['年度投资|6|亿元']);
  });
  it('should not support a verb that opens its clause before a project head as a word of a name', () => {
    expect(names('全年实施项目120个。')).toEqual(['项目|120|个']);
    // 建设项目 (a construction project) is the noun the stage verb 新开工 counts; the verb that opens the clause stays out.
    expect(names('新开工建设项目35个，完成投资80亿元。').at(0)).toBe('建设项目|35|个');
  });
});
