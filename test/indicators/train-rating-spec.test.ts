// A train's haulage rating (牵引定数: the most tonnage a locomotive may haul on a line section) and its length in standard cars
// (换算长度) are specifications that 行车 rules fix for each section; 车务段 and 货运 plans cite them as the norm their stations
// apply, so the tonnage after them is no load to deliver (grammar stockWords). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某某车务段2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: a train haulage rating is a specification, no load', () => {
  it('should support a haulage rating cited as the norm of a section as no indicator', async () => {
    expect(await items(['一、货运组织', '管内区段货物列车牵引定数3500吨，各站按规定组织列车编组。'])).toEqual([]);
  });

  it('should not support the tonnage of goods to ship as a specification', async () => {
    const out = await items(['一、货运组织', '全年完成货物发送量860万吨，其中煤炭发送量320万吨。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [860, '万吨'],
      [320, '万吨'],
    ]);
  });
});
