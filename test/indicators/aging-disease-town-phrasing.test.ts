// How 老龄事业 规划, 疾病预防控制 计划, 公立医院 实施方案 and 乡镇 reports phrase (or only seem to phrase) targets; each probed
// with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };

describe('a forecast of a trend (预计到2030年，…将超过…) sets no target', () => {
  it('should not support the amounts of a sentence opened by 预计/预测 that says what 将 be', () => {
    expect(brief(indicators('预计到2030年，全市65岁及以上老年人口将达到52万人，占总人口比重超过18%。', PLAN_2026_2030))).toEqual([]);
    expect(brief(indicators('据预测，“十五五”期末全区失能老年人将增至1.8万人。', PLAN_2026_2030))).toEqual([]);
  });
  it('should support an estimate with no 将 (a review\'s 预计全年…) and a target after the forecast', () => {
    expect(brief(indicators('预计全年地区生产总值增长5.2%。', { ...ANNUAL_2024, review: true, reviewYear: 2023 })).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['5.2|%']);
    expect(brief(indicators('预计到2030年，老年人口将超过50万人。到2030年，养老机构护理型床位占比达到60%。', PLAN_2026_2030))).toEqual(['养老机构护理型床位占比|60|%|=|target|2030']);
  });
});

describe('与 before a bilateral act (A与B签约服务率) joins the two parties of one rate', () => {
  it('should support one rate of A signing with B', () => {
    expect(brief(indicators('到2030年，养老机构与周边医疗卫生机构签约服务率保持100%。', PLAN_2026_2030))).toEqual(['养老机构与周边医疗卫生机构签约服务率|100|%|=|target|2030']);
    expect(brief(indicators('定点零售药店与医保经办机构签订服务协议率达到100%。', ANNUAL_2024))).toEqual(['定点零售药店与医保经办机构签订服务协议率|100|%|=|target|2024']);
  });
  it('should not support 和 before 签约 as "with": two groups that sign keep a rate each', () => {
    expect(brief(indicators('全人群和重点人群家庭医生签约率分别达到40%和80%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['全人群家庭医生签约率', '重点人群家庭医生签约率']);
  });
});
