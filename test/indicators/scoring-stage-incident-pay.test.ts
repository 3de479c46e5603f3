// Numbers of an assessment's rules, not targets (INDICATORS.md: an indicator is a level to reach): the weight of a STAGE of the
// assessment before 占 with the total left unsaid (日常考核占40%: grammar scoreParts), the pay factor of a grade before 核定
// (优秀的按核定基数的110%核定: grammar payRateVerbs), and the incident a deduction counts per (每发现1处…扣0.5分: grammar scoreSteps).
// A bounded weight, a share of something worked on, and a count of inspections a plan sets stay items. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the weight of a stage of an assessment', () => {
  it('should not support the stages of an assessment before 占 and their weights', () => {
    expect(names('考核分季度考核和年度考核，季度考核占30%，年度考核占70%。')).toEqual([]);
    expect(names('平时考评占40%，年终考评占60%。')).toEqual([]);
  });

  it('should support a bounded share and a share of work done', () => {
    expect(names('慢病随访考核合格率达到90%以上。')).toEqual(['慢病随访考核合格率|90|%']);
    expect(names('基层诊疗量占70%以上。')).toEqual(['基层诊疗量占比|70|%']);
  });
});

describe('indicators: the pay factor of a grade (核定)', () => {
  it('should not support the rate a grade approves pay at', () => {
    expect(names('考核为优秀的，绩效工资总量按上年度核定总量的105%核定；合格的按95%核定。')).toEqual([]);
  });

  it('should support a support rate paid out', () => {
    expect(names('对新建村卫生室按建设投资的30%给予补助。').length).toBe(1);
  });
});

describe('indicators: the incident a deduction counts per', () => {
  it('should not support 每发现, 每查实, 每出现 before the incident', () => {
    // After a target in the same sentence, the count would borrow its verb.
    expect(names('消防设施完好率达到100%，每发现2处消防通道堵塞扣1分。')).toEqual(['消防设施完好率|100|%']);
    expect(names('收费公示率达到100%，每查实1件违规收费扣2分。')).toEqual(['收费公示率|100|%']);
    expect(names('手卫生依从率达到85%以上，每出现1例院内感染暴发扣3分。')).toEqual(['手卫生依从率|85|%']);
  });

  it('should support a count of findings a plan sets', () => {
    expect(names('全年开展消防安全检查不少于4次。')).toEqual(['消防安全检查|4|次']);
  });
});
