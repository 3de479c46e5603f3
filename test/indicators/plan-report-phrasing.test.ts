// How a 计划报告 (and any review of a year written early in the next) words its figures: a level estimated before the final
// figure is out (…预计为2.08%), the cause of a shortfall (…低于预期，主要是…下降12.6%), and the tally of the approved plan's indicators
// (14项主要指标中，11项达到或超过预期).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'report.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

const review = (sentence: string) => ['关于某县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告', '一、2026年国民经济和社会发展计划执行情况', `　　${sentence}`].join('\n');

describe('indicators: the wording of a 计划报告', () => {
  it('should support 预计 between a metric and its verb as an estimate, no part of the name', async () => {
    expect(await items(review('全县农业总产值预计达到86.4亿元，全社会用电量预计增长5.2%。'))).toEqual([
      ['农业总产值', 86.4, '亿元'],
      ['全社会用电量', 5.2, '%'],
    ]);
  });

  it('should support the measure a shortfall is put down to after 主要是/主要由于 with its own name', async () => {
    expect(await items(review('全县固定资产投资增长2.3%，低于预期，主要是工业投资下降8.7%。'))).toEqual([
      ['固定资产投资', 2.3, '%'],
      ['工业投资', 8.7, '%'],
    ]);
    expect(await items(review('外贸进出口总额下降3.1%，主要由于机电产品出口减少12.4%。'))).toEqual([
      ['外贸进出口总额', 3.1, '%'],
      ['机电产品出口', 12.4, '%'],
    ]);
  });

  it('should not support the tally of the approved plan\'s indicators (11项达到或超过预期, 2项好于预期) as items', async () => {
    expect(await items(review('县人大批准的15项主要指标中，12项达到或超过预期，3项低于预期。全县地区生产总值增长5.8%。'))).toEqual([['地区生产总值', 5.8, '%']]);
    expect(await items(review('在年度计划确定的9项主要指标中，7项好于预期，2项符合预期。'))).toEqual([]);
  });

  it('should not support 预计 being dropped from a sentence that forecasts what will be', async () => {
    expect(await items(['某县2027年工作计划', '一、面临的形势', '　　预计到2030年，全县60岁及以上老年人口将超过12万人。'].join('\n'))).toEqual([]);
  });
});
