// A clearance a siting rule sets (吸烟点与建筑物出入口的距离不少于N米, 防火间距不小于N米): 控烟, 消防 and 环境 rules say where a thing may
// stand by the least distance it keeps from another, never a level the plan sets (grammar clearanceNouns). A distance capped as a
// target of access (服务半径不超过N公里) and a length built (新建绿道N公里) stay items. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市2027年无烟环境建设工作方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.text]);

describe('indicators: the least distance a siting rule keeps is no target', () => {
  it('should not support the distance of an outdoor smoking point from doors and windows', async () => {
    const out = await items(['一、规范吸烟点设置', '车站广场设置的室外吸烟点，与候车大厅入口、窗户的距离应不少于12米，并配置烟灰收集设施。']);
    expect(out).toEqual([]);
  });

  it('should not support a fire spacing with 不小于 or a clearance closed by 以上', async () => {
    const out = await items(['二、落实安全要求', '临时仓库与周边住宅的防火间距不小于9米；充电棚与宿舍楼之间的间距保持在6米以上。']);
    expect(out).toEqual([]);
  });

  it('should support a distance capped as a target of access and lengths built beside a clearance', async () => {
    const out = await items([
      '三、主要目标',
      '城区居民到最近健身场地的步行距离不超过800米，新建城市绿道35公里，吸烟点与儿童游乐区的距离不少于20米。',
    ]);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [800, '米', '<='],
      [35, '公里', '='],
    ]);
  });
});
