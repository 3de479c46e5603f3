// Carloads (车): the railway counts the freight wagons it loads or unloads in 车, one wagon each (日均装车数, 装车N车), and the loading
// targets of 车务段, 货运 and 物流园 plans are set in it (grammar units 车). 车 that begins a noun (车道, 车位, 车次) is no unit.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某某车务段2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: railway carloads counted in 车', () => {
  it('should support a daily loading target and a yearly loading count in 车', async () => {
    const out = await items(['一、运输目标', '日均装车数达到650车以上；全年完成卸车2.4万车。']);
    expect(out.map((i) => [i[1], i[2], i[3], i[4]])).toEqual([
      [650, '车', '>=', 'target'],
      [2.4, '万车', '=', 'target'],
    ]);
  });

  it('should not support 车 that begins a noun (lanes, parking spaces) as a count of carloads', async () => {
    const out = await items(['一、交通设施', '站前广场道路按双向6车道设计，配建停车场的车位由交警部门统一管理。']);
    expect(out.map((i) => i[2])).not.toContain('车');
    expect(out.map((i) => i[2])).not.toContain('万车');
  });
});
