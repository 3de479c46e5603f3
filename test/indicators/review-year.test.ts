// The year of the levels a review section measures: the one year its heading names (一、2024年工作回顾).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { MULTI_YEAR, brief, indicators } from './helpers.js';

const report = [
  '政府工作报告',
  '——2025年1月7日在某县第十七届人民代表大会第五次会议上',
  '一、2024年工作回顾',
  '（一）工业经济量质齐升。新增规上工业企业52家，高新技术产业增加值占规上工业比重达到68.4%。',
  '二、2025年主要目标',
  '城镇调查失业率控制在5.5%以内。',
].join('\n');

const review = [
  '某区卫生健康事业发展“十四五”规划',
  '一、“十三五”发展回顾',
  '全区每千人口执业（助理）医师数达到2.9人。',
  '二、2016—2020年主要成效',
  '婴儿死亡率为2.1‰。',
].join('\n');

describe('indicators: the year of a review section', () => {
  it('should support the one year a review heading names as the year of its measured levels', async () => {
    const plan = await extract(report, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [52, 'actual', 2024],
      [68.4, 'actual', 2024],
      [5.5, 'target', 2025],
    ]);
  });
  it('should support the review half of a 工作总结和工作计划 (2024年工作总结 / 工作完成情况) as levels achieved in that year', async () => {
    for (const heading of ['一、2024年工作总结', '一、2024年工作完成情况', '一、2024年主要工作开展情况', '一、2024年主要指标完成情况']) {
      const text = ['某区卫生健康局2024年工作总结和2025年工作计划', heading, '（一）基层服务提质。新建社区卫生服务站6个，家庭医生重点人群签约率达到75.2%，较上年提高2.1个百分点。', '二、2025年工作计划', '家庭医生重点人群签约率提高到78%以上。'].join('\n');
      const plan = await extract(text, { path: 'summary.txt' });
      expect(plan.indicators.map((i) => [i.value, i.kind, i.year]), heading).toEqual([
        [6, 'actual', 2024],
        [75.2, 'actual', 2024],
        [2.1, 'actual', 2024],
        [78, 'target', 2025],
      ]);
    }
  });
  it('should support 全年 in a review of one year as that year, not the plan year', async () => {
    const text = ['政府工作报告', '——2025年1月7日在某县第十七届人民代表大会第五次会议上', '一、2024年工作回顾', '全年实现地区生产总值386.2亿元。', '二、2025年主要目标', '全年新增城镇就业6000人以上。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [386.2, 'actual', 2024],
      [6000, 'target', 2025],
    ]);
  });
  it('should support 过去一年工作回顾 in an annual plan as the year before the plan year', async () => {
    const text = ['政府工作报告', '——2025年1月10日在某市第十六届人民代表大会第四次会议上', '一、过去一年工作回顾', '全市地区生产总值增长5.6%。', '二、2025年工作安排', '地区生产总值增长5.5%左右。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [5.6, 'actual', 2024],
      [5.5, 'change', 2025],
    ]);
  });
  it('should support a heading that reviews a year with the five-year period it closed (2020年和“十三五”时期工作回顾) as that year', async () => {
    for (const [heading, year] of [['一、2025年和“十四五”时期工作回顾', 2025], ['一、“十三五”时期和2020年工作回顾', 2020]] as const) {
      const text = ['政府工作报告', `——${year + 1}年1月8日在某县人民代表大会会议上`, heading, '（一）创新动能增强。全年新认定高新技术企业68家，技术合同成交额达到9.8亿元。', `二、${year + 1}年工作安排`, '新认定高新技术企业60家。'].join('\n');
      const plan = await extract(text, { path: 'report.txt' });
      expect(plan.indicators.map((i) => [i.value, i.kind, i.year]), heading).toEqual([
        [68, 'actual', year],
        [9.8, 'actual', year],
        [60, 'target', year + 1],
      ]);
    }
  });
  it('should not support a year for a heading whose period ends in another year than the one it names (2024年和“十四五”以来)', async () => {
    const text = ['政府工作报告', '——2025年1月8日在某县人民代表大会会议上', '一、2024年和“十四五”以来工作回顾', '技术合同成交额达到9.8亿元。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([[9.8, 'actual', null]]);
  });
  it('should support 五年来 / 过去五年 opening a sentence as the five years before the plan\'s: totals and averages of no one year, levels of the last', async () => {
    for (const opener of ['五年来，', '过去五年，', '过去的五年，我们砥砺奋进。']) {
      const text = ['政府工作报告', '——2026年1月8日在某县人民代表大会会议上', '一、2025年和“十四五”时期工作回顾', `${opener}地区生产总值由2020年的451.7亿元增加到612.4亿元，年均增长5.9%；累计新建高标准农田8.6万亩，森林覆盖率保持在70.1%。`, '二、2026年工作安排', '新建高标准农田1.5万亩。'].join('\n');
      const plan = await extract(text, { path: 'report.txt' });
      expect(plan.indicators.map((i) => [i.value, i.kind, i.year]), opener).toEqual([
        [451.7, 'baseline', 2020],
        [612.4, 'actual', 2025],
        [5.9, 'actual', null],
        [8.6, 'actual', null],
        [70.1, 'actual', 2025],
        [1.5, 'target', 2026],
      ]);
    }
  });
  it('should support 今后五年 / 未来五年 opening a sentence of an annual plan as the five years from the plan\'s on (targets of the last)', async () => {
    for (const opener of ['今后五年，', '未来五年，全市经济社会发展的主要目标是：']) {
      const text = ['政府工作报告', '——2026年1月10日在某市人民代表大会会议上', '一、“十五五”时期主要目标', `${opener}地区生产总值年均增长5.5%左右，研发经费投入强度达到3.5%。`, '二、2026年工作安排', '地区生产总值增长5.5%以上。'].join('\n');
      const plan = await extract(text, { path: 'report.txt' });
      expect(plan.indicators.map((i) => [i.value, i.kind, i.year]), opener).toEqual([
        [5.5, 'target', 2030],
        [3.5, 'target', 2030],
        [5.5, 'change', 2026],
      ]);
    }
  });
  it('should not support 五年来 inside a sentence, or a span\'s total under a heading that names one year, as dated', async () => {
    const text = ['政府工作报告', '——2026年1月8日在某县人民代表大会会议上', '一、2025年工作回顾', '全县新增规上工业企业52家，为五年来最多。“十四五”以来，全县累计新建高标准农田8.6万亩。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [52, 'actual', 2025],
      [8.6, 'actual', null],
    ]);
  });
  it('should not support a year for 过去五年工作回顾', async () => {
    const text = ['政府工作报告', '——2025年1月10日在某市第十六届人民代表大会第四次会议上', '一、过去五年工作回顾', '全市地区生产总值年均增长6.1%。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([[6.1, 'actual', null]]);
  });
  it('should not support a year for a review of a period or of a span of years', async () => {
    const plan = await extract(review, { path: 'review.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [2.9, 'actual', null],
      [2.1, 'actual', null],
    ]);
  });
  it('should support a review heading and a deadline whose years are written in Chinese numerals', async () => {
    const text = ['政府工作报告', '——二〇二五年一月十四日在某市第八届人民代表大会第五次会议上', '一、二〇二四年工作回顾', '全市新增规上工业企业186家，年末常住人口城镇化率达到61.2%。', '二、二〇二五年主要目标', '城镇调查失业率控制在5.5%以内。力争到二〇二七年，常住人口城镇化率提高到63%。'].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [186, 'actual', 2024],
      [61.2, 'actual', 2024],
      [5.5, 'target', 2025],
      [63, 'target', 2027],
    ]);
  });
});

