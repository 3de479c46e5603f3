// 个次: places or sites inspected, counted per visit (one place checked twice counts twice), the count 检查/督查 work gives beside 家次
// and 人次. It is one unit, read before 个: the 次 is no noun left after the count. Where 次 begins a word after 个 (次级, 次中心,
// 次要), 个 counts that noun. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const read = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: sites counted per visit in 个次', () => {
  it('should support 个次 as the unit of a count of inspections', () => {
    expect(read('全年抽查粮油仓储库点不少于90个次。')).toEqual(['90|个次|>=']);
    expect(read('开展安全生产联合执法检查40个次以上。')).toEqual(['40|个次|>=']);
  });
  it('should not support 个次 where 次 begins a word after 个, nor change other per-visit units', () => {
    expect(read('培育3个次级物流枢纽。')).toEqual(['3|个|=']);
    expect(read('全年检查重点企业不少于30家次。')).toEqual(['30|家次|>=']);
  });
});
