// A routine's recurrences counted in sessions (场, 场次) or issues (期) after a cadence shorter than a year: how often the
// routine runs, as 1次 after 每月 is (grammar routineUnits). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const REVIEW = { ...MULTI_YEAR, review: true };

describe('sessions and issues after a cadence shorter than a year (每季度举办1场…, 每月推送1期…)', () => {
  it('should not support one session or issue a month or a quarter as a count the plan sets', () => {
    expect(brief(indicators('各县区每季度举办1场政银企对接会，及时解决企业融资难题。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('每月推送1期科普知识专栏，宣传防灾减灾知识。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('坚持每周开展1场次“文明实践”志愿活动。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support them in a review either', () => {
    expect(brief(indicators('坚持每月编印1期工作简报，全年开展普法宣传活动86场。', REVIEW)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['86|场']);
  });
  it('should support sessions or issues set for the year, or bounded after a cadence', () => {
    expect(brief(indicators('全年举办政银企对接会12场，编发《妇女工作动态》24期。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['12|场', '24|期']);
    expect(brief(indicators('每季度至少举办1场政银企对接会。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1|场|>=']);
  });
});
