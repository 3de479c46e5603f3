// A rule in force that a plan says it applies is often named with a word before its noun that says whose the rule is or what kind
// it is (执行…的统一政策, 执行…的国家有关规定, 继续执行…的阶段性政策): the head of the phrase after 的 is still the rule, and the numbers
// inside it are the rule's settings (a contribution rate, a fee rate, a deposit ceiling) that every party follows, not levels the
// plan sets itself to reach. A noun that is no rule after the same words (统一部署, 统一要求) keeps the plan's own target.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('the content of a rule applied, its noun after a modifier (执行…的统一政策/国家有关规定)', () => {
  it('should support the settings of a rule named with a modifier as no indicator', () => {
    expect(brief(indicators('严格执行机关事业单位基本养老保险单位缴费比例16%的统一政策。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('继续执行失业保险总费率1%的阶段性政策，减轻企业负担。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('严格执行住房公积金缴存比例不超过12%的国家有关规定。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support a noun that is no rule after the same words, or a target beside a policy, as no indicator', () => {
    expect(names('落实全年新增技能人才3000人的统一要求。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['3000|人']);
    expect(names('按照全市统一部署，医保参保率稳定在95%以上。')).toEqual(['医保参保率|95|%']);
    expect(names('落实稳就业各项政策，全年城镇新增就业达到1.2万人。')).toEqual(['城镇新增就业|1.2|万人']);
  });
});
