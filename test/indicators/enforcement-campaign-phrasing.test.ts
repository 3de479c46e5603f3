// How 公安, 司法 and 专项整治 plans report what was already done beside what the campaign sets: counts after 已查处/已受理/已发生,
// the campaign's own period (整治期间, 行动期间) that turns the next count back into a target, 今年 after a conjunction opening
// the sentence (但今年1—2月，…), messages sent (发送/推送 N 条) as a count of their own, and the length or area of the whole
// territory a measure is done to (对全县N公里…). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县公安局2027年夏季治安整治工作方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: enforcement and campaign phrasing', () => {
  it('should support a count already reached after 已查处, and the campaign period turning the next count back into a target', async () => {
    const out = await items(['一、整治重点', '今年1—3月已查处电动自行车闯红灯违法行为860起，行动期间查处电动自行车交通违法行为不少于3000起。']);
    expect(out.map((i) => [i[1], i[3], i[4], i[5]])).toEqual([
      [860, '=', 'actual', 2027],
      [3000, '>=', 'target', 2027],
    ]);
  });

  it('should support counts of casework and of events after 已受理 and 已发生 as levels reached', async () => {
    const out = await items(['一、基本情况', '一季度已受理行政复议申请86件；全县已发生较大火灾事故2起。'], '某县2027年消防安全和行政复议工作要点');
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [86, '件', 'actual'],
      [2, '起', 'actual'],
    ]);
  });

  it('should not support an 已 cue before a count that the campaign sets for its own period', async () => {
    const out = await items(['一、工作目标', '3月已排查出租房屋1200户，整治期间排查出租房屋不少于5000户。']);
    expect(out.filter((i) => i[1] === 5000).map((i) => [i[3], i[4]])).toEqual([['>=', 'target']]);
  });

  it('should support 今年 after a conjunction opening the sentence: the plan year, not the year of the sentence before', async () => {
    const out = await items(['2026年，全县共发生火灾事故118起。但今年1—2月，全县已发生火灾事故35起，形势严峻。'], '某县2027年冬春火灾防控专项整治工作方案');
    expect(out.map((i) => [i[1], i[4], i[5]])).toEqual([
      [118, 'actual', 2026],
      [35, 'actual', 2027],
    ]);
    const also = await items(['2026年，全县共发生火灾事故118起。同时，今年全县已发生火灾事故35起。'], '某县2027年冬春火灾防控专项整治工作方案');
    expect(also.map((i) => i[5])).toEqual([2026, 2027]);
    const comma = await items(['2026年，全县共发生火灾事故118起。但今年，全县已发生火灾事故35起。'], '某县2027年冬春火灾防控专项整治工作方案');
    expect(comma.map((i) => i[5])).toEqual([2026, 2027]);
  });

  it('should not support a conjunction that ends a longer word as the opening of a sentence', async () => {
    const out = await items(['2026年，全县共发生火灾事故118起，从而今年全县火灾事故下降。'], '某县2027年冬春火灾防控专项整治工作方案');
    expect(out.map((i) => [i[1], i[5]])).toEqual([[118, 2026]]);
  });

  it('should support messages sent as a count of their own after another count with a bound, named with the verb', async () => {
    const out = await items(['一、加强宣传', '开展消防安全宣传活动不少于50场次，发送防火提示短信15万条，推送安全提示信息2万条。']);
    expect(out.map((i) => [i[0], i[1], i[2], i[3]])).toEqual([
      ['消防安全宣传活动', 50, '场次', '>='],
      ['发送防火提示短信', 15, '万条', '='],
      ['推送安全提示信息', 2, '万条', '='],
    ]);
  });

  it('should not support the length or area of the whole territory a measure is done to', async () => {
    const out = await items(['一、排查隐患', '对全县960公里县乡道路开展安全隐患排查，覆盖全市2.3万亩耕地开展土壤检测。']);
    expect(out).toEqual([]);
  });

  it('should support a length of works set for part of the territory', async () => {
    const out = await items(['一、排查隐患', '对全县县乡道路开展安全隐患排查，在急弯陡坡路段新增波形护栏不少于30公里。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[30, '公里', '>=']]);
  });
});
