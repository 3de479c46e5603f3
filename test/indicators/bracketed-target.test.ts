// A target named by its source with its value in brackets right after it (达到规划目标（…）, 完成省下达任务（…）), and 提前
// (ahead of time) as an adverb before the verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };

describe('a value in brackets after the target it fills (bracketedTargets)', () => {
  it('should support the subject before the verb as the metric, the target in between no part of it', () => {
    expect(brief(indicators('全市污水处理能力达到规划目标（120万吨/日）。', ANNUAL_2026))).toEqual(['污水处理能力|120|万吨/日|=|target|2026']);
    expect(brief(indicators('森林覆盖率达到省定目标（45%）。', ANNUAL_2026))).toEqual(['森林覆盖率|45|%|=|target|2026']);
  });
  it('should support a reach verb (完成) before a target set from above, and a verb inside the target\'s name (规划)', () => {
    expect(brief(indicators('城镇新增就业完成省下达任务（1.2万人）。', ANNUAL_2026))).toEqual(['城镇新增就业|1.2|万人|=|target|2026']);
    expect(brief(indicators('城区供水能力提前达到规划总目标（30万立方米/天）。', ANNUAL_2026))).toEqual(['城区供水能力|30|万立方米/天|=|target|2026']);
  });
  it('should not support skipping a bracketed noun that is no target (项目库 stays in the name)', () => {
    expect(brief(indicators('建设重点项目库（120个）。', ANNUAL_2026))[0]).toMatch(/^重点项目库/u);
  });
});

describe('提前 as an adverb', () => {
  it('should support a target met ahead of time named without 提前', () => {
    expect(brief(indicators('全年提前完成造林任务3万亩。', ANNUAL_2026))).toEqual(['造林任务|3|万亩|=|target|2026']);
    expect(brief(indicators('农村自来水普及率提前达到99%。', ANNUAL_2026))).toEqual(['农村自来水普及率|99|%|=|target|2026']);
  });
});

// 首次 (for the first time) is how a review says a level was passed: an adverb before the verb, as 提前 is.
describe('首次 as an adverb', () => {
  it('should support a level passed for the first time named without 首次', () => {
    expect(brief(indicators('全区规上工业总产值首次突破500亿元。', ANNUAL_2026))).toEqual(['规上工业总产值|500|亿元|>=|target|2026']);
    expect(brief(indicators('社会消费品零售总额首次超过80亿元。', ANNUAL_2026))).toEqual(['社会消费品零售总额|80|亿元|>=|target|2026']);
  });
  it('should not support dropping 首次 inside a name, before the head of a rate', () => {
    expect(brief(indicators('产妇产后首次访视率达到92%。', ANNUAL_2026))).toEqual(['产妇产后首次访视率|92|%|=|target|2026']);
  });
});
