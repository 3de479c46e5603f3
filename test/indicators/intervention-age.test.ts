// An age range that limits who receives an intervention delivered with 实施 (对7—9岁儿童实施窝沟封闭): 实施 is the verb public-health
// plans deliver an intervention to an age group with, as 开展 and 提供 (grammars/indicators.yaml ageServiceWords), so the age is the
// service's eligible population (gold/INDICATORS.md "Age thresholds").
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const ages = (text: string) => indicators(text, MULTI_YEAR).filter((i) => i.unit === '岁' || i.unit === '周岁');

describe('an age limiting an intervention delivered with 实施', () => {
  it('should support the age range of the children an intervention is delivered to', () => {
    const got = ages('对全市6—8岁学龄儿童实施窝沟封闭。');
    expect(got.map((i) => [i.value, i.comparator])).toEqual([[[6, 8], 'range']]);
  });
  it('should support a lower bound of the people an intervention is delivered to', () => {
    const got = ages('对辖区70岁以上失能老人实施居家医疗护理。');
    expect(got.map((i) => [i.value, i.comparator])).toEqual([[70, '>=']]);
  });
  it('should not support an age that only names a group a plan is carried out for, with no service', () => {
    expect(ages('围绕0—18岁儿童发展目标实施重点项目。')).toEqual([]);
  });
  it('should not support an age inside the name of a metric with its own value', () => {
    const got = indicators('实施干预后，12岁儿童患龋率控制在30%以内。', MULTI_YEAR);
    expect(got.map((i) => [i.value, i.unit])).toEqual([[30, '%']]);
  });
});
