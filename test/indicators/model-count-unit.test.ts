// Models and products counted in 款, the count of 制造业/数字经济/低空 plans (新产品N款, 机型不少于N款); not where 款 begins a noun
// (款项) nor after a Chinese numeral. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市低空经济发展行动方案（2027—2029年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: models and products counted in 款', () => {
  it('should support products and models counted in 款', async () => {
    const out = await items(['一、产业培育', '推出智能装备新产品30款，通过适航审定的无人机机型不少于3款。']);
    expect(out).toEqual([
      ['智能装备新产品', 30, '款', '='],
      ['通过适航审定的无人机机型', 3, '款', '>='],
    ]);
  });
  it('should not support 款 where it begins a noun, nor after a Chinese numeral', async () => {
    const out = await items(['一、资金管理', '及时拨付3款项资金，推出一款小程序。']);
    expect(out).toEqual([]);
  });
});
