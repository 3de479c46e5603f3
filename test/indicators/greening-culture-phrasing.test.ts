// How targets of 林业/国土绿化, 文化旅游体育, 城市管理 and 科技 plans are phrased: their counting units, each probed with
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';


describe('counting units of forestry, sports and sanitation plans', () => {
  it('should support 株 as the count of trees and seedlings (with 万 before it)', () => {
    expect(names('全年完成植树造林，栽植苗木80万株。')).toEqual(['苗木|80|万株']);
    expect(names('种植珍贵树种50万株，新植苗木30万株。')).toEqual(['珍贵树种|50|万株', '苗木|30|万株']);
    expect(names('完成古树名木复壮320株。')).toEqual(['古树名木复壮|320|株']);
  });
  it('should support 片 as the count of pitches and courts', () => {
    expect(names('新建笼式足球场25片，改造灯光篮球场12片。', MULTI_YEAR)).toEqual(['笼式足球场|25|片', '灯光篮球场|12|片']);
  });
  it('should support 棒 and 袋 as the counts of edible fungi logs and bags (with 万 before them)', () => {
    expect(names('食用菌种植规模稳定在2500万棒以上。')).toEqual(['食用菌种植规模|2500|万棒']);
    expect(names('木耳种植规模达到800万袋。')).toEqual(['木耳种植规模|800|万袋']);
  });
  it('should not support 棒 inside a word after a Chinese numeral or with no number (接力棒)', () => {
    expect(names('举办一棒接力活动。')).toEqual([]);
  });
  it('should support 组 as the count of sets of containers or equipment', () => {
    expect(names('配置垃圾分类收集容器不少于3000组。')).toEqual(['垃圾分类收集容器|3000|组']);
  });
  it('should not support the planting verbs inside a noun as the verb of the count', () => {
    expect(names('蔬菜种植面积达到8万亩。')).toEqual(['蔬菜种植面积|8|万亩']);
    expect(names('推广水稻种植新技术5项。')).toEqual(['水稻种植新技术|5|项']);
  });
  it('should not support 株, 片 or 组 after a Chinese numeral or as part of a word', () => {
    expect(names('打造一片绿色生态屏障，成立一组工作专班。')).toEqual([]);
    expect(names('建设一株一码的古树管理系统。')).toEqual([]);
    expect(names('创建生活垃圾分类示范片区6个。', MULTI_YEAR)).toEqual(['生活垃圾分类示范片区|6|个']);
  });
});

describe('figures of a review counted over its years (五年年均, 五年新增)', () => {
  /** A 十五五 plan whose 发展基础 chapter reviews the last period: metric|value|kind|year of its review items. */
  async function reviewItems(sentence: string): Promise<string[]> {
    const { extract } = await import('../../src/pipeline.js');
    const text = ['某县文化旅游发展“十五五”规划', '一、发展基础', sentence, '二、发展目标', '到2030年，旅游总收入达到300亿元。'].join('\n');
    const plan = await extract(text, { path: 'plan.txt' });
    return plan.indicators.filter((i) => i.kind === 'actual').map((i) => [i.metric, JSON.stringify(i.value), i.kind, String(i.year)].join('|'));
  }

  it('should support N年年均分别增长 as the yearly averages of the amounts named before it, of no one year', async () => {
    expect(await reviewItems('2025年全县实现营业收入86亿元、利润总额9亿元，五年年均分别增长7.5%和9.2%。')).toEqual([
      '营业收入|86|actual|2025',
      '利润总额|9|actual|2025',
      '营业收入|7.5|actual|null',
      '利润总额|9.2|actual|null',
    ]);
  });

  it('should support a sentence that opens with N年新增 as a sum over those years (no one year), also for the total after it', async () => {
    expect(await reviewItems('2025年全县森林覆盖率达到78.5%。五年新增省级森林乡镇4个，累计达到11个。')).toEqual([
      '森林覆盖率|78.5|actual|2025',
      '省级森林乡镇|4|actual|null',
      '省级森林乡镇|11|actual|null',
    ]);
  });

  it('should not support it for a level reached in a clause with no number of years before it', async () => {
    expect(await reviewItems('2025年全县实现营业收入86亿元，同比增长7.5%。')).toEqual(['营业收入|86|actual|2025', '营业收入|7.5|actual|2025']);
  });
});

