// A rate taken over a counted set of units (N个…断面/建制村/重点企业 …率/比例): the count says how many units the rate is measured on,
// the plan's scope, and is no part of the rate's name. Sentences written from knowledge of the genre, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('a count of units before a rate (the rate’s scope)', () => {
  it('should support the rate named without the count of units it is measured on', () => {
    expect(brief(indicators('全县9个省控断面水质达标率保持100%。', ANNUAL_2027))).toEqual(['省控断面水质达标率|100|%|=|target|2027']);
    expect(brief(indicators('全市36个乡镇污水处理设施运行率达到90%以上。', ANNUAL_2027))).toEqual([
      '乡镇污水处理设施运行率|90|%|>=|target|2027',
    ]);
  });
  it('should not support dropping a count bounded by a comparator, which names a class of units', () => {
    expect(brief(indicators('开设3个以上临床专科的乡镇卫生院比例达到60%。', ANNUAL_2027))[0]?.startsWith('开设3个以上临床专科的乡镇卫生院比例|60|%')).toBe(true);
  });
  it('should not support dropping an age or a time written with 个月', () => {
    expect(brief(indicators('6个月以下婴儿纯母乳喂养率达到55%。', ANNUAL_2027))).toEqual(['6个月以下婴儿纯母乳喂养率|55|%|=|target|2027']);
  });
});
