// A public hospital's operating indicators: the average length of stay (平均住院日) given bare in a review, the DRG case mix
// index (CMI) with no unit, and the antimicrobial use intensity in DDDs. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县中医医院2027年工作计划', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

describe('indicators: a hospital plan', () => {
  it('should support 平均住院日 with its value and no verb in a review, and the change after it as its own', async () => {
    expect(await items('一、2026年工作回顾', '2026年，全院病床使用率88.4%，平均住院日8.1天，比上年减少0.2天。')).toEqual([
      ['全院病床使用率', 88.4, '%', '=', 'actual'],
      ['平均住院日', 8.1, '天', '=', 'actual'],
      ['平均住院日', 0.2, '天', '=', 'actual'],
    ]);
  });

  it('should support 平均住院日 as a target with its verb', async () => {
    expect(await items('二、2027年目标', '出院患者平均住院日控制在8天以内。')).toEqual([['出院患者平均住院日', 8, '天', '<=', 'target']]);
  });

  it('should support a CMI value with no unit', async () => {
    expect(await items('二、2027年目标', '全院病例组合指数（CMI）提高到1.02，DRG入组病例CMI值不低于0.98。')).toEqual([
      ['全院病例组合指数（CMI）', 1.02, null, '=', 'target'],
      ['DRG入组病例CMI值', 0.98, null, '>=', 'target'],
    ]);
  });

  it('should support DDDs and DDD as the unit of antimicrobial use intensity', async () => {
    expect(await items('二、2027年目标', '住院患者抗菌药物使用强度控制在38DDDs以内。')).toEqual([['住院患者抗菌药物使用强度', 38, 'DDDs', '<=', 'target']]);
    expect(await items('二、2027年目标', '抗菌药物使用强度不高于40DDD。')).toEqual([['抗菌药物使用强度', 40, 'DDD', '<=', 'target']]);
  });

  it('should not support a CMI named without a value, nor a bare number after it that is a count of groups', async () => {
    expect(await items('二、2027年目标', '持续提升CMI值和三四级手术占比。')).toEqual([]);
  });
});
