// How 民生实事 lists and their notices write the paying out of benefits and the allotment of budget funds: the time a benefit
// must be paid within is a handling rule (发放, as 拨付/支付), and 统筹安排 is the compound verb of allotting a fund, no part of
// the fund's name. Sentences written from knowledge of the genre, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('the time a benefit is paid out within (在N个工作日内发放)', () => {
  it('should not support the days a relief or subsidy must be paid within as a target', () => {
    expect(indicators('经审核符合条件的，救助金在3个工作日内发放到位。', ANNUAL_2027)).toEqual([]);
    expect(indicators('补贴资金应在10个工作日内及时发放给申请人。', ANNUAL_2027)).toEqual([]);
  });
  it('should support the count of a relief target next to the time it is paid within', () => {
    expect(brief(indicators('临时救助不少于800人次，救助金在3个工作日内发放到位。', ANNUAL_2027))).toEqual([
      '临时救助|800|人次|>=|target|2027',
    ]);
  });
  it('should support a time limit that a target verb sets on paying out', () => {
    expect(brief(indicators('高龄津贴审核发放时限压缩至5个工作日以内。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '5|个工作日|<=',
    ]);
  });
});

describe('the fund a budget allots with 统筹安排', () => {
  it('should support the fund named without the compound verb that allots it', () => {
    expect(brief(indicators('县财政统筹安排农村供水维修养护资金不少于1200万元。', ANNUAL_2027))).toEqual([
      '农村供水维修养护资金|1200|万元|>=|target|2027',
    ]);
  });
  it('should not support dropping 统筹 where it is part of the fund’s name', () => {
    expect(brief(indicators('城乡居民医保统筹基金当期结余率控制在5%以内。', ANNUAL_2027))).toEqual([
      '城乡居民医保统筹基金当期结余率|5|%|<=|target|2027',
    ]);
  });
});
