// 每3个月 and 每6个月 are the quarter and the half-year counted in months, as screening and follow-up rules write the interval of a
// check for those at risk: a count of times after one, with no bound word, says how often a routine runs, as after 每季度 or 每半年
// (grammar procedureFrequencies, routineFrequencies). A bound word still sets a target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县慢性病高危人群管理工作方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a cadence counted in months', () => {
  it('should support a count of times every 3 or 6 months as no item', async () => {
    expect(await items('对慢性乙肝患者每6个月开展1次肝功能和腹部超声检查。')).toEqual([]);
    expect(await items('对筛查发现的结节患者每三个月进行1次影像复查。')).toEqual([]);
  });

  it('should not support a bounded count after such a cadence, or a count with no cadence, as no item', async () => {
    expect(await items('每6个月至少开展1次高危人群随访。')).toEqual([[1, '次']]);
    expect(await items('全年开展高危人群随访2次。')).toEqual([[2, '次']]);
  });
});