describe('shares of an area (面积) named between the bound and the number', () => {
  /** metric|value|unit|comparator of each item. */
  const bounds = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'));

  it('should support the bound before the base area as the share\'s bound, the base no part of the name', () => {
    expect(bounds('核查抽查面积不少于造林面积的30%。')).toEqual(['核查抽查面积|30|%|>=']);
    expect(bounds('生态保护红线面积不低于国土面积的25%。')).toEqual(['生态保护红线面积|25|%|>=']);
  });
  it('should not support it for a share written with 占…的比重 (the base is part of that name)', () => {
    expect(bounds('永久基本农田面积占耕地面积的比重达到85%。')).toEqual(['永久基本农田面积占耕地面积的比重|85|%|=']);
  });
});

describe('a total after a count of things added, the count named by its count word (数量)', () => {
  it('should support 总数 renaming the count of the things added (高新技术企业数量净增…、总数… → 高新技术企业总数)', () => {
    expect(names('科技型企业数量净增200家以上、总数突破1800家。')).toEqual(['科技型企业数量净增|200|家', '科技型企业总数|1800|家']);
  });
  it('should not support dropping a word of the thing itself when its name has no count word', () => {
    expect(names('新增市场主体1.5万户，总数达到20万户。')).toEqual(['市场主体|1.5|万户', '市场主体总数|20|万户']);
  });
});

describe('a per-unit count after a distributive scope (各县（市、区）至少1处)', () => {
  it('should support the object the clause before sets up as the name of the count for each unit', () => {
    expect(names('建设建筑垃圾资源化利用项目，各县（市、区）至少1个。', MULTI_YEAR)).toEqual(['建筑垃圾资源化利用项目|1|个']);
    expect(names('建设综合性避难场所，每个乡镇至少1处。', MULTI_YEAR)).toEqual(['综合性避难场所|1|处']);
  });
  it('should not support it when the clause before has a number of its own (the count continues that metric) or there is no clause before', () => {
    expect(names('新建污水处理厂2座，各县至少1座。', MULTI_YEAR)).toEqual(['污水处理厂|2|座', '污水处理厂|1|座']);
    expect(names('各街道至少1处。', MULTI_YEAR)).toEqual(['各街道|1|处']);
  });
  it('should support the noun right after the count when no clause before sets one up', () => {
    expect(names('每个县（区）至少3家民营医院纳入医保定点管理。', MULTI_YEAR)).toEqual(['民营医院|3|家']);
    expect(names('每个行政村至少2名网格员。', MULTI_YEAR)).toEqual(['网格员|2|名']);
  });
});

describe('the noun counted after an institution count', () => {
  it('should support a head that qualifies the next head (中心幼儿园, 中心卫生院) as one noun', () => {
    expect(names('每个乡镇至少办好1所公办中心幼儿园。', MULTI_YEAR)).toEqual(['公办中心幼儿园|1|所']);
    expect(names('提档升级4家乡镇中心卫生院。')).toEqual(['乡镇中心卫生院|4|家']);
  });
  it('should not support joining heads with words between them (综合医院 | 互联网医院)', () => {
    expect(names('推动3家县级综合医院互联网医院上线运行。')).toEqual(['县级综合医院|3|家']);
  });
});

describe('a target named by a label after its value (…的目标任务)', () => {
  it('should support the metric named before the value, not the label', () => {
    expect(names('确保完成每千人口托位数4.5个的目标任务。')).toEqual(['每千人口托位数|4.5|个']);
    expect(names('完成新增公办学位2400个的年度任务。')).toEqual(['公办学位|2400|个']);
  });
  it('should not support it for the tasks themselves counted (目标任务12项)', () => {
    expect(names('全年完成省定目标任务12项。')).toEqual(['省定目标任务|12|项']);
  });
});

