// A 调研报告 (or an 执法检查报告, a 视察报告) opens with how the team worked: the meetings it held, the questionnaires it gave out,
// the households it visited are its method, no level and no target (grammars/indicators.yaml surveyTeams, surveyMethodVerbs); its
// findings give shares of a population after an existential 有 (有63.5%的受访者…), named by that population and what it does
// (shareExistentials). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('indicators: the method of a survey team', () => {
  it('should not support the meetings, questionnaires and visits of a named survey team as items', () => {
    expect(brief(indicators('9月，调研组先后深入4个县区实地察看，召开座谈会5场，发放调查问卷800份，走访农户260户。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('执法检查组共召开座谈会9次，随机抽查企业36家。', ANNUAL_2024))).toEqual([]);
  });

  it('should support the same counts where no survey team is named, or with a bound', () => {
    expect(names('全年召开企业座谈会12场。')).toEqual(['企业座谈会|12|场']);
    expect(brief(indicators('调研组建议每年召开座谈会不少于4场。', ANNUAL_2024)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['4|场|>=|target|2024']);
  });
});

describe('indicators: a share of a population after an existential 有', () => {
  it('should support the population and what it does as the name of the share', () => {
    expect(names('问卷结果显示，有72.4%的受访居民对社区养老服务表示满意。')).toEqual(['受访居民对社区养老服务表示满意比例|72.4|%']);
    expect(names('调查显示，有58.2%的受访农户愿意加入农民专业合作社。')).toEqual(['受访农户愿意加入农民专业合作社比例|58.2|%']);
    expect(names('全县有85%以上的行政村建成了村级综合服务站。')).toEqual(['行政村建成了村级综合服务站比例|85|%']);
  });

  it('should support a negation before the verb of the population as part of what it does', () => {
    expect(names('抽查发现，有18%的小微企业未建立安全生产台账。')).toEqual(['未建立安全生产台账的小微企业比例|18|%']);
    expect(names('全县有15%的村卫生室不具备中医药服务能力。')).toEqual(['不具备中医药服务能力的村卫生室比例|15|%']);
  });

  it('should not support the rule where a metric is named before the share', () => {
    expect(names('调查显示，受访群众满意度为86.5%。')).toEqual(['受访群众满意度|86.5|%']);
  });
});
