// A verb of allotment (安排) that links a funder to what it funds inside a share’s name (…公益金安排助残服务的资金占比): it heads
// a relative clause of the name’s head noun and stays; before the fund it allots it is a light verb, dropped. Sentences written
// for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('a verb of allotment inside a name', () => {
  it('should support keeping 安排 where it heads a relative clause before 的 (the share of what the funder allots)', () => {
    expect(brief(indicators('区级体育彩票公益金安排全民健身设施的资金占比不低于40%。', ANNUAL_2027))).toEqual([
      '区级体育彩票公益金安排全民健身设施的资金占比|40|%|>=|target|2027',
    ]);
  });
  it('should not support keeping 安排 before the fund it allots', () => {
    expect(brief(indicators('县级安排配套资金不低于500万元。', ANNUAL_2027))[0]?.startsWith('县级配套资金|500|万元')).toBe(true);
  });
});
