// Phrasings of 生态环境, 粮食生产/高标准农田, 应急管理 and 教育 plans (genre g147-g150 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, MULTI_YEAR, names } from './helpers.js';

describe('indicators: grades of cultivated land quality (个等级)', () => {
  it('should support a rise of a project area\'s land grade in 个等级, a change', () => {
    expect(brief(indicators('建成区域耕地质量等级平均提升0.5个等级以上。', MULTI_YEAR))).toEqual(['建成区域耕地质量等级|0.5|个等级|>=|change|']);
    expect(names('示范区耕地质量提高1个等级。')).toEqual(['示范区耕地质量|1|个等级']);
  });

  it('should not support a Chinese numeral before 个等级 in running text as a quantity', () => {
    expect(names('推动农产品品牌价值再上一个等级。')).toEqual([]);
  });
});

describe('indicators: a size bounded after its unit between a count and the noun it sizes (1支50人以上的队伍)', () => {
  it('should support the noun after the 的 as the counted noun, and the size as the least size of each', () => {
    expect(names('每个县组建2支30人以上的森林防火专业队。', MULTI_YEAR)).toEqual(['森林防火专业队|2|支', '森林防火专业队人数|30|人']);
    expect(names('新建3个200平方米以上的老年食堂。')).toEqual(['老年食堂|3|个', '老年食堂面积|200|平方米']);
  });

  it('should support a list of counts each with its size, each naming its own noun (…的老年食堂和2个…的托育点)', () => {
    expect(names('新建4个200平方米以上的老年食堂和2个100平方米以上的托育点。').sort()).toEqual([
      '老年食堂|4|个',
      '老年食堂面积|200|平方米',
      '托育点|2|个',
      '托育点面积|100|平方米',
    ].sort());
  });

  it('should support a bound before the count as the count\'s, not the size\'s', () => {
    expect(brief(indicators('每个乡镇至少建成1支40人以上的综合性救援队伍。', MULTI_YEAR))).toEqual([
      '综合性救援队伍|1|支|>=|target|',
      '综合性救援队伍人数|40|人|>=|target|',
    ]);
  });

  it('should not support an amount that classes the noun (年营业收入10亿元以上的) as a size of each', () => {
    expect(names('培育4家年营业收入5亿元以上的龙头企业。')).toEqual(['龙头企业|4|家']);
  });

  it('should not support a bounded count of people with no count before it as a size', () => {
    expect(names('全面消除56人以上大班额。')).toEqual([]);
  });
});

describe('indicators: an unnumbered heading line that reviews a year (📊2025年成绩单)', () => {
  const read = async (lines: string[]): Promise<string[]> => {
    const { extract } = await import('../../src/pipeline.js');
    return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.kind}|${i.year}`);
  };

  it('should support the year the line names on the paragraph under it', async () => {
    expect(await read(['某区教育局2026年工作计划', '📊2025年成绩单', '全区学前教育毛入园率达到97.8%，新增公办学位3200个。', '🎯2026年主要目标', '学前教育毛入园率稳定在98%以上。'])).toEqual([
      '97.8|actual|2025',
      '3200|actual|2025',
      '98|target|2026',
    ]);
  });

  it('should support a review heading line closed by a colon', async () => {
    expect(await read(['某县卫生健康局2026年工作要点', '2025年工作回顾：', '全县孕产妇系统管理率为93.1%。', '2026年工作目标：', '孕产妇系统管理率达到95%。'])).toEqual(['93.1|actual|2025', '95|target|2026']);
  });

  it('should not support the look back past that paragraph, where the next heading line ran into the targets (PDF text)', async () => {
    expect(await read(['某区教育局2026年工作计划', '📊2025年成绩单', '全区学前教育毛入园率达到97.8%。', '🎯2026年主要目标✅学前教育毛入园率稳定在98%以', '上；✅新增学位3000个。'])).toEqual([
      '97.8|actual|2025',
      '98|target|2026',
      '3000|target|2026',
    ]);
  });

  it('should not support a title line that names the plan\'s year beside the year it sums up', async () => {
    expect(await read(['某县医疗保障局2025年工作总结和2026年工作计划', '基本医疗保险参保率稳定在95%以上。'])).toEqual(['95|target|2026']);
  });

  it('should support a report card set one bulleted item a line, every item under the heading line', async () => {
    expect(await read(['某区教育局2026年工作计划', '📊2025年成绩单', '✅新增学位5200个', '✅毛入园率达到97.6%', '🎯2026年主要目标', '新增学位3000个。'])).toEqual([
      '5200|actual|2025',
      '97.6|actual|2025',
      '3000|target|2026',
    ]);
  });

  it('should support a figure-less item line inside the card, and should not support the next year’s heading run into its first item as the card’s', async () => {
    expect(await read(['某区教育局2026年工作计划', '📊2025年成绩单', '✅新增学位6480个', '✅完成校舍改造', '✅毛入园率达到98.6%'])).toEqual(['6480|actual|2025', '98.6|actual|2025']);
    expect(await read(['某区教育局2026年工作计划', '📊2025年成绩单', '✅新增学位6480个', '🎯2026年主要目标✅新增学位7000个', '✅毛入园率达到99%'])).toEqual(['6480|actual|2025', '7000|target|2026', '99|target|2026']);
  });

  it('should not support a task heading that aims at a report card (交出…成绩单) as a review', async () => {
    expect(await read(['某县2026年工作要点', '一、聚焦项目建设，交出高质量发展优异成绩单', '全年新开工项目50个。', '二、交出民生保障新成绩单', '新增托位300个。'])).toEqual(['50|target|2026', '300|target|2026']);
  });

  it('should not support a line with a figure besides its year, or a colon inside it, as a heading line over the next paragraph', async () => {
    // The line's own figure is dated by the year that opens it; the paragraph after it is the plan's.
    expect(await read(['某区教育局2026年工作计划', '2025年成绩单：新增学位6480个', '新增学位3000个，毛入园率达到99%。'])).toEqual(['6480|actual|2025', '3000|target|2026', '99|target|2026']);
  });

  it('should not support a review word inside a sentence, which is no heading line', async () => {
    expect(await read(['某区教育局2026年工作计划', '对照2025年成绩单查找不足，学前教育毛入园率稳定在98%以上。'])).toEqual(['98|target|2026']);
  });
});

describe('indicators: funds pooled by 整合 (统筹整合财政涉农资金)', () => {
  it('should support the amount of the funds named between 整合 and the number', () => {
    expect(names('统筹整合财政涉农资金2.3亿元，重点支持高标准农田建设。')).toEqual(['财政涉农资金|2.3|亿元']);
  });

  it('should not support a count right after 整合: what is merged is no target', () => {
    expect(names('整合4个乡镇的执法力量，组建综合执法队伍。')).toEqual([]);
    // Nor a count after the object: 整合 sets money only (grammar fundVerbs).
    expect(names('整合优化学校12所。')).toEqual([]);
    expect(names('整合村级服务站点30个。')).toEqual([]);
    // Also in a clause after another item's.
    expect(names('整合涉农资金3亿元，整合优化学校12所。')).toEqual(['涉农资金|3|亿元']);
  });
  it('should support a count after 整合 and an object verb that counts (整合关停…信息系统30个)', () => {
    expect(names('整合关停低效信息系统25个以上。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['25|个']);
  });
});
