// A noun opened by a word of a whole (总处方, 全部核定床位, 全体在编职工) right after a cap or floor word, before 的 and a share, is the
// whole the share is taken of (门诊处方点评比例不少于总处方的1%): the share's base, no part of the metric, whatever word the noun ends
// in, and the bound is the share's. Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const YEAR: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: a share bounded against a noun opened by 总/全部/全体 (不少于总处方的1%)', () => {
  it('should support a review quota of all prescriptions after 不少于', () => {
    expect(brief(indicators('急诊处方抽查比例不少于总处方的2%，结果按月反馈。', YEAR))).toEqual(['急诊处方抽查比例|2|%|>=|target|2027']);
  });

  it('should support a cap against all approved beds after 不超过', () => {
    expect(brief(indicators('日间病床数量原则上不超过全部核定床位的15%。', YEAR))).toEqual(['日间病床数量|15|%|<=|target|2027']);
  });

  it('should support a floor against the whole staff after 不低于', () => {
    expect(brief(indicators('参加急救技能培训的比例不低于全体在编职工的40%。', YEAR)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['40|%|>=']);
  });

  it('should not support a base where no bound stands before the whole', () => {
    expect(brief(indicators('全部病历的归档率达到98%。', YEAR)).map((b) => b.split('|')[3])).toEqual(['=']);
  });
});
