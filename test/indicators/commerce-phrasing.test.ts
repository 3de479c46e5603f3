// Targets of investment-promotion, industry, commerce and finance plans (开发区 工作要点, 商务局 工作计划, 民生实事,
// 金融 行动方案): their units, the bare statistics of their target lists and how their years are set.
// Sentences written from knowledge of the genre, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const PLAN_2026_2028: PlanYears = { years: [2026, 2028], annual: false };
const texts = (items: Item[]) => items.map((i) => i.text);

describe('units of land-efficiency targets', () => {
  it('should support money per mu (万元/亩) as one unit, also after 比上年提高 and in a list of thresholds', () => {
    expect(brief(indicators('亩均税收达到32万元/亩，比上年提高2万元/亩。', ANNUAL_2026))).toEqual([
      '亩均税收|32|万元/亩|=|target|2026',
      '亩均税收|2|万元/亩|=|change|2026',
    ]);
    expect(brief(indicators('新供工业用地项目亩均投资强度不低于400万元/亩、亩均税收不低于35万元/亩。', ANNUAL_2026))).toEqual([
      '新供工业用地项目亩均投资强度|400|万元/亩|>=|target|2026',
      '亩均税收|35|万元/亩|>=|target|2026',
    ]);
  });
  it('should not support a per-mu amount that only defines the firms a measure applies to', () => {
    expect(indicators('对亩均税收低于5万元/亩的企业实行差别化电价。', ANNUAL_2026)).toEqual([]);
  });
});

describe('verbs of works that share one object', () => {
  it('should support 升级 as the second of two verbs joined by 或 and in 提档升级', () => {
    expect(texts(indicators('新设或升级普惠金融服务中心20个。', PLAN_2026_2028))).toEqual(['新设或升级普惠金融服务中心20个']);
    expect(brief(indicators('提档升级农贸市场12个，新建或升级便民服务站30个。', ANNUAL_2026))).toEqual([
      '农贸市场|12|个|=|target|2026',
      '便民服务站|30|个|=|target|2026',
    ]);
  });
  it('should not support 升级 inside the name of what is counted as a verb of its own', () => {
    expect(brief(indicators('推进消费升级，实施产业升级项目30个。', ANNUAL_2026))).toEqual(['产业升级项目|30|个|=|target|2026']);
  });
});

describe('bare statistics of investment promotion', () => {
  it('should support 到位资金 given with its amount and no verb after a count of projects signed', () => {
    expect(brief(indicators('2025年，新签约亿元以上项目58个，到位资金215.6亿元。', ANNUAL_2026))).toEqual([
      '新签约亿元以上项目|58|个|=|actual|2025',
      '到位资金|215.6|亿元|=|actual|2025',
    ]);
    expect(brief(indicators('全年引进项目80个，实际到位资金120亿元以上。', ANNUAL_2026))[1]).toBe('实际到位资金|120|亿元|>=|target|2026');
  });
  it('should not support a bare project budget as a target', () => {
    expect(brief(indicators('项目总投资1.2亿元，其中争取上级补助资金4500万元。', ANNUAL_2026))).toEqual(['上级补助资金|4500|万元|=|target|2026']);
  });
});

describe('a bare count that goes on a list of targets after a comma', () => {
  it('should support the next statistic given with no verb after a target of the same sentence', () => {
    expect(brief(indicators('组织企业参加境内外重点展会60场次以上，参展企业300家次。', ANNUAL_2026))[1]).toBe('参展企业|300|家次|=|target|2026');
    expect(brief(indicators('农村自来水普及率稳定在99%以上，受益人口3.6万人。', ANNUAL_2026))).toEqual([
      '农村自来水普及率|99|%|>=|target|2026',
      '受益人口|3.6|万人|=|target|2026',
    ]);
  });
  it('should support whom a work benefits (受益…) counted bare after the work\'s clause, also when that clause sets no number', () => {
    expect(brief(indicators('实施城乡供水一体化改造工程，受益群众1.8万人。', ANNUAL_2026))).toEqual(['受益群众|1.8|万人|=|target|2026']);
    expect(brief(indicators('完成农村电网升级改造，受益农户3200户。', ANNUAL_2026))).toEqual(['受益农户|3200|户|=|target|2026']);
    expect(brief(indicators('4.新建集中供水站，受益人口2600人。', ANNUAL_2026))).toEqual(['受益人口|2600|人|=|target|2026']);
  });
  it('should not support a beneficiary count that opens its sentence, with no work before it', () => {
    expect(indicators('受益群众1.8万人。', ANNUAL_2026)).toEqual([]);
  });
  it('should not support a bare count after a budget, a bare amount, or a stock that is described', () => {
    expect(indicators('项目总投资1.2亿元，受益群众2万人。', ANNUAL_2026)).toEqual([]);
    expect(texts(indicators('新建污水管网20公里，投资5000万元。', ANNUAL_2026))).toEqual(['新建污水管网20公里']);
    expect(texts(indicators('城区污水处理率达到98%，现有污水处理厂3座。', ANNUAL_2026))).toEqual(['城区污水处理率达到98%']);
    expect(texts(indicators('新增床位2000张，其中康复科室5个。', ANNUAL_2026))).toEqual(['新增床位2000张']);
  });
});

