// A count of rules whose name runs on into the activity that covers them (开展18项…核心制度全员培训) says how many rules the training
// or inspection is about: its content, no number of acts to reach. Not where the rules themselves are what is made (制定6项管理制度),
// nor a 化 adjective (标准化培训), nor a count of acts in another classifier. Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const YEAR: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: a count of rules covered by a training or inspection (开展N项…制度培训)', () => {
  it('should support no item for the rules a whole-staff training covers', () => {
    expect(brief(indicators('组织开展１５项护理安全核心制度全员培训，培训情况纳入科室考核。', YEAR))).toEqual([]);
  });

  it('should support no item for the rules an inspection covers', () => {
    expect(brief(indicators('开展8项院感防控制度专项督查，发现问题限期整改。', YEAR))).toEqual([]);
  });

  it('should not support dropping rules that are themselves made', () => {
    expect(brief(indicators('制定完善6项科室管理制度。', YEAR)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['6|项']);
  });

  it('should not support dropping a training counted with a 化 adjective or in sessions', () => {
    expect(brief(indicators('开展3项规范化培训，开展核心制度培训不少于4场。', YEAR)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3|项|=', '4|场|>=']);
  });
});
