// The weights of an assessment's components after the sentence names its scale (考核采取百分制，其中日常管理占30%): shares of the
// points, not levels to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('weights under a score scale', () => {
  it('should support no item for components named bare before 占 after 百分制 or 千分制', () => {
    expect(indicators('绩效考核采取百分制，其中工作进度占20%、服务质量占45%、群众满意度占35%。', ANNUAL_2024)).toEqual([]);
    expect(indicators('考核实行千分制，日常督查占40%，年终评估占60%。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support dropping a share with a bound, or a 占 share with no scale named', () => {
    expect(brief(indicators('考核实行百分制，家庭医生签约服务考核权重不低于10%。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['10|%|>=']);
    expect(brief(indicators('县域内住院人次占比达到90%。', ANNUAL_2024))).toEqual(['县域内住院人次占比|90|%|=|target|2024']);
  });
});
