// How an assessment (考核办法, 评分细则, 绩效考核) writes its scoring rules: the step a deduction is counted in (每低1个百分点扣1分),
// a level closed by 的 that a score or grade follows from (达到95%的得满分, 90分以上的为优秀) and the weight of a component
// (占考核总分的30%) are rules of the score, not targets; a target the sheet sets (目标值：…达到90%) stays an item.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('the step of a deduction or bonus (每低1个百分点扣0.5分)', () => {
  it('should not support the step after 每 and a word of more or less as a target', () => {
    expect(names('接种率每低1个百分点扣0.5分，扣完为止。')).toEqual([]);
    expect(names('报送时间每超过1天扣1分。')).toEqual([]);
    expect(names('药占比每高（低）2个百分点扣1分。')).toEqual([]);
    expect(names('签约人数每增加100人加0.2分。')).toEqual([]);
  });
  it('should support the target the sheet sets before its step', () => {
    expect(names('目标值：孕产妇系统管理率达到90%以上。每低1个百分点扣1分。')).toEqual(['孕产妇系统管理率|90|%']);
    expect(names('全年新生儿访视率较上年提高2个百分点。')).toEqual(['新生儿访视率|2|个百分点']);
  });
});

describe('a level closed by 的 that a score or grade follows from (达到95%的得满分)', () => {
  it('should not support the condition of a score, a deduction or a grade as a target', () => {
    expect(names('处方点评率达到95%的得满分，未达到的按比例计分。')).toEqual([]);
    expect(names('床位使用率低于40%的本项不得分。')).toEqual([]);
    expect(names('每千人口执业医师数达到2.8人的得6分。')).toEqual([]);
    expect(names('医疗费用增幅超过10%的扣2分。')).toEqual([]);
    expect(names('综合得分85分以上的为优秀，不满60分的为不合格。')).toEqual([]);
  });
  it('should support a bounded value before 的 and a noun, and a level closed by a stop', () => {
    expect(names('培育年产值1亿元以上的加工企业10家。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['10|家']);
    expect(names('慢性病患者规范管理率达到70%以上。')).toEqual(['慢性病患者规范管理率|70|%']);
    expect(names('全年群众满意度测评得分不低于90分。')).toEqual(['群众满意度测评得分|90|分']);
  });
});

describe('the weight of a component, a share of the total score (占考核总分的40%)', () => {
  it('should not support the share of a total score as a target', () => {
    expect(names('季度考核结果占考核总分的30%，年终考核结果占70%。').filter((n) => n.includes('30'))).toEqual([]);
    expect(names('群众满意度测评占年度考核总成绩的20%。')).toEqual([]);
  });
  it('should support a share of another total', () => {
    expect(names('基层诊疗量占县域总诊疗量的比例达到65%。')).toEqual(['基层诊疗量占县域总诊疗量的比例|65|%']);
    expect(names('民生支出占一般公共预算支出的80%以上。')).toHaveLength(1);
  });
});

describe('points in a scoring rule (党建工作10分, 扣2分, 最高加5分)', () => {
  it('should not support the points shared out among components, or added or deducted by a score, as targets', () => {
    expect(names('实行百分制，其中医疗质量20分，公共卫生服务35分，队伍建设10分。')).toEqual([]);
    expect(names('未按时上报的扣2分；获得省级表彰的，最高加5分。')).toEqual([]);
    expect(names('六、加分项（最高3分）')).toEqual([]);
  });
  it('should support a level of points a verb or bound sets', () => {
    expect(names('全年群众满意度测评得分保持在92分以上。')).toEqual(['群众满意度测评得分|92|分']);
    expect(names('政务服务好差评满意度达到95分。')).toEqual(['政务服务好差评满意度|95|分']);
    expect(names('门诊服务满意度达到90分，住院服务满意度92分。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['90|分', '92|分']);
  });
});

describe('the rate a sum is allotted at after 按 (按核定基数的110%核拨)', () => {
  it('should not support the pay factor of a grade as a target', () => {
    expect(names('考核为优秀的，奖励性绩效工资按核定基数的120%核拨；合格的按90%核拨。')).toEqual([]);
    expect(names('年度考核不合格的，绩效工资按70%计发。')).toEqual([]);
  });
  it('should support a share reached and a support rate paid out', () => {
    expect(names('县级财政按项目投资额的20%给予补助。')).toHaveLength(1);
    expect(names('乡镇卫生院绩效工资中奖励性部分占比达到60%。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['60|%']);
  });
});
