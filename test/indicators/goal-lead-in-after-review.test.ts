// A sentence that leads in the plan's goals (主要目标是：, 全年预期目标为：, 目标任务是：) sets the plan's targets: annual plans put
// such a colon's list right after a look back at the year before (2026年，全市…达到41.2%。主要目标是：…达到45%以上), and the past
// year that opened the review does not reach the goals (grammar goalLeadIns, goalLeadCopulas; extract.ts leadsInGoals).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const kinds = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 2).concat(b.split('|').slice(4, 6)).join('|'));

describe('indicators: a goal lead-in after a review sentence (2026年，…。主要目标是：…)', () => {
  it('should support the goals after the lead-in as the plan year\'s targets', () => {
    expect(kinds('2026年，全市公共自行车日均租用量达到3.2万人次。主要目标是：公共自行车日均租用量达到3.5万人次，站点覆盖率达到85%。')).toEqual([
      '3.2|actual|2026',
      '3.5|target|2027',
      '85|target|2027',
    ]);
    expect(kinds('2026年，全区建成智慧路灯1200盏。全年预期目标为：智慧路灯在线率保持在95%以上。')).toEqual(['1200|actual|2026', '95|target|2027']);
    expect(kinds('2026年，全县新增城镇就业2100人。目标任务是：城镇调查失业率控制在5.5%以内。')).toEqual(['2100|actual|2026', '5.5|target|2027']);
  });
  it('should not support a sentence without a goal lead-in, or a lead-in that is no goal, as the plan year\'s', () => {
    expect(kinds('2026年，全市公共自行车日均租用量达到3.2万人次。站点覆盖率达到85%。')).toEqual(['3.2|actual|2026', '85|actual|2026']);
    expect(kinds('2026年，全区建成智慧路灯1200盏。主要做法是：智慧路灯在线率保持在95%以上。')).toEqual(['1200|actual|2026', '95|actual|2026']);
  });
});
