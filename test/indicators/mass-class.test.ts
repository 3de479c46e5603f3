// A mass before 级 is a class (the payload class of a drone, the weight class of a sport: 200公斤级无人机, 48公斤级), never a
// quantity, as a tonnage before 级 already is (1000吨级泊位). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市低空经济发展行动方案（2027—2029年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a mass before 级 is a class', () => {
  it('should not support a mass before 级 as a quantity: it is a class', async () => {
    const out = await items(['一、装备研制', '支持企业研制150公斤级植保无人机和500千克级货运无人机，承办48公斤级举重比赛。']);
    expect(out).toEqual([]);
  });
  it('should still support a mass to deliver', async () => {
    const out = await items(['一、应急物资', '储备救灾物资不少于20万公斤。']);
    expect(out).toEqual([['储备救灾物资', 20, '万公斤', '>=']]);
  });
});
