// A draft's 起草说明 tells how the document was drafted (the drafters, the meetings held, the opinions received and adopted) as a
// 调研报告's lead tells the survey's method: no level and nothing to reach (grammars/indicators.yaml surveyTeams,
// surveyMethodVerbs). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the account of how a draft was drafted', () => {
  it('should support reading the meetings and opinions of the drafting as no items', () => {
    expect(names('编制说明：本方案由县医保局牵头起草，召开专家论证会4场，共收到意见建议53条，采纳38条。')).toEqual([]);
    expect(names('起草组先后走访定点医疗机构16家，征集意见120余条。')).toEqual([]);
  });

  it('should not support dropping the counts of a plan\'s own tasks', () => {
    expect(names('全年召开医保政策宣讲会12场，收集群众意见建议不少于200条。')).toHaveLength(2);
  });
});