describe('indicators: a change measured in a year before the plan', () => {
  const PLAN_2025 = { years: [2025, 2025] as [number, number], annual: true };
  it('should support a change of a year before the plan\'s as achieved, as the level beside it is (截至2024年底…同比提高2.1个百分点)', () => {
    expect(indicators('截至2024年底，全区家庭医生签约服务覆盖率达到45.2%，同比提高2.1个百分点。', PLAN_2025).map((i) => [i.value, i.kind, i.year])).toEqual([
      [45.2, 'actual', 2024],
      [2.1, 'actual', 2024],
    ]);
  });
  it('should not support a change of the plan\'s own year, or measured against a past base year, as achieved', () => {
    expect(indicators('居民健康素养水平较2024年提升2个百分点，达到40%。', PLAN_2025).map((i) => [i.value, i.kind, i.year])).toEqual([
      [2, 'change', 2025],
      [40, 'target', 2025],
    ]);
  });
});

describe('indicators: the span of a multi-year plan as a deadline', () => {
  const THREE_YEARS = { years: [2025, 2027] as [number, number], annual: false };
  it('should support N年内 / N年累计 / N年共 / N年新增 spanning the whole plan as by its last year', () => {
    expect(brief(indicators('三年内完成改扩建项目30个，三年累计培训4500人次，3年共安排专项资金不低于1.5亿元，三年新增贷款不低于15亿元。', THREE_YEARS)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '30|个|=|target|2027',
      '4500|人次|=|target|2027',
      '1.5|亿元|>=|target|2027',
      '15|亿元|>=|target|2027',
    ]);
  });
  it('should support the parts after 其中 as due when their total is (三年内新增救护车60辆，其中负压救护车不少于25辆)', () => {
    const plan = { years: [2024, 2026] as [number, number], annual: false };
    expect(indicators('三年内新增救护车60辆，其中负压救护车不少于25辆、监护型救护车20辆。', plan).map((i) => i.year)).toEqual([2026, 2026, 2026]);
  });
  it('should not support a year for a part whose total has none, nor for a clause that is no part (负压救护车占比)', () => {
    const plan = { years: [2024, 2026] as [number, number], annual: false };
    expect(indicators('新增救护车60辆，其中负压救护车不少于25辆。', plan).map((i) => i.year)).toEqual([null, null]);
    expect(indicators('三年内新增救护车60辆，负压救护车占比不低于40%。', plan).map((i) => i.year)).toEqual([2026, null]);
  });
  it('should not support a span shorter than the plan, a look back (三年来) or an annual plan', () => {
    expect(brief(indicators('两年内完成改扩建项目30个。', THREE_YEARS))[0]).toMatch(/\|$/u);
    expect(brief(indicators('三年来完成改扩建项目30个。', THREE_YEARS))[0]).toMatch(/\|$/u);
    expect(brief(indicators('五年内完成改扩建项目30个。', { years: [2021, 2025], annual: false }))[0]).toMatch(/\|2025$/u);
  });
});

