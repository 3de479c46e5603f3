// Targets of plans outside health (政府工作报告, 水利/供水 规划, 数字乡村 实施方案, 局 工作要点): their units as
// written and how their metrics are named.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('units of works and services, as written', () => {
  it('should support a daily capacity written with 日 as well as with 天, each reported as written', () => {
    expect(brief(indicators('城乡供水总能力达到60万立方米/日，污水处理能力达到12万吨/日，本岛供水能力达到40万立方米/天。', ANNUAL_2024))).toEqual([
      '城乡供水总能力|60|万立方米/日|=|target|2024',
      '污水处理能力|12|万吨/日|=|target|2024',
      '本岛供水能力|40|万立方米/天|=|target|2024',
    ]);
  });
});
