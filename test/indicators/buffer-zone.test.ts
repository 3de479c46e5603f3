// A buffer zone a rule draws around a place it protects (禁止在距离学校大门50米范围内设置烟草售卖点, 医疗机构出入口30米范围内不得吸烟):
// 控烟, 环境 and 治安 rules say where an act is banned by its distance from the place, never a level the plan sets (grammar
// bufferZones). A length set as a target (服务半径不超过5公里, 新建健康步道30公里) has no ban in its clause and stays an item.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年控烟工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.text]);

describe('indicators: the edge of a zone a rule bans an act in is no target', () => {
  it('should not support a distance from a school within which selling tobacco is banned', async () => {
    const out = await items(['一、净化校园周边环境', '严格禁止在距离中学正门80米范围内开设烟草专卖零售网点。']);
    expect(out).toEqual([]);
  });

  it('should not support a zone written before the ban', async () => {
    const out = await items(['二、加强执法', '妇幼保健院主入口周边25米以内不得吸烟，车站候车区10米内不准设置吸烟点。']);
    expect(out).toEqual([]);
  });

  it('should not support a protection zone of a water source', async () => {
    const out = await items(['三、保护水源', '集中式饮用水水源一级保护区边界外1公里范围内严禁新建畜禽养殖场。']);
    expect(out).toEqual([]);
  });

  it('should support lengths set as targets beside a ban', async () => {
    const out = await items(['四、主要目标', '全县新建健身步道40公里，急救站点服务半径不超过8公里，公共场所禁止吸烟。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [40, '公里', '='],
      [8, '公里', '<='],
    ]);
  });
});