describe('indicators: the plan\'s years spread over as many values (三年分别…)', () => {
  const THREE_YEARS = { years: [2025, 2027] as [number, number], annual: false };
  it('should support N年分别 / N年依次 over N values as one value a year, in order', () => {
    expect(indicators('三年分别改造农村危房800户、600户和500户。', THREE_YEARS).map((i) => [i.value, i.year])).toEqual([
      [800, 2025],
      [600, 2026],
      [500, 2027],
    ]);
    expect(indicators('三年依次建成智慧农场2个、3个和4个。', THREE_YEARS).map((i) => i.year)).toEqual([2025, 2026, 2027]);
    expect(indicators('三年分别改造农村危房800户、600户和500户。', THREE_YEARS).map((i) => i.metric)).toEqual(['农村危房', '农村危房', '农村危房']);
  });
  it('should not support the span of a look back (过去三年), nor the plan\'s years in a review', () => {
    expect(indicators('过去三年分别改造农村危房800户、600户和500户。', THREE_YEARS).map((i) => i.year)).toEqual([null, null, null]);
    expect(indicators('三年分别改造农村危房800户、600户和500户。', { ...THREE_YEARS, review: true }).map((i) => i.year)).toEqual([null, null, null]);
  });
  it('should not support a span whose years are not as many as the values, or a period that recurs (每三年)', () => {
    expect(indicators('三年分别改造农村危房800户和600户。', THREE_YEARS).map((i) => i.year)).toEqual([null, null]);
    expect(indicators('两年分别改造农村危房800户、600户和500户。', THREE_YEARS).map((i) => i.year)).toEqual([null, null, null]);
    expect(indicators('每三年分别开展评估2次、3次和4次。', THREE_YEARS).filter((i) => i.year !== null)).toEqual([]);
  });
});

