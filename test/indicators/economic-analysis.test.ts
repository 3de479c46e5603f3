// An 经济运行分析 (the monthly or quarterly analysis a 统计局 or 发改委 writes of the months just past) reports measured figures
// under a 运行情况 heading, forecasts the year's end under a 走势预判 heading and sets the rest of the year's targets under
// 下一步. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['2027年前三季度某县经济运行情况分析', ...lines, '某县统计局', '2027年10月22日'].join('\n'), { path: 'analysis.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);

describe('indicators: an 经济运行分析', () => {
  it('should support the figures under a 运行情况 heading as levels reached in the year of the title', async () => {
    const out = await items(['一、主要经济指标运行情况', '1—9月，全县社会消费品零售总额41.36亿元，同比增长5.4%；规模以上工业增加值同比增长7.2%。']);
    expect(out).toEqual([
      ['社会消费品零售总额', 41.36, 'actual', 2027],
      ['社会消费品零售总额', 5.4, 'actual', 2027],
      ['规模以上工业增加值', 7.2, 'actual', 2027],
    ]);
  });

  it('should support the estimates under a 走势预判 heading as no items', async () => {
    const out = await items(['二、全年走势预判', '综合研判，预计全年地区生产总值增长5.5%左右，社会消费品零售总额增长5%左右。', '三、下一步工作建议', '确保全年地区生产总值增长5.5%，社会消费品零售总额增长5%以上。']);
    expect(out).toEqual([
      ['地区生产总值', 5.5, 'change', 2027],
      ['社会消费品零售总额', 5, 'change', 2027],
    ]);
  });

  it('should not support an estimate outside a forecasting heading being dropped', async () => {
    const out = await items(['二、下一步工作打算', '四季度预计新开工项目12个，确保全年城镇新增就业3200人以上。']);
    expect(out.map((i) => i[1])).toEqual([12, 3200]);
  });

  it('should support a count singled out by a 的-attribute before the amount it measures as no item in a review', async () => {
    const out = await items(['一、主要指标运行情况', '1—9月，全县列入年度调度的86个重点项目完成投资72.4亿元，完成年度计划的78.6%。']);
    expect(out.map((i) => i[1])).toEqual([72.4, 78.6]);
  });

  it('should not support a count achieved in a review being dropped for a 的 inside its clause', async () => {
    const out = await items(['一、主要指标运行情况', '1—9月，全县新增规模以上工业企业18家，新开工的重点项目达到25个。']);
    expect(out.map((i) => i[1])).toEqual([18, 25]);
  });

  it('should support a growth after a clause that only says how the amount is measured as a growth of that amount', async () => {
    const out = await items(['一、主要指标运行情况', '前三季度，全县实现地区生产总值121.48亿元，按不变价格计算，同比增长5.6%；完成农林牧渔业总产值30.2亿元，按可比价格计算，增长3.4%。']);
    expect(out.map((i) => [i[0], i[1]])).toEqual([
      ['地区生产总值', 121.48],
      ['地区生产总值', 5.6],
      ['农林牧渔业总产值', 30.2],
      ['农林牧渔业总产值', 3.4],
    ]);
  });

  it('should not support a frame that opens a clause with its own metric being skipped', async () => {
    const out = await items(['一、主要指标运行情况', '全县实现地区生产总值121.48亿元，按常住人口计算，人均地区生产总值4.9万元。']);
    expect(out.map((i) => [i[0], i[1]])).toEqual([
      ['地区生产总值', 121.48],
      ['人均地区生产总值', 4.9],
    ]);
  });
});
