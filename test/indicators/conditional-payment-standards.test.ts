// A bare amount in 元 paid to whoever meets a condition closed by 的 right before the paying verb (…的发放N元, …的，给予N元) is the
// formula of a benefit rule, what each one who qualifies receives, not a target; so where the reward noun was written once in the
// first of parallel clauses and left out of the next. A total in 万元 stays. Sentences written for the test, not copied from any
// corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const PLAN: PlanYears = { years: [2027, 2029], annual: false };

describe('indicators: a payment to whoever meets a condition (…的发放N元)', () => {
  it('should not support the amounts of a birth grant by birth order, the reward noun written only in the first clause', () => {
    expect(indicators('户籍在本区的家庭，生育第一个孩子的发放一次性生育补贴800元，生育第二个孩子的发放2500元，生育第三个孩子的发放4500元。', PLAN)).toEqual([]);
  });

  it('should not support an amount granted after a condition closed by 的 and a comma', () => {
    expect(indicators('新获评省级示范托育机构的，给予2000元。', PLAN)).toEqual([]);
  });

  it('should support a total in 万元 paid out after such a condition', () => {
    expect(brief(indicators('对符合条件的托育机构发放5600万元。', PLAN)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['5600|万元|=']);
  });

  it('should support a bounded standard after such a condition', () => {
    expect(brief(indicators('生育第二个孩子的，发放不低于2000元。', PLAN)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2000|元|>=']);
  });
});