describe('indicators: an amount set for each year of a span (每年)', () => {
  const FIVE_YEARS = { years: [2026, 2030] as [number, number], annual: false };
  it('should support 每年 under a span (2025—2027年, “十五五”期间) as due by no one year, also after 其中', () => {
    expect(brief(indicators('2026—2028年，市财政每年安排专项资金不少于1500万元。', FIVE_YEARS)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['1500|万元|>=|target|']);
    expect(brief(indicators('“十五五”期间完成森林抚育400万亩，其中每年完成森林抚育80万亩以上。', FIVE_YEARS)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '400|万亩|=|target|2030',
      '80|万亩|>=|target|',
    ]);
  });
  it('should not support it for an amount of the span itself or a part of it, nor for 每年 in an annual plan', () => {
    expect(brief(indicators('“十五五”期间新增城镇就业25万人，其中高校毕业生就业10万人。', FIVE_YEARS)).map((b) => b.split('|').slice(-1)[0])).toEqual(['2030', '2030']);
    expect(brief(indicators('每年开展培训不少于2000人次。', { years: [2026, 2026], annual: true })).map((b) => b.split('|').slice(-1)[0])).toEqual(['2026']);
  });
});

describe('indicators: a deadline given by the end of a named period (到“十五五”末)', () => {
  const FIVE_YEARS = { years: [2026, 2030] as [number, number], annual: false };
  it('should support the metric of the clause before when the deadline is all a clause names before its verb', () => {
    expect(brief(indicators('全市地区生产总值年均增长5.5%左右，到“十五五”末突破1.2万亿元；森林覆盖率稳定在70%以上，至“十五五”期末达到72%。', FIVE_YEARS))).toEqual([
      '地区生产总值|5.5|%|~|target|',
      '地区生产总值|1.2|万亿元|>=|target|2030',
      '森林覆盖率|70|%|>=|target|2030',
      '森林覆盖率|72|%|=|target|2030',
    ]);
  });
  it('should not support 到 before a period as part of a metric that follows the date', () => {
    expect(brief(indicators('到“十五五”末，常住人口城镇化率达到75%。', FIVE_YEARS))).toEqual(['常住人口城镇化率|75|%|=|target|2030']);
  });
});

describe('indicators: a span of years that opens a sentence of a review', () => {
  const REVIEW = { years: [2021, 2025] as [number, number], annual: false, review: true };
  it('should support a total or average measured over a span (“十三五”期间累计, 年均) as belonging to no one year, also after a sentence that named one', () => {
    expect(brief(indicators('2020年，全省电力装机容量达到6580万千瓦。“十三五”期间，全省煤炭消费量年均增长-0.6%，单位地区生产总值能耗累计下降17.1%。', REVIEW))).toEqual([
      '电力装机容量|6580|万千瓦|=|actual|2020',
      '煤炭消费量|-0.6|%|=|actual|',
      '单位地区生产总值能耗|17.1|%|=|actual|',
    ]);
  });
  it('should support a count of things done in a past span (“十三五”期间新建改扩建…1236个) as a total of no one year', () => {
    expect(brief(indicators('“十三五”期间，全市新建改扩建村卫生室1236个，每千人口医疗卫生机构床位数提高到7.1张。', REVIEW)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '1236|个|=|actual|',
      '7.1|张|=|actual|2020',
    ]);
  });
  it('should not support a span as yearless for a target: it is due by the span\'s last year', () => {
    expect(brief(indicators('“十四五”期间，三岛共整治河道118公里，骨干河道整治率达到52％。')).map((b) => b.split('|').slice(4).join('|'))).toEqual(['target|2025', 'target|2025']);
  });
  it('should not support a level reached in a span as yearless: it is the span\'s last year\'s (2016—2020年…提高到78岁)', () => {
    expect(brief(indicators('2016—2020年，全市居民平均期望寿命提高到78岁。', REVIEW))).toEqual(['居民平均期望寿命|78|岁|=|actual|2020']);
  });
  it('should not support the plan\'s own span as the year of a level measured now (“十四五”时期…已达18.3%)', () => {
    expect(brief(indicators('“十四五”时期，人口老龄化程度加深，全区60岁及以上常住人口占比已达18.3%。'))).toEqual(['60岁及以上常住人口占比|18.3|%|=|actual|']);
  });
  it('should not support a span named in a later clause as the year of an amount before it (已完成2处，“十四五”计划完成8处)', () => {
    expect(brief(indicators('（目前已完成闸河配套2处，“十四五”计划完成闸河配套8处）')).map((b) => b.split('|').slice(1).join('|'))).toEqual(['2|处|=|actual|', '8|处|=|target|2025']);
  });
});

describe('indicators: the year a list\'s lead-in sets for its items', () => {
  const plan = (lines: string[]) => ['某市院前医疗急救能力提升行动计划（2024—2026年）', '一、主要目标', ...lines, '二、重点任务', '（一）完善网络。急救站点总数达到42个。'].join('\n');
  it('should support 到YYYY年…：before numbered items as the year of the items that name none', async () => {
    const p = await extract(plan(['到2026年底，全市院前医疗急救网络基本建成，主要指标达到以下要求：', '1.急救呼叫满足率达到100%；', '2.平均急救反应时间不超过12分钟；', '3.到2025年，院前急救病历书写率达到100%。']), { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, 2026],
      [12, 2026],
      [100, 2025],
      [42, null],
    ]);
  });
  it('should support a lead-in before bullet paragraphs, up to the item that closes the list with 。', async () => {
    const p = await extract(plan(['到2025年，主要目标是：', '——孕产妇系统管理率保持在95%以上；', '——0—6岁儿童眼保健和视力检查覆盖率达到95%。', '各地要加强基层医疗卫生机构建设，乡镇卫生院全科医生数量达到3名。']), { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [95, 2025],
      [95, 2025],
      [3, null],
      [42, null],
    ]);
  });
  it('should support a lead-in whose colon is followed by markup (an HTML paragraph: …要求：</span></p>)', async () => {
    const html = (l: string) => `<p style="text-indent:2em"><span>${l}</span></p>`;
    const p = await extract(plan(['到2026年底，全市院前医疗急救网络基本建成，主要指标达到以下要求：', '1.急救呼叫满足率达到100%；']).split('\n').map(html).join('\n'), { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, 2026],
      [42, null],
    ]);
  });
  it('should support a bare introducer (具体目标为：) after the sentence that opens with the deadline', async () => {
    const p = await extract(plan(['到2026年，全市院前医疗急救网络基本建成。具体目标为：', '（一）急救呼叫满足率达到100%。', '（二）平均急救反应时间不超过12分钟。']), { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, 2026],
      [12, 2026],
      [42, null],
    ]);
  });
  it('should not support a bare introducer after a sentence on the year before an annual plan as its items\' year (2024年，…。具体计划如下：)', async () => {
    const annual = ['某县2025年养老服务工作计划', '2025年，县民政局将完善养老服务体系。2024年，全县新增养老床位180张，养老服务取得成效。具体计划如下：', '一、重点任务', '（一）新建社区养老服务站6个。', '（二）护理型床位占比达到55%。'].join('\n');
    const p = await extract(annual, { path: 'p.txt' });
    expect(p.indicators.filter((i) => i.value !== 180).map((i) => [i.value, i.kind, i.year])).toEqual([
      [6, 'target', 2025],
      [55, 'target', 2025],
    ]);
  });
  it('should support a lead-in run into its section heading on a page that lost its line breaks', async () => {
    const oneLine = plan(['到2026年底，全市院前医疗急救网络基本建成，主要指标达到以下要求：', '1.急救呼叫满足率达到100%；', '2.平均急救反应时间不超过12分钟；', '3.院前急救病历书写率达到98%。']).split('\n').join('');
    const p = await extract(oneLine, { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, 2026],
      [12, 2026],
      [98, 2026],
      [42, null],
    ]);
  });
  it('should not support a heading run into a lead-in whose sentence opens with no date as setting a year', async () => {
    const oneLine = plan(['全市院前医疗急救网络在2026年底前基本建成，主要指标达到以下要求：', '1.急救呼叫满足率达到100%；', '2.平均急救反应时间不超过12分钟。']).split('\n').join('');
    const p = await extract(oneLine, { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, null],
      [12, null],
      [42, null],
    ]);
  });
  it('should not support a colon paragraph without an opening date, nor a date that does not open its sentence, as a lead-in', async () => {
    const p = await extract(plan(['全市院前医疗急救网络在2026年底前基本建成。主要指标达到以下要求：', '1.急救呼叫满足率达到100%；', '2.平均急救反应时间不超过12分钟。']), { path: 'p.txt' });
    expect(p.indicators.map((i) => [i.value, i.year])).toEqual([
      [100, null],
      [12, null],
      [42, null],
    ]);
  });
});

