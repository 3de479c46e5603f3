// A band within which a payer or employer may choose (可在…60%至300%之间自主选择缴费基数, 缴存比例可在5%—12%之间自行确定): the
// edges of a choice that 社保, 医保 and 公积金 rules leave to whoever pays, never a level the plan sets (grammar choiceBands). A range
// set as a target (控制在3%至5%之间) has no verb of choosing after it and stays an item. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市2027年社会保险工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.text]);

describe('indicators: a band of choice is no target', () => {
  it('should not support the band a contribution base is chosen in', async () => {
    const out = await items(['一、扩大参保', '个体工商户可在全省上年度职工平均工资的60%至300%之间自主选择缴费基数，按月申报缴费。']);
    expect(out).toEqual([]);
  });

  it('should not support the band a contribution rate is fixed in by the employer', async () => {
    const out = await items(['二、住房公积金', '单位和职工缴存比例可在5%—12%之间自行确定，每年调整一次。', '参加城乡居民养老保险的人员可在100元至3000元之间选择缴费档次。']);
    expect(out).toEqual([]);
  });

  it('should support a range set as a target, and the targets around a band of choice', async () => {
    const out = await items(['三、主要目标', '全年城镇调查失业率控制在4.5%至5.5%之间，灵活就业人员可在60%—300%之间选择缴费基数，企业职工基本养老保险参保人数达到150万人。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [[4.5, 5.5], '%', 'range'],
      [150, '万人', '='],
    ]);
  });
});
