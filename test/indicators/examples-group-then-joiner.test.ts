// A list of examples closed by 等 inside a subject (危险化学品、矿山等重点企业…) names kinds of the group after 等; when that group's
// people or units are then joined with others by 和 before one rate (…等重点企业主要负责人和安全管理人员考核合格率), the examples
// are no conjuncts of their own: the joiner after the group splits the subject, not the 、 of the examples. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { indicators, ANNUAL_2024 } from './helpers.js';

const metrics = (text: string) => indicators(text, ANNUAL_2024).map((i) => i.metric);

describe('indicators: examples closed by 等 before a group the joiner lists with others (A、B等X甲和乙…率)', () => {
  it('should support the examples as part of the group, with one rate for each member joined after 等', () => {
    expect(metrics('烟花爆竹、粉尘涉爆等重点行业企业主要负责人和安全管理人员培训合格率达到100%。')).toEqual([
      '烟花爆竹、粉尘涉爆等重点行业企业主要负责人培训合格率',
      '安全管理人员培训合格率',
    ]);
    expect(metrics('港口、码头、船舶修造等涉水单位主要负责人和安全生产管理人员持证率达到95%以上。')).toEqual([
      '港口、码头、船舶修造等涉水单位主要负责人持证率',
      '安全生产管理人员持证率',
    ]);
  });
  it('should not support merging a plain list with no 等, or one that 等 closes at its end', () => {
    expect(metrics('城市和农村生活垃圾无害化处理率分别达到100%、95%。')).toHaveLength(2);
    expect(metrics('新生儿、大学生等重点群体参保率达到98%。')).toHaveLength(1);
  });
});
