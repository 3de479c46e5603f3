// A cadence counted in days (每10天, 每7日, 每十五天) is shorter than a month: a count of times after one, with no bound word, says how
// often a routine runs (spraying, patrols, cleaning), as after 每周 or 每月 (grammar routineFrequencies), not a number of acts a plan
// sets for its year (routines.ts dayCadence). A bound word still sets a target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县2027年环境卫生整治工作计划', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a cadence counted in days', () => {
  it('should support a count of times every N days as no item', async () => {
    expect(await items('对城区排水沟渠每7天喷洒1次消杀药物。')).toEqual([]);
    expect(await items('夏季对公园水体每十五日开展1次巡查清理。')).toEqual([]);
  });

  it('should not support a bounded count after such a cadence, or a count with no cadence, as no item', async () => {
    expect(await items('对城区排水沟渠每7天至少喷洒1次消杀药物。')).toEqual([[1, '次']]);
    expect(await items('全年开展城区排水沟渠集中消杀6次。')).toEqual([[6, '次']]);
  });
});