describe('counts of 文化惠民 work', () => {
  it('should support film showings counted after 放映 and its object', () => {
    expect(brief(indicators('全年放映农村公益电影3000场次。', ANNUAL_2026))).toEqual(['农村公益电影|3000|场次|=|target|2026']);
  });
  it('should not support 放映 inside a noun as the verb of a count', () => {
    expect(brief(indicators('加强影院放映设备管理，更新设备20台。', ANNUAL_2026))).toEqual(['设备|20|台|=|target|2026']);
  });
});

describe('campaigns named by what goes to the countryside (下乡)', () => {
  it('should support the count of a 下乡 campaign given after its name, with or without a verb before it', () => {
    expect(brief(indicators('送戏下乡200场，放映农村公益电影3000场次。', ANNUAL_2026))[0]).toBe('送戏下乡|200|场|=|target|2026');
    expect(brief(indicators('开展送文化下乡活动50场次。', ANNUAL_2026))).toEqual(['送文化下乡活动|50|场次|=|target|2026']);
  });
  it('should not support 下乡 in a sentence that sets no count', () => {
    expect(indicators('鼓励文艺工作者送戏下乡，丰富群众文化生活。', ANNUAL_2026)).toEqual([]);
  });
});

describe('projects signed (签约…项目N个)', () => {
  it('should support the projects counted after 签约 and their object, named with the verb', () => {
    expect(brief(indicators('力争签约亿元以上项目25个。', ANNUAL_2026))).toEqual(['签约亿元以上项目|25|个|=|target|2026']);
  });
  it('should not support 签约 before a rate as a verb that ends the metric', () => {
    expect(brief(indicators('家庭医生签约覆盖率达到45%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['家庭医生签约覆盖率']);
  });
});

describe('health check-ups counted by the people checked', () => {
  it('should support a count of people right after 体检, with the age of the people served inside the name', () => {
    const items = indicators('为全县65岁及以上老年人免费体检4.2万人。', ANNUAL_2026);
    expect(items.map((i) => [i.value, i.unit, i.kind, i.year])).toEqual([[4.2, '万人', 'target', 2026]]);
    expect(items[0]?.metric).toContain('65岁及以上老年人免费体检');
  });
  it('should support the people counted after 为 before 体检, the check-up being the service (为3万名…老年人免费体检)', () => {
    expect(brief(indicators('为2.5万名65岁以上老年人免费体检。', ANNUAL_2026))).toEqual(['65岁以上老年人免费体检|2.5|万名|=|target|2026']);
    expect(brief(indicators('为800名农村留守老人健康体检。', ANNUAL_2026))).toEqual(['农村留守老人健康体检|800|名|=|target|2026']);
  });
  it('should not support 体检 inside a rate as a count of its own', () => {
    expect(brief(indicators('老年人体检率达到70%。', ANNUAL_2026))).toEqual(['老年人体检率|70|%|=|target|2026']);
  });
});

describe('yearly milestones given as a second list of the same sentence', () => {
  it('should support one year each for values spread by 分别 over a list of years after a milestone of its own', () => {
    expect(brief(indicators('其中，2026年新增贷款不少于400亿元，2027年、2028年分别不少于450亿元和500亿元。', PLAN_2026_2028))).toEqual([
      '新增贷款|400|亿元|>=|target|2026',
      '新增贷款|450|亿元|>=|target|2027',
      '新增贷款|500|亿元|>=|target|2028',
    ]);
  });
  it('should not support the bound of the first list on the members of the second', () => {
    expect(brief(indicators('2026年新增贷款不少于400亿元，2027年、2028年分别达到450亿元和500亿元。', PLAN_2026_2028)).slice(1)).toEqual([
      '新增贷款|450|亿元|=|target|2027',
      '新增贷款|500|亿元|=|target|2028',
    ]);
  });
});

describe('the end of a year as the base of a change', () => {
  it('should support 较/比 before the end of a year as the base, not the year, of a change', () => {
    expect(brief(indicators('到2028年，涉农贷款余额较2025年末增长30%。', PLAN_2026_2028))).toEqual(['涉农贷款余额|30|%|=|change|2028']);
    expect(brief(indicators('到2028年，普惠小微贷款余额比2025年底提高50%。', PLAN_2026_2028))).toEqual(['普惠小微贷款余额|50|%|=|change|2028']);
  });
  it('should not support 在 before the end of a year as a base: it states a deadline', () => {
    expect(indicators('在2027年底前建成城市书房10家。', PLAN_2026_2028).map((i) => i.year)).toEqual([2027]);
  });
});

describe('a date inside the object of a verb', () => {
  it('should support the plan year for objects named by when they were built (改造2000年以前建成的…)', () => {
    expect(indicators('改造2000年以前建成的老旧小区12个、涉及居民2860户。', ANNUAL_2026).map((i) => [i.value, i.kind, i.year])).toEqual([
      [12, 'target', 2026],
      [2860, 'target', 2026],
    ]);
    expect(indicators('淘汰2010年底前注册的营运货车500辆。', ANNUAL_2026).map((i) => [i.value, i.kind, i.year])).toEqual([[500, 'target', 2026]]);
  });
  it('should not support a deadline that opens its clause as such a name', () => {
    expect(indicators('2027年底前建成的城市书房达到10家。', PLAN_2026_2028).map((i) => i.year)).toEqual([2027]);
  });
});

describe('routines that end their clause', () => {
  it('should not support a recurring count with no object of its own after the verb', () => {
    expect(texts(indicators('建立上市后备企业资源库，入库企业保持在80家以上，每年动态调整一次。', PLAN_2026_2028))).toEqual(['入库企业保持在80家以上']);
    expect(indicators('重点企业名单每两年调整一次。', PLAN_2026_2028)).toEqual([]);
  });
  it('should support a recurring count of an object named between the verb and the count, and a service to people', () => {
    expect(brief(indicators('每年开展应急演练2次。', PLAN_2026_2028))).toEqual(['应急演练|2|次|=|target|']);
    expect(texts(indicators('每年为老年人提供1次免费健康体检。', PLAN_2026_2028))).toEqual(['每年为老年人提供1次免费健康体检']);
  });
});

describe('money per person', () => {
  it('should support 元/人 as one unit (productivity, insurance density)', () => {
    expect(brief(indicators('全员劳动生产率提高到25万元/人，保险密度达到4000元/人。', ANNUAL_2026))).toEqual([
      '全员劳动生产率|25|万元/人|=|target|2026',
      '保险密度|4000|元/人|=|target|2026',
    ]);
  });
  it('should not support a per-person subsidy standard written with it', () => {
    expect(indicators('按200元/人的标准给予补助。', ANNUAL_2026)).toEqual([]);
  });
});

describe('what a subsidy or a fund brings in', () => {
  it('should support 拉动 and 撬动 with their object and amount, named with the verb as 带动 is', () => {
    expect(brief(indicators('全年发放各类消费券3000万元，拉动消费20亿元。', ANNUAL_2026))[1]).toBe('拉动消费|20|亿元|=|target|2026');
    expect(brief(indicators('撬动社会资本投入200亿元以上。', ANNUAL_2026))).toEqual(['撬动社会资本投入|200|亿元|>=|target|2026']);
  });
  it('should not support 拉动 in a sentence with no amount', () => {
    expect(indicators('消费对经济增长的拉动作用明显增强。', ANNUAL_2026)).toEqual([]);
  });
});

describe('insurance bought for the people a 民生实事 reaches', () => {
  it('should support 为 N名 X 购买… as the count of people served', () => {
    expect(brief(indicators('为1.2万名困难群众购买意外伤害保险。', ANNUAL_2026))).toEqual(['为困难群众购买意外伤害保险|1.2|万名|=|target|2026']);
  });
  it('should not support 购买 with no count of people before it', () => {
    expect(brief(indicators('为全县户籍人口购买“惠民保”，参保率达到60%。', ANNUAL_2026))).toEqual(['参保率|60|%|=|target|2026']);
  });
});

describe('funds raised and vehicles put into service', () => {
  it('should support 筹措 and 投放 as verbs of their object and amount', () => {
    expect(brief(indicators('全年筹措民生实事资金2.6亿元。', ANNUAL_2026))).toEqual(['民生实事资金|2.6|亿元|=|target|2026']);
    expect(brief(indicators('新开通城乡公交线路5条，投放新能源公交车30辆。', ANNUAL_2026))).toEqual([
      '城乡公交线路|5|条|=|target|2026',
      '新能源公交车|30|辆|=|target|2026',
    ]);
  });
  it('should not support 投放 inside a noun phrase before another verb', () => {
    expect(brief(indicators('加大信贷投放力度，新增贷款300亿元。', ANNUAL_2026))).toEqual(['新增贷款|300|亿元|=|target|2026']);
  });
});

describe('the years a change takes', () => {
  it('should support a change after a number of years, with the years no value and no part of the metric', () => {
    expect(brief(indicators('研发投入两年增长50%。', PLAN_2026_2028))).toEqual(['研发投入|50|%|=|change|']);
    expect(brief(indicators('规上工业增加值三年年均增长8%。', PLAN_2026_2028))).toEqual(['规上工业增加值|8|%|=|target|']);
    expect(indicators('营业收入力争5年翻一番。', PLAN_2026_2028).map((i) => [i.metric, i.value, i.unit])).toEqual([['营业收入', 1, '番']]);
  });
  it('should not support a number of years reached as a time adverbial', () => {
    expect(brief(indicators('平均受教育年限达到11年，提高0.5年。', PLAN_2026_2028))).toEqual(['平均受教育年限|11|年|=|target|', '平均受教育年限|0.5|年|=|change|']);
  });
});

describe('a change reached', () => {
  it('should support 实现 before 翻一番 as a change, as 翻一番 alone is', () => {
    expect(brief(indicators('营业收入实现翻一番。', PLAN_2026_2028))).toEqual(['营业收入|1|番|=|change|']);
    expect(brief(indicators('力争2026年实现营业收入100亿元，2028年突破200亿元，实现三年翻一番。', PLAN_2026_2028))[2]).toBe('营业收入|1|番|=|change|2028');
  });
  it('should not support 实现 before an amount as a change', () => {
    expect(brief(indicators('营业收入实现200亿元。', PLAN_2026_2028))).toEqual(['营业收入|200|亿元|=|target|']);
  });
});

describe('a bound milestone with no verb in a later ；-part', () => {
  it('should support 突破/超过/不少于 after a year that opens the part, as a later level of the metric before', () => {
    expect(brief(indicators('2026年，规上工业企业达到1500家；2027年，达到1650家；到2028年，突破1800家。', PLAN_2026_2028))).toEqual([
      '规上工业企业|1500|家|=|target|2026',
      '规上工业企业|1650|家|=|target|2027',
      '规上工业企业|1800|家|>=|target|2028',
    ]);
    expect(brief(indicators('2026年，高新技术企业达到500家；2028年，不少于600家。', PLAN_2026_2028))[1]).toBe('高新技术企业|600|家|>=|target|2028');
  });
  it('should not support such a bound in another unit', () => {
    expect(indicators('2026年，规上工业企业达到1500家；到2028年，突破1800亿元。', PLAN_2026_2028).map((i) => i.value)).toEqual([1500]);
  });
});

describe('ranges with the multiplier written on both ends', () => {
  it('should support 1.5亿—2亿美元, 5万—8万人次 and 10亿至15亿元 as ranges in the second end\'s unit', () => {
    expect(brief(indicators('实际使用外资1.5亿—2亿美元。', ANNUAL_2026))).toEqual(['实际使用外资|[1.5,2]|亿美元|range|target|2026']);
    expect(brief(indicators('接待游客5万—8万人次。', ANNUAL_2026))).toEqual(['接待游客|[5,8]|万人次|range|target|2026']);
    expect(brief(indicators('完成投资10亿至15亿元。', ANNUAL_2026))).toEqual(['完成投资|[10,15]|亿元|range|target|2026']);
  });
  it('should not support two ends that do not rise or carry another multiplier', () => {
    expect(indicators('接待游客8万—5万人次。', ANNUAL_2026).map((i) => i.value)).not.toContainEqual([8, 5]);
    expect(indicators('接待游客5万—8千人次。', ANNUAL_2026).map((i) => i.value)).not.toContainEqual([5, 8]);
  });
});

describe('a predicate with no number joined by 、 before a metric', () => {
  it('should support the metric after the 、, not the clause before it', () => {
    expect(brief(indicators('非法集资案件立案数逐年下降、处置率达到100%。', PLAN_2026_2028))).toEqual(['处置率|100|%|=|target|']);
    expect(brief(indicators('城乡居民收入稳步增长、城镇调查失业率控制在5.5%以内。', ANNUAL_2026))).toEqual(['城镇调查失业率|5.5|%|<=|target|2026']);
  });
  it('should not support a 、 between nouns as the end of a clause', () => {
    expect(indicators('规上工业增加值、营业收入分别增长8%和10%。', ANNUAL_2026).map((i) => i.metric)).toEqual(['规上工业增加值', '营业收入']);
  });
});

describe('loans and transactions counted in 笔', () => {
  it('should support 笔 as a count unit, also after a multiplier', () => {
    expect(brief(indicators('办理出口退税1.2万笔。', ANNUAL_2026))).toEqual(['出口退税|1.2|万笔|=|target|2026']);
    expect(brief(indicators('全年发放创业担保贷款2000笔。', ANNUAL_2026))).toEqual(['创业担保贷款|2000|笔|=|target|2026']);
  });
  it('should not support 一笔 in running text', () => {
    expect(indicators('安排一笔专项资金用于奖补。', ANNUAL_2026)).toEqual([]);
  });
});

describe('a change joined by 、 to the amount of an object', () => {
  it('should support 实现/完成 X N亿元、增长M% as the change of X', () => {
    expect(brief(indicators('2025年全区实现地区生产总值520亿元、增长6.1%。', ANNUAL_2026))).toEqual([
      '地区生产总值|520|亿元|=|actual|2025',
      '地区生产总值|6.1|%|=|actual|2025',
    ]);
    expect(brief(indicators('完成固定资产投资300亿元、增长8%。', ANNUAL_2026))[1]).toBe('固定资产投资|8|%|=|change|2026');
  });
  it('should not support counts joined by 、 as changes', () => {
    expect(brief(indicators('新建学校5所、幼儿园8所。', ANNUAL_2026))).toEqual(['学校|5|所|=|target|2026', '幼儿园|8|所|=|target|2026']);
  });
});

describe('去年 opening a sentence of an annual plan', () => {
  it('should support the year before the plan\'s for the levels of a sentence that 去年 opens', () => {
    expect(brief(indicators('去年全市实际使用外资1.86亿美元。', ANNUAL_2026))).toEqual(['实际使用外资|1.86|亿美元|=|actual|2025']);
    expect(brief(indicators('去年，全市社会消费品零售总额增长5.6%。', ANNUAL_2026))).toEqual(['社会消费品零售总额|5.6|%|=|actual|2025']);
  });
  it('should not support 去年 as the base of a change (比去年增长10%) as a date of the sentence', () => {
    expect(brief(indicators('实际使用外资比去年增长10%。', ANNUAL_2026))).toEqual(['实际使用外资|10|%|=|change|2026']);
  });
});

describe('an addition to a total named before it', () => {
  it('should support 较上年净增 / 比上年新增 after a total as the addition to what the total counts', () => {
    expect(brief(indicators('全市限上企业数量达到2000家，较上年净增150家。', ANNUAL_2026))[1]).toBe('限上企业净增|150|家|=|target|2026');
    expect(brief(indicators('高新技术企业总数达到380家，比上年新增40家。', ANNUAL_2026))[1]).toBe('高新技术企业新增|40|家|=|target|2026');
  });
  it('should not support the verb of a stock reached (累计建成) as an addition', () => {
    expect(brief(indicators('2025年建成示范村10个，2026年累计建成20个。', ANNUAL_2026))[1]).toBe('示范村|20|个|=|target|2026');
  });
});

describe('the size of what a count sets up', () => {
  it('should support 总规模/总面积 after a counted object as that object\'s', () => {
    expect(brief(indicators('设立科创基金2支，总规模20亿元。', ANNUAL_2026))[1]).toBe('科创基金总规模|20|亿元|=|target|2026');
    expect(brief(indicators('建设口袋公园30个，总面积不少于5万平方米。', ANNUAL_2026))[1]).toBe('口袋公园总面积|5|万平方米|>=|target|2026');
  });
  it('should not support it after a rate', () => {
    expect(brief(indicators('森林覆盖率达到65%，总面积达到100万亩。', ANNUAL_2026))[1]).toBe('总面积|100|万亩|=|target|2026');
  });
});

describe('an aside in brackets after a count', () => {
  it('should support the count with the noun before it when a bracket with an amount follows (预算资金)', () => {
    expect(brief(indicators('新建城市书房5家（预算资金300万元）。', ANNUAL_2026))).toEqual(['城市书房|5|家|=|target|2026']);
    expect(brief(indicators('新建学校3所（总投资2亿元），新增学位2700个。', ANNUAL_2026))).toEqual(['学校|3|所|=|target|2026', '学位|2700|个|=|target|2026']);
  });
  it('should not support the bracket as the counted noun', () => {
    expect(indicators('新建城市书房5家（预算资金300万元）。', ANNUAL_2026).map((i) => i.metric)).not.toContain('（预算资金300万元）');
  });
});

describe('力争…、确保… pairs after the subject', () => {
  it('should support both values of the pair with the subject\'s name, the adverbs in neither', () => {
    expect(brief(indicators('全年新增限上企业力争150家、确保120家。', ANNUAL_2026))).toEqual([
      '新增限上企业|150|家|=|target|2026',
      '新增限上企业|120|家|=|target|2026',
    ]);
  });
  it('should not support the rename by the verb of a later work (改造提升) for an adverb of resolve', () => {
    expect(brief(indicators('新建高标准农田3000亩，改造提升2000亩。', ANNUAL_2026))[1]).toBe('改造提升高标准农田|2000|亩|=|target|2026');
  });
});

describe('foreign and domestic investment given bare', () => {
  it('should support 合同外资 and 实际到位外资 with their amounts and no verb', () => {
    expect(brief(indicators('引进外资企业10家，合同外资5亿美元，实际到位外资2亿美元。', ANNUAL_2026)).slice(1)).toEqual([
      '合同外资|5|亿美元|=|target|2026',
      '实际到位外资|2|亿美元|=|target|2026',
    ]);
  });
  it('should not support 外资 inside another metric as the head of its value', () => {
    expect(brief(indicators('外资企业进出口额增长5%。', ANNUAL_2026))).toEqual(['外资企业进出口额|5|%|=|change|2026']);
  });
});

describe('a name that ends in a word holding a joiner character', () => {
  it('should support 惠及 whole when it alone names a count', () => {
    expect(brief(indicators('为全县80周岁以上老年人发放高龄津贴，惠及1.8万人。', ANNUAL_2026)).at(-1)).toBe('惠及|1.8|万人|=|target|2026');
  });
  it('should not support a joiner that ends a name as part of it', () => {
    expect(indicators('城乡公厕和农村户厕分别新建30座和500座。', ANNUAL_2026).map((i) => i.metric).every((m) => !m.endsWith('和'))).toBe(true);
  });
});

describe('a last kind longer than the kinds before it by a character that closes a noun of goods or kinds', () => {
  it('should support 品 and 类 closing the last kind before the shared measure (水产品, 禽类)', () => {
    expect(brief(indicators('蔬菜、牛奶、水产品批发市场交易额分别增长6%、5%和8%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '蔬菜批发市场交易额',
      '牛奶批发市场交易额',
      '水产品批发市场交易额',
    ]);
    expect(brief(indicators('粮油、果蔬、畜禽类冷库周转率分别达到60%、65%和70%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '粮油冷库周转率',
      '果蔬冷库周转率',
      '畜禽类冷库周转率',
    ]);
    expect(brief(indicators('粮食、蔬菜、水产品监督抽检合格率分别达到98%、97%和96%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '粮食监督抽检合格率',
      '蔬菜监督抽检合格率',
      '水产品监督抽检合格率',
    ]);
  });
  it('should not support the closer when it opens a word of the shared tail (品牌, 品种)', () => {
    expect(brief(indicators('茶叶、柑橘、水果品牌价值分别提高到12亿元、8亿元和6亿元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '茶叶品牌价值',
      '柑橘品牌价值',
      '水果品牌价值',
    ]);
  });
});
