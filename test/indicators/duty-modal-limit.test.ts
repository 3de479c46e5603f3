// The modal of a duty (应当: grammar dutyModals) is the word in which laws, regulations and standards oblige every operator they
// bind: a ceiling or a band set in it (冷藏柜温度应当保持在8℃以下, 出水总余氯应当控制在0.5—4mg/L) is a rule's limit restated, as
// 不得超过 is; floors after 应当 stay (the set's 办法 state what a body must reach with them). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators, MULTI_YEAR } from './helpers.js';

const cols = (s: string) => s.split('|').slice(1, 4).join('|');

describe('a ceiling or a band in the modal of a duty (应当保持在…以下, 应当控制在…)', () => {
  it('should support reading a duty’s ceiling or band as a rule, not a target', () => {
    expect(brief(indicators('疫苗冷藏柜内温度应当保持在8℃以下，并每日记录两次。', MULTI_YEAR))).toEqual([]);
    expect(brief(indicators('消毒后出水总余氯应当控制在0.5—4mg/L。', MULTI_YEAR))).toEqual([]);
    expect(brief(indicators('乡镇卫生院收集的废弃药品应当在72小时内移交处置单位。', MULTI_YEAR))).toEqual([]);
  });
  it('should not support dropping a floor after 应当, or a plan’s own ceiling with no modal', () => {
    expect(brief(indicators('家庭医生团队履约率应当达到95%以上。', MULTI_YEAR)).map(cols)).toEqual(['95|%|>=']);
    expect(brief(indicators('到2028年，全市孕产妇死亡率控制在8/10万以下。', MULTI_YEAR)).map(cols)).toEqual(['8|/10万|<=']);
    expect(brief(indicators('城市污水处理厂出水总氮浓度控制在10—15mg/L。', MULTI_YEAR)).map(cols)).toEqual(['[10,15]|mg/L|range']);
  });
});