describe('indicators: yearly counts of one object distributed over listed years (2026年、2027年、2028年分别新增…50家、60家和70家)', () => {
  const THREE = { years: [2026, 2028] as [number, number], annual: false };
  it('should support one value per year, each counting the object after the verb', () => {
    expect(brief(indicators('2026年、2027年、2028年分别新增规上工业企业50家、60家和70家。', THREE))).toEqual([
      '规上工业企业|50|家|=|target|2026',
      '规上工业企业|60|家|=|target|2027',
      '规上工业企业|70|家|=|target|2028',
    ]);
  });
  it('should support later values with no noun as counts of the object before, also without years', () => {
    expect(brief(indicators('新增规上工业企业50家、60家和70家。', THREE)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['规上工业企业|50', '规上工业企业|60', '规上工业企业|70']);
  });
  it('should not support the years for objects that name their own noun after a single year', () => {
    expect(brief(indicators('2026年新建学校5所、幼儿园8所。', THREE)).map((b) => b.split('|').slice(0, 2).concat(b.split('|').slice(-1)).join('|'))).toEqual(['学校|5|2026', '幼儿园|8|2026']);
  });
});

describe('indicators: milestones of several years in one sentence', () => {
  const PLAN = { years: [2024, 2026] as [number, number], annual: false };
  it('should not support one of several milestone years of a sentence as the year of the sentences after it', () => {
    expect(indicators('2024年新建急救站点6个，到2026年全市急救站点总数达到42个。每个县（市、区）至少建成1个标准化急救分中心。', PLAN).map((i) => [i.value, i.year])).toEqual([
      [6, 2024],
      [42, 2026],
      [1, null],
    ]);
  });
  it('should support a year that opens a sentence of one milestone as the year of the sentences after it', () => {
    expect(indicators('2024年，新建急救站点6个，急救站点总数达到30个。每个县（市、区）至少建成1个标准化急救分中心。', PLAN).map((i) => [i.value, i.year])).toEqual([
      [6, 2024],
      [30, 2024],
      [1, 2024],
    ]);
  });
});

describe('indicators: a year that starts a running period', () => {
  const PLAN = { years: [2025, 2027] as [number, number], annual: false };
  it('should not support a year followed by 起/开始/以来 as a deadline, nor the year carried before it', () => {
    expect(indicators('2025年，全市总诊疗人次达到3000万人次。2026年起，每年新增家庭医生团队50个。', PLAN).map((i) => [i.value, i.year])).toEqual([
      [3000, 2025],
      [50, null],
    ]);
  });
  it('should support a year without such a word as the deadline of its sentence and the ones after', () => {
    expect(indicators('2026年，每年新增家庭医生团队50个。全市总诊疗人次达到3000万人次。', PLAN).map((i) => [i.value, i.year])).toEqual([
      [50, 2026],
      [3000, 2026],
    ]);
  });
});

describe('indicators: the end of the plan\'s own period', () => {
  it('should support 规划期末 as the plan\'s last year', () => {
    expect(indicators('规划期末，每千人口医疗卫生机构床位数达到7.5张。', MULTI_YEAR).map((i) => i.year)).toEqual([2025]);
  });
  it('should not support a period end that is not the plan\'s (“十三五”期末 in a review) as the plan\'s last year', () => {
    expect(indicators('“十三五”期末，每千人口医疗卫生机构床位数达到6.2张。', { ...MULTI_YEAR, review: true }).map((i) => i.year)).toEqual([2020]);
  });
});

describe('indicators: an actual cue and a deadline after it', () => {
  it('should support a deadline of the plan after an actual cue as turning back to a target (已建成6家，到2025年达到10家)', () => {
    expect(indicators('目前，全市已建成胸痛中心6家，到2025年达到10家。', MULTI_YEAR).map((i) => [i.value, i.kind, i.year])).toEqual([
      [6, 'actual', null],
      [10, 'target', 2025],
    ]);
  });
  it('should not support a date looked back to (截至2022年底) after the cue as a deadline', () => {
    expect(indicators('全市已建成胸痛中心6家，截至2022年底达到8家。', MULTI_YEAR).map((i) => [i.value, i.kind])).toEqual([
      [6, 'actual'],
      [8, 'actual'],
    ]);
  });
});

describe('indicators: the year of a later period a heading of an annual plan names', () => {
  const opening = [
    '政府工作报告',
    '——2026年1月20日在某市第十七届人民代表大会第五次会议上',
    '一、2025年工作回顾',
    '全市地区生产总值增长5.8%。',
    '二、“十五五”时期的主要目标和重点任务',
    '主要目标是：森林覆盖率达到60%，研发经费投入强度达到3%。',
    '三、2026年工作安排',
    '今年主要预期目标是：城镇调查失业率控制在5.5%以内。',
  ].join('\n');

  it('should support the end of the period as the year of the targets under its heading', async () => {
    const plan = await extract(opening, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [5.8, 'actual', 2025],
      [60, 'target', 2030],
      [3, 'target', 2030],
      [5.5, 'target', 2026],
    ]);
  });

  it('should not support a heading naming the plan year or a past period as another year for its targets', async () => {
    const text = ['某县2026年工作要点', '一、“十四五”时期发展成就巩固提升', '森林覆盖率达到60%。', '二、2026年重点任务', '新建学校5所。'].join('\n');
    const plan = await extract(text, { path: 'plan.txt' });
    expect(plan.indicators.map((i) => i.year)).toEqual([2026, 2026]);
  });

  it('should not support the period\'s end for the targets under a heading that names the plan year beside the period', async () => {
    const text = [
      '政府工作报告',
      '——2026年1月20日在某市第十七届人民代表大会第五次会议上',
      '一、2025年工作回顾',
      '全市地区生产总值增长5.8%。',
      '二、“十五五”时期主要目标和2026年工作安排',
      '到2030年，森林覆盖率达到60%。',
      '新建学校5所，城镇调查失业率控制在5.5%以内。',
    ].join('\n');
    const plan = await extract(text, { path: 'report.txt' });
    expect(plan.indicators.map((i) => [i.value, i.year])).toEqual([
      [5.8, 2025],
      [60, 2030],
      [5, 2026],
      [5.5, 2026],
    ]);
  });
});

