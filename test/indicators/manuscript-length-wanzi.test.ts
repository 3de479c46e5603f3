// The length of a book or a manuscript is stated in characters with a multiplier (年鉴全书约60万字, 简志字数控制在12万字以内): the
// size in which 地方志/年鉴/党史 and 出版 plans set the books they write and review those they published, so 字 after a number is a
// unit. After a Chinese numeral (一字之差) or where 字 begins a noun of its own (字号, 字样) it is no length. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { names, brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: the length of a book in characters (约60万字, 12万字以内)', () => {
  it('should support a book length in 万字 as an item with its bound word', () => {
    expect(brief(indicators('编写《某镇简志》，字数控制在12万字以内。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['12|万字|<=']);
    expect(brief(indicators('《某区年鉴（2027）》全书约60万字，11月底前出版。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['60|万字|~']);
    expect(names('完成党史资料汇编书稿审读，书稿篇幅压缩至45万字。', ANNUAL_2027).map((n) => n.split('|').slice(1).join('|'))).toEqual(['45|万字']);
  });
  it('should not support 字 after a Chinese numeral or as the start of a noun as a length', () => {
    expect(indicators('严格审校，做到一字不差，杜绝一字之差引起歧义。', ANNUAL_2027)).toEqual([]);
    expect(indicators('规范使用3字号标识，统一标牌式样。', ANNUAL_2027)).toEqual([]);
  });
});
