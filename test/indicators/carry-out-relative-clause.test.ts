// A verb of carrying works out (推进, 实施) may stand before a modifier closed by 的 that says which works are meant, with the
// count after it (推进2016年前建设的4万户…提标改造工程): the verb still counts the works, and a date inside the modifier says when
// the things were built, no time of the target (as after an object verb: 改造2000年以前建成的老旧小区12个). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年水务工作要点\n一、重点任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year]);

describe('indicators: a verb of carrying out before a modifier and its count', () => {
  it('should support the count of works after a modifier closed by 的', async () => {
    expect(await read('实施列入省级计划的12个农村饮水安全巩固提升工程。')).toEqual([['农村饮水安全巩固提升工程', 12, '个', 'target', 2027]]);
  });

  it('should support a date in the modifier as when the things were built, not the year of the target', async () => {
    expect(await read('推进2010年前建成的26座小型水库除险加固工程。')).toEqual([['小型水库除险加固工程', 26, '座', 'target', 2027]]);
  });

  it('should not support a deadline after the verb as a modifier: the target is due then', async () => {
    const plan = await extract('某县“十五五”水务发展规划\n一、重点任务\n推进2028年底前完成12个农村饮水安全巩固提升工程。\n', { path: 'plan.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([[12, 'target', 2028]]);
  });
});
