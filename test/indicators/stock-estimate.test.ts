// A stock stated as an estimate (全市现有存在职业病危害的用人单位约2800家, 共有从业人员约5万人): 约 and 左右 say the count is
// approximate, not that it is bounded or aimed at, so the stock still only describes the situation (stockWords: a count after 现有/共有
// needs a target verb or a bound to be an indicator). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names, MULTI_YEAR } from './helpers.js';

describe('an approximate count after a stock word', () => {
  it('should not support a stock counted with 约', () => {
    expect(names('全县现有涉及粉尘危害的企业约460家，从业人员众多。', MULTI_YEAR)).toEqual([]);
    expect(names('全市共有接触放射性危害的医务人员约1.2万人，防护意识有待提高。', MULTI_YEAR)).toEqual([]);
  });
  it("should support a bounded target after the stock, and a stock's count with a bound word", () => {
    expect(names('全县现有企业约460家，到2028年职业健康检查覆盖率达到90%以上。', MULTI_YEAR)).toEqual(['职业健康检查覆盖率|90|%']);
    expect(names('全县现有家庭医生团队不少于120个。', MULTI_YEAR).map((n) => n.split('|').slice(1).join('|'))).toEqual(['120|个']);
  });
});
