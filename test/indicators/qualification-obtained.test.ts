// 取得/获得 + a qualification closing the clause: workforce plans and reviews count the qualified people so (已有N名乡村医生取得大专学历,
// N名护士获得专科护士资格证书), as they count institutions that 达到 a standard or 通过 an assessment (grammar qualifyVerbs,
// qualificationWords). Without a qualification the verbs attain nothing countable (取得阶段性成效, 获得表彰).
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, MULTI_YEAR));

describe('people counted by the qualification they obtain', () => {
  it('should support an achieved count after 已有', () => {
    expect(items('目前全区已有92名村医取得中专以上学历。')).toEqual(['取得中专以上学历的村医|92|名|=|actual|']);
  });
  it('should support a target count with 获得 and a certificate', () => {
    expect(items('到2025年，150名社区护士获得老年护理专科资格证书。')).toEqual(['获得老年护理专科资格证书的社区护士|150|名|=|target|2025']);
  });
  it('should support a target count with 有 and a 资格', () => {
    expect(items('到2025年，全县有60名乡村医生取得执业助理医师资格。')).toEqual(['取得执业助理医师资格的乡村医生|60|名|=|target|2025']);
  });
  it('should not support 取得 or 获得 before what is no qualification', () => {
    expect(items('4个试点项目取得明显成效。')).toEqual([]);
    expect(items('3家卫生院获得市级通报表扬。')).toEqual([]);
  });
  it('should not support a qualification inside a relative clause with no count', () => {
    expect(items('对取得副高级职称的基层医生给予津贴。')).toEqual([]);
  });
});
