// What a 民政, 红十字 or 退役军人 plan pays to each person it looks after — aid (救助), festival payments (慰问金), pensions of the
// bereaved (抚恤金), payments to conscripts' families (优待金) — is a standard a beneficiary receives, as a 补贴 or 奖励 is, not a
// target; a total paid out in 万元 or 亿元 and a bounded standard stay. A standard adjusted from the day it takes effect (自…月…日起)
// is the rule put in force, not a target. Sentences written for the test, not copied from any corpus.
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

describe('indicators: a standard put in force from a day (自…月…日起)', () => {
  it('should not support a standard raised by a share from the day it takes effect', () => {
    expect(indicators('按照省里统一部署，自2027年4月1日起，城乡特困人员基本生活标准平均提高6%。', ANNUAL_2027)).toEqual([]);
  });

  it('should not support a per-head standard set from a month, with 从 and no year', () => {
    expect(indicators('从7月1日起，高龄津贴标准提高到每人每月150元。', ANNUAL_2027)).toEqual([]);
  });

  it('should support the same raise given a deadline, as the plan target it is', () => {
    expect(brief(indicators('年底前城乡特困人员基本生活标准提高6%。', ANNUAL_2027))).toEqual(['城乡特困人员基本生活标准|6|%|=|change|2027']);
  });

  it('should support a standard held at a floor from the day it takes effect', () => {
    expect(brief(indicators('自2027年1月1日起，残疾人两项补贴标准不低于每人每月90元。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['90|元|>=']);
  });

  it('should support a raise from a bare year, the start of a running period, as before', () => {
    expect(brief(indicators('2027年起，城乡低保标准每年提高5%。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual(['5|%|=|change']);
  });
});
