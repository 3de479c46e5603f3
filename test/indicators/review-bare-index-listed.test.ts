// A review lists what was measured as name and value with no verb between (门急诊…万人次，平均住院日8.1天，CMI值0.96，…): a value
// with a unit is read so already; a metric measured without a unit (grammar unitlessHeads: CMI值, 系数, 指数) written straight before
// its bare value, closing the phrase, is a measured level too. Outside a review, and where the number runs on into the sentence, a
// bare number still needs its verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'review.txt' })).indicators.map((i) => [i.value, i.unit, i.kind]);

describe('indicators: a bare index listed in a review', () => {
  it('should support a CMI value listed between measured levels of a review', async () => {
    expect(await items(['某县人民医院2027年工作计划', '一、2026年工作回顾', '2026年，全院出院患者4.2万人次，CMI值0.96，平均住院日8.1天。'])).toEqual([
      [4.2, '万人次', 'actual'],
      [0.96, null, 'actual'],
      [8.1, '天', 'actual'],
    ]);
  });

  it('should support a coefficient closing a review sentence', async () => {
    expect(await items(['某县水利局2027年工作要点', '一、2026年工作回顾', '2026年，全县新增高效节水灌溉面积1.2万亩，农田灌溉水有效利用系数0.571。'])).toEqual([
      [1.2, '万亩', 'actual'],
      [0.571, null, 'actual'],
    ]);
  });

  it('should not support a bare number after an index head that runs on into the sentence', async () => {
    expect(await items(['某县人民医院2027年工作计划', '一、2026年工作回顾', '2026年，全院对权重系数1.5的病组开展专项分析，出院患者4.2万人次。'])).toEqual([
      [4.2, '万人次', 'actual'],
    ]);
  });
});
