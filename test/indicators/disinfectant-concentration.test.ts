// The available-chlorine concentration written before a disinfectant's name (500mg/L含氯消毒剂, 有效氯浓度为1000mg/L的含氯消毒液) is
// the strength the disinfection procedure uses (WS/T 367 and the 消毒 rules of 院感 and 疫情防控 plans), part of what is used, as 75%酒精
// is: no level a plan sets (grammar strengthUnits, preparationHeads). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('a concentration naming a disinfectant', () => {
  it('should support a concentration before a disinfectant, with or without 的, as no item', () => {
    expect(brief(indicators('病区地面每日使用500mg/L含氯消毒剂湿式拖拭，环境清洁消毒合格率达到100%。'))).toEqual([
      '环境清洁消毒合格率|100|%|=|target|',
    ]);
    expect(brief(indicators('门急诊物体表面使用有效氯浓度为1000毫克/升的含氯消毒液擦拭。'))).toEqual([]);
  });
  it('should not support dropping a share before 的 or a bounded concentration', () => {
    expect(brief(indicators('30%的乡镇卫生院配备消毒剂。'))).toHaveLength(1);
    expect(brief(indicators('出厂水余氯浓度不低于0.3mg/L的消毒要求全面落实，出水总磷浓度控制在0.5mg/L以下。'))).toHaveLength(2);
  });
});