describe('a rise of income or yield named as the metric (户均增收, 亩均增产)', () => {
  /** metric|value|unit|kind of each item. */
  const kinds = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => { const f = b.split('|'); return [f[0], f[1], f[2], f[4]].join('|'); });

  it('should support an amount after 增收/增产 with no target verb as a change', () => {
    expect(kinds('发展林下经济，带动脱贫户户均增收2000元以上。')).toEqual(['带动脱贫户户均增收|2000|元|change']);
    expect(kinds('推广水稻新品种，示范片亩均增产60公斤以上。')).toEqual(['示范片亩均增产|60|公斤|change']);
  });
  it('should not support it for a count of the people who gain (户, 人) or a level set with 达到', () => {
    expect(kinds('带动3000户农户增收。')).toEqual(['带动农户增收|3000|户|target']);
    expect(kinds('脱贫户户均增收达到2000元。')).toEqual(['脱贫户户均增收|2000|元|target']);
  });
});

describe('a bounded count that opens its clause before the noun it counts (至少2家乡镇卫生院达到…)', () => {
  it('should support the noun after the count as the name, with nothing or a scope word before the bound', () => {
    expect(names('至少3家县级医院达到三级医院服务能力。')).toEqual(['县级医院|3|家']);
    expect(names('全市不少于20家企业通过两化融合贯标评定。')).toEqual(['企业|20|家']);
  });
  it('should not support it after a count in the same sentence, whose metric the bounded count goes on with', () => {
    expect(names('新建养老机构4家，至少2家达到星级标准。')).toEqual(['养老机构|4|家', '养老机构|2|家']);
  });
});

describe('a size of works after a verb that only says they are done (完成造林绿化2.5万亩)', () => {
  it('should support the work alone as the name, without 完成/实现', () => {
    expect(names('全年完成森林抚育12万亩。')).toEqual(['森林抚育|12|万亩']);
    expect(names('完成新建改造城市供水管网35公里。')).toEqual(['新建改造城市供水管网|35|公里']);
  });
  it('should not support dropping a verb of the work itself (整治, 新建)', () => {
    expect(names('整治中小河流48公里。')).toEqual(['整治中小河流|48|公里']);
  });
});

describe('a heading that reviews a period (发展基础) against a task whose object a review word is (夯实发展基础)', () => {
  /** kind|year of the items under a heading of an annual plan for 2026. */
  async function kindsUnder(heading: string): Promise<string[]> {
    const { extract } = await import('../../src/pipeline.js');
    const text = ['某镇2026年工作计划', heading, '实施技术改造项目10个，新增规上工业企业12家。', '二、增进民生福祉', '新建口袋公园3个。'].join('\n');
    const plan = await extract(text, { path: 'plan.txt' });
    return plan.indicators.slice(0, 2).map((i) => [i.kind, String(i.year)].join('|'));
  }
  it('should support the items under a review heading as achieved levels', async () => {
    expect(await kindsUnder('一、2025年工作回顾')).toEqual(['actual|2025', 'actual|2025']);
  });
  it('should support a report heading after such a verb as a review still (巩固拓展…成果工作总结)', async () => {
    expect(await kindsUnder('一、2025年巩固拓展脱贫攻坚成果工作总结')).toEqual(['actual|2025', 'actual|2025']);
  });
  it('should not support a task heading whose review word is a verb\'s object or follows a comma as a review', async () => {
    expect(await kindsUnder('一、聚力产业升级，夯实经济发展基础')).toEqual(['target|2026', 'target|2026']);
    expect(await kindsUnder('一、筑牢高质量发展基础')).toEqual(['target|2026', 'target|2026']);
  });
});
