// Short words parallel to the first word of the last conjunct, a qualifier standing between that word and the institution word
// (二级、三级公立医院; 城市和农村医疗机构): the qualifier is part of the shared tail (二级公立医院…), as plans list hospital grades,
// kinds of place and tiers of government before one noun. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: parallel grade words before a qualified institution', () => {
  it('should support sharing the qualifier with the institution', () => {
    expect(names('二级、三级公立医院住院患者满意度分别达到88%和91%以上。')).toEqual([
      '二级公立医院住院患者满意度|88|%',
      '三级公立医院住院患者满意度|91|%',
    ]);
    expect(names('一级、二级民营医院床位使用率分别不低于60%、75%。')).toEqual(['一级民营医院床位使用率|60|%', '二级民营医院床位使用率|75|%']);
  });

  it('should support sharing the qualifier after parallel places or tiers of government', () => {
    expect(names('城市和农村医疗机构电子病历普及率分别达到98%和85%。')).toEqual(['城市医疗机构电子病历普及率|98|%', '农村医疗机构电子病历普及率|85|%']);
    expect(names('县级和乡镇医疗机构门诊预约率分别达到60%和40%。')).toEqual(['县级医疗机构门诊预约率|60|%', '乡镇医疗机构门诊预约率|40|%']);
  });

  it('should not support splitting conjuncts that are not parallel words', () => {
    expect(names('乡镇卫生院和村卫生室人员培训率分别达到95%和90%。')).toEqual(['乡镇卫生院人员培训率|95|%', '村卫生室人员培训率|90|%']);
    expect(names('男性、女性吸烟者戒烟率分别达到12%和9%。')).toEqual(['男性吸烟者戒烟率|12|%', '女性吸烟者戒烟率|9|%']);
  });
});
