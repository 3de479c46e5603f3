// 人 after a number is a head count unless it begins a noun (人才, 人口, 人民, 人群, 人类, 人格): the number before such a word
// counts something else (12个 left out: 新建12人才驿站) or is a row's 序号 (grammars/indicators.yaml units: 人 notBefore).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

const headCounts = (s: string) => names(s).filter((n) => n.endsWith('|人'));

describe('indicators: 人 that begins a noun', () => {
  it('should support reading 人 that begins a noun (人才, 人民) as no unit after a number', () => {
    expect(headCounts('年底前新建12人才驿站')).toEqual([]);
    expect(headCounts('新建 5 人民 调解 室')).toEqual([]);
  });

  it('should not support dropping a head count before other words', () => {
    expect(names('全年培训乡村医生200人')).toEqual(['培训乡村医生|200|人']);
    expect(names('新增家庭医生签约服务对象3000人次')).toEqual(['家庭医生签约服务对象|3000|人次']);
    expect(headCounts('引进 急需 紧缺 人才 30 人')).toHaveLength(1);
  });
});