describe('indicators: a heading run into its body', () => {
  it('should support a deadline that opens the body of a run-in heading as the year of its targets', async () => {
    const text = '某市基层卫生服务能力提升三年行动方案（2025—2027年）一、总体目标到2027年，县域内就诊率稳定在90%以上，基层诊疗量占比达到65%左右。二、重点任务（一）推进机构建设新建社区医院5家。';
    const plan = await extract(text, { path: 'plan.txt' });
    expect(plan.indicators.map((i) => [i.value, i.year])).toEqual([
      [90, 2027],
      [65, 2027],
      [5, null],
    ]);
  });

  it('should not support a title the outline cut at a number as the end of a sentence', async () => {
    const text = '某县2020年卫生健康工作要点一、重点任务1. 完成扶贫一线干部共 240 人的体检工作。2. 打造 2 个设施设备 齐全的体检中心。';
    const plan = await extract(text, { path: 'plan.txt' });
    expect(plan.indicators.map((i) => i.value)).toEqual([240, 2]);
  });
});

describe('indicators: a sum over the whole span of a multi-year plan', () => {
  it('should support the year carried from the plan-end sentence before it for every value of the sum sentence', () => {
    const plan = { years: [2026, 2028] as [number, number], annual: false };
    const text = '到2028年，全市金融服务实体经济能力明显增强。三年累计实现直接融资1200亿元以上，新增上市公司5家、新三板挂牌企业10家。';
    expect(indicators(text, plan).map((i) => [i.value, i.year])).toEqual([
      [1200, 2028],
      [5, 2028],
      [10, 2028],
    ]);
  });
});

