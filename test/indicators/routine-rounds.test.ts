// Rounds (轮, 轮次) count the runs of a step as 次 does (grammar recurrenceUnits): after the cadence a step recurs in, a
// round of monitoring, checks or surveys with no bound word is how often the step runs, a working rule, not a target.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

const cols = (s: string) => s.split('|').slice(1, 4).join('|');

describe('rounds of a step after its cadence (每年开展1轮…监测, 每季度开展1轮…排查)', () => {
  it('should not support one round a year of an oversight step as a count the plan sets', () => {
    expect(brief(indicators('按照省级方案，每年开展1轮城乡居民营养状况监测，结果向社会公布。', MULTI_YEAR))).toEqual([]);
    expect(brief(indicators('各县区每年组织1轮次食品安全风险抽检，形成分析报告。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support one round a quarter or a month, whatever is done', () => {
    expect(brief(indicators('街道每季度开展1轮消防安全隐患排查，建立问题台账。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('坚持每月开展1轮病媒生物密度监测。', MULTI_YEAR))).toEqual([]);
  });
  it('should support rounds set for the year, or bounded after a cadence', () => {
    expect(brief(indicators('全年开展3轮医疗机构依法执业专项督导。', ANNUAL_2024)).map(cols)).toEqual(['3|轮|=']);
    expect(brief(indicators('每年至少开展2轮饮用水水质监测。', MULTI_YEAR)).map(cols)).toEqual(['2|轮|>=']);
  });
});
