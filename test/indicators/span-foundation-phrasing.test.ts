// Three readings of a plan's time words, each on a general fact of official writing (sentences written for the test):
// the plan's whole span opening a later clause (…；三年累计完成投资…) governs it over a year an earlier clause set.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const THREE_YEARS = { years: [2026, 2028] as [number, number], annual: false };
const yearOf = (text: string, plan = THREE_YEARS): (number | null)[] => indicators(text, plan).map((i) => i.year);

describe('the plan’s whole span opening a later clause (2027年…；三年累计…)', () => {
  it('should support the span’s last year over the year of an earlier clause', () => {
    expect(brief(indicators('2027年改造城镇老旧小区60个，完成投资9亿元；三年累计完成投资25亿元以上。', THREE_YEARS)).at(-1)).toBe('完成投资|25|亿元|>=|target|2028');
    expect(yearOf('2026年新建口袋公园12个，三年累计新建口袋公园40个。')).toEqual([2026, 2028]);
    expect(yearOf('2026年培训家政服务人员3000人次；三年内培训家政服务人员1万人次。')).toEqual([2026, 2028]);
  });
  it('should not support a span that is not the plan’s own, nor a year of an earlier clause that is the plan’s last', () => {
    expect(yearOf('2026年新建口袋公园12个，两年累计新建口袋公园25个。')).toEqual([2026, 2026]);
    expect(yearOf('2026年新建口袋公园12个，近三年累计新建口袋公园40个。')).toEqual([2026, 2026]);
    expect(yearOf('到2028年，新建口袋公园30个；三年累计完成投资6亿元。')).toEqual([2028, 2028]);
  });
});
