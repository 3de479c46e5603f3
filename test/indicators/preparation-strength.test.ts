// A percentage written right before the name of a drug, disinfectant or other preparation (75%酒精, 0.9%氯化钠注射液,
// 1.23%酸性磷酸氟凝胶) is the preparation's strength, part of what the product is called: no rate a plan sets or measures
// (grammar preparationHeads). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('a percentage naming a preparation', () => {
  it('should not support the strength of a disinfectant used for a task as an item', () => {
    expect(brief(indicators('各接种单位每日使用75%酒精擦拭接种台面，接种区域消毒记录完整率达到100%。'))).toEqual([
      '接种区域消毒记录完整率|100|%|=|target|',
    ]);
  });
  it('should not support two strengths of fluoride preparations listed with 和', () => {
    expect(brief(indicators('托幼机构推广应用2%氟化钠溶液和0.2%氟化钠含漱液，龋病早期干预率达到60%以上。'))).toEqual([
      '龋病早期干预率|60|%|>=|target|',
    ]);
  });
  it('should support a bounded share before a noun that is no preparation', () => {
    expect(brief(indicators('80%以上的村卫生室配备消毒剂。'))).toHaveLength(1);
  });
  it('should support a rate whose name ends in a preparation word after its verb', () => {
    expect(brief(indicators('医疗机构手消毒剂配备率达到95%。'))).toEqual(['医疗机构手消毒剂配备率|95|%|=|target|']);
  });
});
