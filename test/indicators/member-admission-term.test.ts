// 发展党员, 发展团员, 发展会员: the members an organisation admits, a term of 党建/团建/工会 statistics counted right after it
// (grammar verbNouns). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const REVIEW = { ...MULTI_YEAR, review: true };

describe('the members admitted (发展党员120名)', () => {
  it('should support a count right after the term as its value, in a plan and in a review', () => {
    expect(brief(indicators('全年发展党员120名，培训入党积极分子300人次。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '发展党员|120|名',
      '培训入党积极分子|300|人次',
    ]);
    expect(brief(indicators('新建基层工会组织35个，发展会员2100名。', REVIEW)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '新建基层工会组织|35|个',
      '发展会员|2100|名',
    ]);
  });
  it('should not support 发展 alone as a verb before a count', () => {
    expect(brief(indicators('发展乡村旅游示范点12个。', ANNUAL_2024))).toEqual([]);
  });
});