describe('indicators: the first chapter of a 五年规划 (规划背景) reviews the period just ended, not the situation after it', () => {
  const plan = (situation: string) =>
    [
      '某省“十五五”结核病防治规划',
      '第一章　规划背景',
      '第一节　“十四五”时期发展成就',
      '五年累计发现并治疗肺结核患者8.7万例。',
      situation,
      '全省常住人口5800万人，老年人口占比超过20%。',
      '第二章　主要任务',
      '新建市级结核病参比实验室3个。',
    ].join('\n');
  it('should support the counts of a 规划背景 chapter as achievements of the period (no target verb needed), the levels of its 面临的形势 section as measured, the plan\'s tasks as targets', async () => {
    const doc = await extract(plan('第二节　面临的形势'), { path: 'plan.txt' });
    expect(doc.indicators.map((i) => [i.value, i.kind, i.year])).toEqual([
      [8.7, 'actual', null],
      [20, 'actual', null],
      [3, 'target', null],
    ]);
  });
  it('should support a bare count as a level reached elsewhere in the review: the 面临的形势 heading, not the sentence, leaves it out', async () => {
    const doc = await extract(plan('第二节　主要做法'), { path: 'plan.txt' });
    expect(doc.indicators.map((i) => [i.value, i.kind])).toEqual([
      [8.7, 'actual'],
      [5800, 'actual'],
      [20, 'actual'],
      [3, 'target'],
    ]);
  });
});
