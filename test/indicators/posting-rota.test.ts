// Staff posted by a cadence shorter than a year (每周派驻2名专家坐诊): a rota, how many serve in each turn, not a count the plan
// sets for its year (grammar rotaUnits, rotaVerbs). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (s: string): string[] => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('staff posted in turns by a short cadence (每周派驻2名专家)', () => {
  it('should support reading a posting by week or month with no bound word as a rota, not an item', () => {
    expect(indicators('市中医院每周派驻3名骨干医师到乡镇卫生院坐诊。', ANNUAL_2024)).toEqual([]);
    expect(indicators('牵头医院每月下派1名主治医师驻村开展巡回医疗。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support it with a bound word, with a yearly cadence or without a cadence', () => {
    expect(values('市中医院每周派驻不少于3名骨干医师到乡镇卫生院坐诊。')).toEqual(['3|名']);
    expect(values('每年选派20名基层医生到市级医院进修。')).toEqual(['20|名']);
    expect(values('全年选派12名医生到村卫生室驻点。')).toEqual(['12|名']);
  });
});
