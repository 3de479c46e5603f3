// A plan's look back over part of the period just ending (“十四五”前四年, written before the period ends: a 基本思路 of the next
// plan, a mid-term review), its long-range outlook (展望2035年), and a forecast in a later clause of a situation sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind, i.year].join('|'));

describe('indicators: the first years of a period in a review', () => {
  it('should support a level under “十四五”前三年 as of the span\'s last year, its totals of no one year', async () => {
    expect(
      await items([
        '某县“十五五”交通运输发展规划基本思路',
        '一、“十四五”时期发展回顾',
        '“十四五”前三年，全县累计完成交通固定资产投资46.8亿元，建制村通客车率保持在100%。',
        '二、主要目标',
        '到2030年，全县农村公路优良中等路率达到85%以上。',
      ]),
    ).toEqual(['交通固定资产投资|46.8|亿元|actual|', '建制村通客车率|100|%|actual|2023', '农村公路优良中等路率|85|%|target|2030']);
  });

  it('should not support the count of years of 前N年 after a period\'s name as an item', async () => {
    const got = await items(['某市“十五五”水利发展规划基本思路', '一、发展基础', '“十四五”前四年，全市累计新建改建农村供水工程58处。']);
    // (A count of works done over the span is of no one year, as over a whole period.)
    expect(got).toEqual(['农村供水工程|58|处|actual|']);
  });
});

describe('indicators: the long-range outlook of a five-year plan', () => {
  it('should support 展望2035年 and 展望到2035年 opening a sentence as the year of its targets', async () => {
    for (const lead of ['展望2035年', '展望到2035年']) {
      expect(
        await items([
          '某市“十五五”生态环境保护规划基本思路',
          '三、主要目标',
          `到2030年，全市空气质量优良天数比率达到92%以上。${lead}，全市空气质量优良天数比率稳定在95%以上，森林覆盖率达到48%。`,
        ]),
        lead,
      ).toEqual(['空气质量优良天数比率|92|%|target|2030', '空气质量优良天数比率|95|%|target|2035', '森林覆盖率|48|%|target|2035']);
    }
  });

  it('should not support the outlook year reaching back to the targets of the period before it', async () => {
    expect(
      await items(['某县“十五五”教育发展规划基本思路', '三、主要目标', '到2030年，学前三年毛入园率达到95%。展望2035年，全面建成教育强县。']),
    ).toEqual(['学前三年毛入园率|95|%|target|2030']);
  });
});

describe('indicators: a forecast in a later clause of a sentence', () => {
  it('should not support the amounts of a clause that opens with 预计 and says what 将 be, after a measured level', async () => {
    expect(
      await items([
        '某市“十五五”养老服务体系建设规划',
        '二、面临的形势',
        '截至2024年底，全市65岁及以上常住人口占比达到16.9%，高龄化趋势明显，预计到2030年失能老年人将超过5.2万人，照护需求持续增长。',
      ]),
    ).toEqual(['65岁及以上常住人口占比|16.9|%|actual|2024']);
  });

  it('should support the amounts of a later clause with 预计 but no 将 (an estimate of the year just ended)', async () => {
    expect(
      await items(['某县2026年政府工作报告', '一、2025年工作回顾', '2025年，全县粮食产量稳定在21.6万吨，预计地区生产总值增长6.1%。']),
    ).toEqual(['粮食产量|21.6|万吨|actual|2025', '地区生产总值|6.1|%|actual|2025']);
  });
});
