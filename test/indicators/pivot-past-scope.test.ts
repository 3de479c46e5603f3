// A pivot verb of a 兼语 sentence (指导, 支持, 督促 … the population it sets to act) may have the territory's scope word between
// itself and the count (指导全县20家以上重点单位建立…, 支持全区5所学校创建…), as plans write 全县/全市 before any population: the
// scope is no part of the verb or of the counted noun, and the count is the population set to act, named by the act as without
// the scope. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const read = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'));

describe('indicators: a pivot verb, a scope word, then the population counted (指导全县20家单位建立…)', () => {
  it('should support the count past the scope word as the population set to act', () => {
    expect(read('指导全县15家以上重点企业建立健全合规管理制度。')).toEqual(['建立健全合规管理制度的重点企业|15|家|>=']);
    expect(read('支持全市8所中职学校创建省级优质专业。')).toEqual(['创建省级优质专业的中职学校|8|所|=']);
  });

  it('should not support a scope word before a count that no pivot verb sets to act, nor a count of all the territory\'s places', () => {
    expect(read('全县6家医院开展日间手术。').some((b) => b.includes('指导') || b.startsWith('全县|'))).toBe(false);
    expect(read('推动全镇9个村卫生室全部接入远程诊疗平台。')).toEqual([]);
    expect(read('推进全县14个乡（镇）便民服务中心标准化建设。')).toEqual([]);
  });
});
