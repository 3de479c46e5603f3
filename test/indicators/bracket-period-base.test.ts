// The base value in brackets after a target may be dated by a named planning period's end instead of a year
// (…达到62%以上（“十四五”末为55%）): plans benchmark their targets against the last period's closing level, written with the
// period's name. It is the target's base value like （2025年为X） (bracket-base.test.ts): kind baseline, dated by the period's
// last year. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const ANNUAL_2027 = { years: [2027, 2027] as [number, number], annual: true };
const THREE_YEARS = { years: [2026, 2028] as [number, number], annual: false };

describe('a base value in brackets dated by a period\'s end (（“十四五”末为X）)', () => {
  it('should support （“十四五”末为X） after a target as the baseline of the same metric, year the period\'s last', () => {
    expect(brief(indicators('全市城乡居民健康素养水平达到36%以上（“十四五”末为31.5%）。', ANNUAL_2027))).toEqual([
      '城乡居民健康素养水平|36|%|>=|target|2027',
      '城乡居民健康素养水平|31.5|%|=|baseline|2025',
    ]);
  });

  it('should support the period without quotes and with 期末 (（十四五期末为X）)', () => {
    expect(brief(indicators('到2028年，全区城镇新建建筑中绿色建筑占比提高到85%（十四五期末为72%）。', THREE_YEARS)).at(-1)).toBe('城镇新建建筑中绿色建筑占比|72|%|=|baseline|2025');
  });

  it('should not support a period-end level in a sentence of its own, or a bracket of the plan\'s own period, as a baseline', () => {
    expect(brief(indicators('“十四五”末，全市5G基站达到0.9万个。', ANNUAL_2027)).map((s) => s.split('|')[4])).not.toContain('baseline');
    expect(brief(indicators('到2028年，数字经济核心产业增加值占比提高到12%（“十五五”末为15%）。', THREE_YEARS)).map((s) => s.split('|')[4])).not.toContain('baseline');
  });
});
