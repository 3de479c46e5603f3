// The rates a tax law fixes and the thresholds of its exemptions, which 税务 plans restate among the policies they carry out
// (适用3%征收率, 减按1%征收, 13%、9%、6%三档税率, 月销售额10万元以下免征): parameters of the law, no target; a rate the plan names
// before its value (契税征收率达到98%) stays an item. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县税务局2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: rates of a tax law', () => {
  it('should not support a rate before the noun of a law rate, past the rest of its list and the name of the tax', async () => {
    const out = await items(['一、落实税费政策', '对一般纳税人分别适用16%、10%两档消费税税率，出口货物适用9%的退税率。']);
    expect(out).toEqual([]);
  });

  it('should not support a rate or a bounded amount right before a verb of levying or exempting, nor a rate after 减按', async () => {
    const out = await items(['一、落实税费政策', '对季度销售额30万元以下的个体户免征增值税，对二手房交易按2%计征个人所得税，小型企业减按50%计入应纳税所得额。']);
    expect(out).toEqual([]);
  });

  it('should support a rate named before its value as a target, beside the law rates', async () => {
    const out = await items(['一、主要目标', '严格执行3%的契税税率，契税征收率达到98%，社保费征缴率保持在96%以上。']);
    expect(out.map((i) => [i[0], i[1], i[3]])).toEqual([
      ['契税征收率', 98, '='],
      ['社保费征缴率', 96, '>='],
    ]);
  });
});
