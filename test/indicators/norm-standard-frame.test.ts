// A class-size, building or staffing norm that a plan says it applies (严格执行小学每班不超过45人…的班额标准): a compound of the thing
// normed and 标准 after 的, with a verb of applying (执行, 落实, 按照) before the value in its clause, closes a rule in force
// (grammar ruleFrames.nouns), as 的规定 / 的政策 do. The numbers are the standard every school or building keeps, not a level the
// plan sets (班额控制在45人以内 is one). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: the numbers of a norm standard a plan applies (执行…的班额标准)', () => {
  it('should support a class-size or building norm after 执行/落实 … 的X标准 as no indicator', () => {
    expect(values('各校严格执行初中每班不超过50人、小学每班不超过45人的班额标准。')).toEqual([]);
    expect(values('新建中小学严格落实生均校舍建筑面积不低于8平方米的建设标准。')).toEqual([]);
  });
  it('should not support a class size the plan sets itself, or a support standard after 按, as no indicator', () => {
    expect(values('初中起始年级班额控制在50人以内。')).toEqual(['50|人|<=']);
    expect(values('对通过验收的示范校按每所不低于10万元的标准给予奖补。')).toEqual(['10|万元|>=']);
  });
});
