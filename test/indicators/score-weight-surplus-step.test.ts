// Numbers of an assessment's rules, not targets (INDICATORS.md: an indicator is a level to reach): the weight of a component
// named by its score before 占 with the total left unsaid (牵头医院得分占60%: grammar scoreParts), the share of a budget's surplus a
// unit keeps by its grade (按结余资金的100%留用, 医保 打包付费 结余留用: grammar payRateVerbs) and the step a deduction counts in
// after 每升高 (grammar scoreSteps). A weight or a share with a bound, a plan's level, stays an item. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('indicators: the weights of the components of a score', () => {
  it('should not support the score of a component before 占 and its weight', () => {
    expect(names('年度考核总得分由两部分构成，其中县级医院得分占70%，乡镇卫生院平均得分占30%。')).toEqual([]);
    expect(names('平时考核成绩占40%，年终考核成绩占60%。')).toEqual([]);
  });

  it('should support a weight a plan bounds, and a share after 占 of a subject that is no score', () => {
    expect(brief(indicators('将安全生产工作纳入年度综合考核，考核权重不低于5%。', ANNUAL_2024))).toEqual(['考核权重|5|%|>=|target|2024']);
    expect(names('县域内住院人次占比达到85%，基层诊疗量占70%以上。')).toEqual(['县域内住院人次占比|85|%', '基层诊疗量占比|70|%']);
  });
});

describe('indicators: the share of a surplus kept by grade', () => {
  it('should not support the share a grade keeps of a surplus (结余留用)', () => {
    expect(names('考核结果为优秀的医共体按结余资金的100%留用，良好的按70%留用。')).toEqual([]);
  });

  it('should support a share kept that a plan bounds', () => {
    expect(names('医保基金结余资金留用比例不低于50%。')).toEqual(['医保基金结余资金留用比例|50|%']);
  });
});

describe('indicators: 每升高 as the step of a deduction', () => {
  it('should not support the step after 每升高', () => {
    expect(names('门诊次均费用增幅每升高1个百分点扣1分。')).toEqual([]);
  });

  it('should support a bound a plan sets on the same rate', () => {
    expect(names('门诊次均费用增幅控制在5%以内。')).toEqual(['门诊次均费用增幅|5|%']);
  });
});
