// The quota of a grade in an assessment's rules (优秀等次比例不超过20%): how many of those assessed may get the grade, a rule of
// grading, not a level of the work assessed (grammar gradeWords). A share of the work done with a bound stays an item.
// Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the quota of a grade', () => {
  it('should not support the share of those assessed that may get a grade', () => {
    expect(names('年度考核优秀等次比例原则上不超过20%。')).toEqual([]);
    expect(names('考核结果分四个等次，评为优秀等次的科室不超过参评科室总数的25%。')).toEqual([]);
  });

  it('should support a bounded share of the work assessed', () => {
    expect(names('考核合格率达到95%以上。')).toEqual(['考核合格率|95|%']);
    expect(names('乙级病案比例控制在5%以内。')).toEqual(['乙级病案比例|5|%']);
  });
});
