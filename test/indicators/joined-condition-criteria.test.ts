// A check or a measure that 对 aims at a group names the group by every mark its members share, joined by 、 in one 的-phrase
// (对年度住院次数超过12次、门诊购药金额异常的参保人员开展疑点筛查): the bounded value is one of those marks, a condition of whom the
// measure reaches, never a level to reach, also when criteria with no number stand between it and the 的. A length of time among such criteria
// stays an item (the term an eligibility rule sets, as an age: dev d04's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

describe('indicators: a bounded value among the criteria of a 对…的 condition', () => {
  it('should support a bounded value followed by criteria with no number before the 的 as no indicator', () => {
    expect(names('对季度就诊次数超过30次、跨院购药频繁的参保人员开展重点核查。', ANNUAL_2024)).toEqual([]);
    expect(names('对单次结算金额超过5000元、诊断与用药不符的门诊处方开展人工复审。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a count whose list goes on with another count, or a value with no 对 opening a condition, as no indicator', () => {
    expect(names('全年复审门诊处方超过3万张、住院病历1200份。', ANNUAL_2024).map((b) => b.split('|').slice(1).join('|'))).toEqual(['3|万张', '1200|份']);
    expect(names('门诊处方复审率超过30%、住院病历抽查率达到20%。', ANNUAL_2024).map((b) => b.split('|')[1])).toEqual(['30', '20']);
    // a length of time is the term an eligibility rule sets, kept as an age is (dev d04's gold)
    expect(names('对连续运营2年以上、信用记录良好的养老机构，给予床位运营补贴。', ANNUAL_2024).map((b) => b.split('|').slice(1).join('|'))).toEqual(['2|年']);
  });
});
