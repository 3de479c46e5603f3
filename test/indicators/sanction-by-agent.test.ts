// The consequence a 考核 rule lays on whoever falls below its line often names who lays it, with 由, between the sanctioned and
// the sanction (得分低于60分的医院由县卫健局约谈, no comma): the bounded value is still the rule's condition, never a level to reach.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const PLAN = { years: [2026, 2028] as [number, number], annual: false };
const values = (text: string) => indicators(text, PLAN).map((i) => i.value);

describe('a line of a 考核 rule, the sanction laid by a body named with 由', () => {
  it('should support leaving out 得分低于N分的医院由…约谈', () => {
    expect(values('年度考核得分低于70分的医院由县卫生健康局约谈主要负责人。')).toEqual([]);
  });
  it('should support leaving out 完成率不足N%的乡镇由…通报批评', () => {
    expect(values('筛查任务完成率不足80%的乡镇由区疾控中心予以通报批评。')).toEqual([]);
  });
  it('should support leaving out 低于N分的单位由…责令限期整改', () => {
    expect(values('季度督导得分低于65分的单位由市医保局责令限期整改。')).toEqual([]);
  });
  it('should not support dropping a target whose 由 names who is in charge, with no sanction', () => {
    expect(values('到2028年，病案首页填写合格率达到95%以上的医院由市医保局统一公布。')).toEqual([95]);
  });
  it('should not support dropping a target set for a body named with 由', () => {
    expect(values('年度考核得分达到90分以上，由市医保局负责组织考核。')).toEqual([90]);
  });
});
