// A department's all-round review (综合评估) of the bodies it designates or licenses, run by a cadence, is an oversight step as a
// 质量评估 or 绩效评估 is: how often the routine runs, not a level the plan sets. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('a cadenced 综合评估', () => {
  it('should support leaving out a yearly review of designated bodies', () => {
    expect(names('每年对医保定点药店开展1次综合评估，评估结果向社会公开。')).toEqual([]);
  });
  it('should support leaving out a review counted after its object', () => {
    expect(names('县卫生健康局每两年对托育机构综合评估1次。')).toEqual([]);
  });
  it('should not support dropping a bounded count of reviews', () => {
    expect(names('全年开展养老机构综合评估不少于20次。')).toEqual(['养老机构综合评估|20|次']);
  });
});
