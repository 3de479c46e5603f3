// What a 民政, 红十字 or 退役军人 plan pays to each person it looks after — aid (救助), festival payments (慰问金), pensions of the
// bereaved (抚恤金), payments to conscripts' families (优待金) — is a standard a beneficiary receives, as a 补贴 or 奖励 is, not a
// target; a total paid out in 万元 or 亿元 and a bounded standard stay. Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: aid and payments each beneficiary receives (救助, 慰问金, 抚恤金, 优待金)', () => {
  it('should not support the aid paid per household as a target, as a range or as one amount', () => {
    expect(indicators('对突发重病致困的家庭，每户救助2000元至8000元。', ANNUAL_2027)).toEqual([]);
    expect(indicators('对遭遇火灾的受灾家庭给予临时救助4000元。', ANNUAL_2027)).toEqual([]);
  });

  it('should not support a festival payment or a pension paid per person as a target', () => {
    expect(indicators('元旦期间为生活困难的老党员每人发放慰问金500元。', ANNUAL_2027)).toEqual([]);
    expect(indicators('对新入伍义务兵家庭每户发放优待金3200元。', ANNUAL_2027)).toEqual([]);
  });

  it('should support the total of such payments paid out in 万元 as a target', () => {
    expect(brief(indicators('全年发放节日慰问金85万元。', ANNUAL_2027))).toEqual(['节日慰问金|85|万元|=|target|2027']);
  });

  it('should support an aid standard a bound word sets, and the count of aid given', () => {
    expect(brief(indicators('临时救助标准不低于每人每月1500元。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1500|元|>=']);
    expect(brief(indicators('全年实施临时救助3200人次以上。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3200|人次|>=']);
  });
});
