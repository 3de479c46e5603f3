// A rule already in force that a plan says it applies (严格执行…的规定, 继续执行…的政策): the numbers inside it are settings every
// party follows (a contribution rate, a loan interest rate, a down-payment share), not levels the plan sets itself to reach.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('the content of a rule applied (执行…的规定/政策)', () => {
  it('should not support the settings of a rule the plan applies as targets', () => {
    expect(brief(indicators('严格执行职工基本养老保险单位缴费比例为16%的规定。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('继续执行二套住房商业贷款首付款比例不低于25%的政策。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('落实公积金贷款利率3年以下（含3年）2.1%、3年以上2.6%的规定，做好政策解读。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('按照单位缴存比例最低为5%的规定，督促企业足额缴存。', ANNUAL_2024))).toEqual([]);
  });
  it('should support targets in the same sentence as a rule applied, and targets of a 执行 with no rule noun after them', () => {
    expect(names('严格执行个人缴费比例为8%的规定，全年城镇职工养老保险参保人数达到42万人。')).toEqual(['城镇职工养老保险参保人数|42|万人']);
    expect(names('严格执行资金管理制度，专项资金拨付及时率达到100%。')).toEqual(['专项资金拨付及时率|100|%']);
    expect(names('按照有关规定，全年新增缴存单位500家以上。')).toEqual(['缴存单位|500|家']);
    // the item is kept (its name is not what this test is about)
    expect(names('全面落实新增城镇就业6000人的目标任务。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['6000|人']);
  });
});
