// Events of weather and water that a place goes through (编号洪水, 区域性暴雨过程, 强降水, 台风, 寒潮) are counted by 防汛, 气象,
// 水文 and 应急 reviews and 政府工作报告 to say what the year brought: nature sets their number, no body does, so such a count is
// no level reached and no target (g660's and g634's gold). A count of the work done about them names the work and stays.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a count of natural events a place went through (应对N次编号洪水)', () => {
  it('should support a count of floods, storms or typhoons faced as no indicator', () => {
    expect(values('2026年，全县防汛部门成功应对3次编号洪水和5次强降雨过程，全年发布洪水预报600站次。')).toEqual(['600|站次']);
    expect(values('去年我市先后经历2次寒潮，有效防御了4个台风。')).toEqual([]);
  });
  it('should not support a count of work done about such events as no indicator', () => {
    expect(values('全年发布暴雨预警信号32次，开展台风防御演练3次。')).toEqual(['32|次', '3|次']);
    expect(values('组织开展5次洪水调度演练。')).toEqual(['5|次']);
  });
});
