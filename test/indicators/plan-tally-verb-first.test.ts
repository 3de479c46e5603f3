// An evaluation tallying the plan's own indicators with the verb before the count (已达标N项，未达标M项), written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const TWO_YEAR: PlanYears = { years: [2027, 2028], annual: false };
const vu = (s: string) => brief(indicators(s, TWO_YEAR)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a tally of the plan\'s indicators written verb first (N项指标中已完成M项)', () => {
  it('should support the tallied counts after 指标 in the sentence as no indicator', () => {
    expect(vu('经逐项自评，36项指标中已达标31项，未达标5项。')).toEqual([]);
    expect(vu('对照中期评估要求，20项指标中已完成14项，基本完成4项，未完成2项。')).toEqual([]);
  });
  it('should not support counts done with no 指标 named before them, or a count before its own noun, as a tally', () => {
    expect(vu('2026年，全区已完成11项，未完成2项。')).toEqual(['11|项|=', '2|项|=']);
    expect(vu('2026年，全县完成重点改革任务15项，新增监测指标12个。')).toEqual(['15|项|=', '12|个|=']);
  });
});
