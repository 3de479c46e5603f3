// A clearance a code states between a pair of things with its noun of separation left out (甲与乙之间不小于N米): codes, and the 消防,
// 燃气 and 环境 plans that quote them, name the separation once (防火间距) and go on listing pairs (…、丙与丁之间不小于N米), or write the
// pair alone; a floored length right after 之间 is the least distance the two keep, a specification, never a level the plan sets
// (grammar clearanceNouns). A length built or capped between two places stays an item. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年消防安全工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a floored length between a pair of things (甲与乙之间不小于N米) is no target', () => {
  it('should support a pair listed after a named spacing, and a pair alone, as no indicator', async () => {
    expect(await items(['一、强化检查', '重点检查厂房之间防火间距不小于10米、甲类仓库与民用建筑之间不小于25米等要求的落实情况。'])).toEqual([]);
    expect(await items(['二、规范设置', '液化石油气供应点与居民住宅之间不少于15米，严禁在地下室存放气瓶。'])).toEqual([]);
  });

  it('should not support a length built between two places, or a capped distance of access, as no indicator', async () => {
    const out = await items(['三、主要目标', '两个乡镇之间新建消防通道12公里，城区消防站到辖区边缘的行车距离不超过5公里。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [12, '公里', '='],
      [5, '公里', '<='],
    ]);
  });
});
