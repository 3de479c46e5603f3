// How the 现状 and 存在问题 parts of a plan state where things stand: 当前 / 现阶段 "at present" (as 目前), and "only" before a
// copula or a verb of having (仅为, 仅有, 仅占, 只有, 仍为) that laments a level; a plan sets no target as "only so much". The
// amounts are levels that stand (kind actual, no plan year), and the time word is no part of the metric (grammar actualCues,
// leadWords). 当前和今后一个时期 "from now on" looks ahead (notActualCues). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: levels stated as they stand at present', () => {
  it('should support 当前 and 现阶段 as 目前: a level that stands, the time word out of the name', async () => {
    expect(await read('当前全县孕产妇系统管理率为91.5%，到2027年提高到95%。')).toEqual([
      ['孕产妇系统管理率', 91.5, 'actual', null],
      ['孕产妇系统管理率', 95, 'target', 2027],
    ]);
    expect(await read('现阶段全县高血压患者规范管理率为58%。')).toEqual([['高血压患者规范管理率', 58, 'actual', null]]);
    expect(await read('目前我县乡镇卫生院中医馆设置率为72%。')).toEqual([['乡镇卫生院中医馆设置率', 72, 'actual', null]]);
  });

  it('should support "only" before a copula or a verb of having as a level that stands', async () => {
    expect(await read('全县每千人口注册护士数仅为2.4人，低于全省平均水平。')).toEqual([['每千人口注册护士数', 2.4, 'actual', null]]);
    expect(await read('基层医疗机构中医诊疗量仅占全县的19%。')).toEqual([[expect.stringContaining('中医诊疗量'), 19, 'actual', null]]);
    expect(await read('乡镇卫生院具备二级手术能力的比例仍为35%。')).toEqual([[expect.stringContaining('比例'), 35, 'actual', null]]);
  });

  it('should support a target after the lament once a year of the plan governs it', async () => {
    expect(await read('全县120急救平均反应时间仅为18分钟，力争2027年缩短到15分钟以内。')).toEqual([
      ['120急救平均反应时间', 18, 'actual', null],
      ['120急救平均反应时间', 15, 'target', 2027],
    ]);
  });

  it('should not support 当前和今后一个时期 as a level that stands', async () => {
    expect(await read('当前和今后一个时期，全县重点人群家庭医生签约率要达到75%以上。')).toEqual([['重点人群家庭医生签约率', 75, 'target', 2027]]);
  });
});
