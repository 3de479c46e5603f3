// How targets of 农业农村, 水利/水务, 国资国企 and 数据/政务服务 plans are phrased: works named by their capacity, verbs of
// works and reform, shared tails and heads of metric lists, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';


describe('works and facilities named by their capacity before their count', () => {
  it('should support a capacity straight before the noun counted after it as part of its name', () => {
    expect(names('新建5万吨污水处理厂2座。')).toEqual(['5万吨污水处理厂|2|座']);
    expect(names('改造3000吨级码头泊位2个。')).toEqual(['3000吨级码头泊位|2|个']);
    expect(names('新增24小时自助服务终端260台。')).toEqual(['24小时自助服务终端|260|台']);
  });
  it('should support a class written in Chinese numerals (千吨万人供水工程)', () => {
    expect(names('新建和改扩建千吨万人供水工程18处，改造老旧供水管网650公里。')).toEqual(['千吨万人供水工程|18|处', '改造老旧供水管网|650|公里']);
  });
  it('should support a capacity before 的 and the noun counted', () => {
    expect(names('新建日处理能力5万吨的污水处理厂2座。')).toEqual(['日处理能力5万吨的污水处理厂|2|座']);
  });
  it('should not support it where the size is the value and a count stands in a clause of its own', () => {
    expect(names('整治河道48公里，新建泵站3座。')).toEqual(['整治河道|48|公里', '泵站|3|座']);
  });
  it('should not support it where the count after the noun is the next member of a list (79公里大堤、13座水闸)', () => {
    expect(names('建设海塘79公里大堤、13座水闸。', MULTI_YEAR)).toEqual(['大堤|79|公里', '水闸|13|座']);
  });
  it('should not support it where the size has a verb of its own (达到) or the count has one', () => {
    expect(names('污水处理能力达到5万吨，新建污水处理厂2座。')).toEqual(['污水处理能力|5|万吨', '污水处理厂|2|座']);
  });
});

describe('works of water and soil treated (治理)', () => {
  it('should support 治理 as an object verb of the rivers and areas counted after it', () => {
    expect(names('治理中小河流12条、治理河长180公里。', MULTI_YEAR)).toEqual(['中小河流|12|条', '治理河长|180|公里']);
    expect(names('综合治理河道35条。')).toEqual(['河道|35|条']);
  });
  it('should not support 治理 inside a noun as the verb of the count', () => {
    expect(names('创建基层治理示范村10个。')).toEqual(['基层治理示范村|10|个']);
    expect(names('完成矿山地质环境治理项目8个。')).toEqual(['矿山地质环境治理项目|8|个']);
  });
  it('should not support the words before a sum as its object when an earlier count stands there', () => {
    expect(names('完成扶贫一线干部共240人。', MULTI_YEAR)).toEqual(['扶贫一线干部|240|人']);
    expect(names('治理界河、四滧港等8条段共计69公里骨干河道。', MULTI_YEAR).map((n) => n.split('|').slice(1).join('|'))).toEqual(['8|条段', '69|公里']);
  });
});

describe('projects and scenarios that land (落地)', () => {
  it('should support a count right after 落地 with its subject before it, 落地 kept in the name', () => {
    expect(names('公共数据授权运营场景落地10—15个。')).toEqual(['公共数据授权运营场景落地|[10,15]|个']);
    expect(names('签约项目落地20个以上。')).toEqual(['签约项目落地|20|个']);
  });
  it('should support 落地 before its object as the verb of the count', () => {
    expect(names('推动落地项目30个。')).toEqual(['落地项目|30|个']);
  });
  it('should not support a count that 落地 does not govern', () => {
    expect(names('招引项目落地率达到80%。')).toEqual(['招引项目落地率|80|%']);
    expect(names('推动重大项目落地见效。')).toEqual([]);
  });
});

describe('calls on shared data and e-licences (调用)', () => {
  it('should support a count of calls right after 调用 or after its object, 调用 kept in the name', () => {
    expect(names('电子证照库调用120万次。')).toEqual(['电子证照库调用|120|万次']);
    expect(names('全年调用电子证照120万次。')).toEqual(['调用电子证照|120|万次']);
  });
  it('should not support 调用 inside a noun as the verb of the count', () => {
    expect(names('建立数据调用机制3项。')).toEqual(['数据调用机制|3|项']);
  });
});

describe('the time of the year inside a name (全年, 年内)', () => {
  it('should support dropping 全年 after the subject of a name', () => {
    expect(names('市政务数据共享交换平台全年调用3.2亿次。')).toEqual(['市政务数据共享交换平台调用|3.2|亿次']);
    expect(names('PM2.5全年平均浓度控制在30微克/立方米以下。')).toEqual(['PM2.5平均浓度|30|微克/立方米']);
  });
  it('should support dropping the resolve (力争, 确保) between a subject and its verb', () => {
    expect(names('省级卫生乡镇力争新增2个。')).toEqual(['省级卫生乡镇新增|2|个']);
    expect(names('健康促进医院确保新建4家。')).toEqual(['健康促进医院新建|4|家']);
  });
  it('should not support dropping the characters inside a word (全年龄段 is no adverb)', () => {
    expect(names('居民全年龄段健康管理率达到80%。')).toEqual(['居民全年龄段健康管理率|80|%']);
  });
});

describe("the plan's own period (规划期内, 规划期间)", () => {
  const years = (s: string) => brief(indicators(s, MULTI_YEAR)).map((b) => b.split('|').slice(1).join('|'));
  it("should support an amount due over the plan's period as due by its last year", () => {
    expect(years('规划期内全市计划安排水利投资约260亿元，较“十四五”时期增长39.4%，其中中央和省级资金占比不低于45%。')).toEqual([
      '260|亿元|~|target|2025',
      '39.4|%|=|change|2025',
      '45|%|>=|target|2025',
    ]);
  });
  it('should support dropping the period word from the name', () => {
    expect(names('规划期内全市计划安排水利投资约260亿元。', MULTI_YEAR)).toEqual(['计划水利投资|260|亿元']);
  });
  it('should not support giving a year to a sentence that names no period', () => {
    expect(years('新建学校20所，改造校舍5万平方米。')).toEqual(['20|所|=|target|', '5|万平方米|=|target|']);
  });
});

describe('multiples of a base (倍, 番) after an object verb that names the metric (投入)', () => {
  const kinds = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 5).join('|'));
  it('should support a doubling or a multiple of an investment as a change of it', () => {
    expect(kinds('水利信息化投入比“十四五”时期翻一番。')).toEqual(['水利信息化投入|1|番|=|change']);
    expect(kinds('研发投入比上年增长1倍。')).toEqual(['研发投入|1|倍|=|change']);
  });
  it('should support a multiple reached (达到…的1.5倍) as a level, as before', () => {
    expect(kinds('研发投入达到2020年的1.5倍。')).toEqual(['研发投入|1.5|倍|=|target']);
  });
  it('should support a reach verb before the change as no part of the name (营业收入实现增长10%)', () => {
    expect(kinds('营业收入实现增长10%。')).toEqual(['营业收入|10|%|=|change']);
  });
  it('should not support a count of an object after 投入 as a change', () => {
    expect(kinds('投入资金3000万元。')).toEqual(['资金|3000|万元|=|target']);
  });
});

describe('conjuncts before one metric: short groups and whole names', () => {
  const metrics = (s: string) => indicators(s, ANNUAL_2024).map((i) => i.metric);
  it('should support short groups sharing the tail after a group as long (crops, school levels, services)', () => {
    expect(metrics('小麦、水稻、玉米耕种收综合机械化率分别达到99%、95%和90%。')).toEqual(['小麦耕种收综合机械化率', '水稻耕种收综合机械化率', '玉米耕种收综合机械化率']);
    expect(metrics('门诊、住院满意度分别达到90%和92%。')).toEqual(['门诊满意度', '住院满意度']);
    expect(metrics('小学、初中入学率分别达到99%和98%。')).toEqual(['小学入学率', '初中入学率']);
  });
  it('should support longer conjuncts sharing the head and the words before it, as before', () => {
    expect(metrics('传染病报告和突发公共卫生事件报告及时率均达到100%。')).toEqual(['传染病报告及时率', '突发公共卫生事件报告及时率']);
  });
  it('should not support a last conjunct that is a whole name as a tail for the others', () => {
    expect(metrics('“一件事”办理环节、申请材料和办理时间分别压减60%、50%和70%。')).toEqual(['“一件事”办理环节', '申请材料', '办理时间']);
  });
});

describe('a level held within a share of a target (调控目标的92%—110%)', () => {
  it('should support the target a share is taken of as no part of the metric', () => {
    expect(names('能繁母猪正常保有量稳定在调控目标的92%—110%。')).toEqual(['能繁母猪正常保有量|[92,110]|%']);
    expect(names('污水处理率达到目标值的95%。')).toEqual(['污水处理率|95|%']);
  });
  it('should support the normal stock a herd is held to a share of (正常保有量的92%以上)', () => {
    expect(names('能繁母猪存栏量稳定在正常保有量的92%以上。')).toEqual(['能繁母猪存栏量|92|%']);
  });
  it('should not support 保有量 as a base where it is the metric itself', () => {
    expect(names('全市新能源汽车保有量达到12万辆。')).toEqual(['新能源汽车保有量|12|万辆']);
  });
  it('should not support a total after an object verb as a base: it is what is done', () => {
    expect(names('全年完成年度目标的100%以上。')).toEqual(['完成年度目标|100|%']);
  });
});

describe('a change of a period total against an earlier period (比“十三五”时期增长62%)', () => {
  const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };
  const years = (s: string) => brief(indicators(s, PLAN_2026_2030)).map((b) => b.split('|').slice(1).join('|'));
  it('should support it as a figure of the whole period, year null as the total', () => {
    expect(years('“十四五”期间，全市累计完成水利投资186.5亿元，比“十三五”时期增长62%。')).toEqual(['186.5|亿元|=|actual|', '62|%|=|actual|']);
  });
  it('should not support it for a change against a year: the span’s last year, as before', () => {
    expect(years('“十四五”期间，全市万元地区生产总值用水量比2020年下降18.6%。')).toEqual(['18.6|%|=|actual|2025']);
  });
});

describe('a zero reached from a baseline (由6.7%下降到0)', () => {
  const all = (s: string) => brief(indicators(s, MULTI_YEAR));
  it('should support the zero as the level the baseline’s metric reaches', () => {
    expect(all('劣Ⅴ类水体比例由2020年的6.7%下降到0。')).toEqual(['劣Ⅴ类水体比例|6.7|%|=|baseline|2020', '劣Ⅴ类水体比例|0||=|target|']);
    expect(all('较大事故起数由2起降至0。')).toEqual(['较大事故起数|2|起|=|baseline|', '较大事故起数|0||=|target|']);
  });
  it('should not support a zero with no baseline and no metric head before it', () => {
    expect(all('排名由第3位提升到第0位。')).toEqual([]);
  });
});

describe('a margin over a reference (高于全省平均1.2个百分点)', () => {
  it('should support the metric before the word of comparison, the reference no part of it', () => {
    expect(names('城镇居民人均可支配收入增速高于全省平均1.2个百分点。')).toEqual(['城镇居民人均可支配收入增速|1.2|个百分点']);
    expect(names('农村居民收入增速快于城镇居民1个百分点。')).toEqual(['农村居民收入增速|1|个百分点']);
    // The margin is a gap the two rates keep, a level (kind target), not a rise of the metric (g167's gold; acc39).
    expect(brief(indicators('经济增速高于全国平均水平2个百分点以上。', ANNUAL_2024))).toEqual(['经济增速|2|个百分点|>=|target|2024']);
  });
  it('should not support it where the word bounds the number right after it', () => {
    expect(brief(indicators('增速高于3%。', ANNUAL_2024))).toEqual(['增速|3|%|>=|target|2024']);
  });
  it('should not support a comparison with no number', () => {
    expect(names('农村居民收入增速高于城镇居民。')).toEqual([]);
  });
});

describe('a bounded amount that classes the firms or projects an object verb counts (培育超10亿元企业5家)', () => {
  it('should support the amount as part of the name and the count as the value', () => {
    expect(names('培育超10亿元企业5家、超亿元企业30家。')).toEqual(['超10亿元企业|5|家', '超亿元企业|30|家']);
    expect(names('完成超1亿元的项目30个。')).toEqual(['超1亿元的项目|30|个']);
  });
  it('should not support it where no count of the noun follows (the amount is the value)', () => {
    expect(names('完成投资超10亿元。')).toEqual(['完成投资|10|亿元']);
  });
});

describe('a density per area written between the verb and the value (每千平方公里8个)', () => {
  it('should support the area as the base of the value, no part of the metric', () => {
    expect(names('水文站网密度达到每千平方公里8个。')).toEqual(['水文站网密度|8|个']);
  });
  it('should support the per-people base as before', () => {
    expect(names('每千人口拥有3岁以下婴幼儿托位数达到4.5个。')).toEqual(['每千人口拥有3岁以下婴幼儿托位数|4.5|个']);
  });
});

describe('livestock and poultry counted in 只 and 羽, and the pair 牛羊', () => {
  it('should support 只 and 羽 as count units', () => {
    expect(names('黄鸡出栏6000万羽以上，家禽存栏1200万只。')).toEqual(['黄鸡出栏|6000|万羽', '家禽存栏|1200|万只']);
  });
  it('should support 牛羊 split over two values after 分别', () => {
    expect(names('牛羊出栏分别达到3万头和10万只。')).toEqual(['牛出栏|3|万头', '羊出栏|10|万只']);
  });
  it('should not support 只 or 羽 after a Chinese numeral', () => {
    expect(names('一只羊也不能少。')).toEqual([]);
  });
});

describe('a part in 人 of a total in 人次 (培训…5000人次，其中…1500人)', () => {
  it('should support the part after 其中 as an item of the total', () => {
    expect(names('培训农村实用人才5000人次，其中高素质农民1500人。')).toEqual(['培训农村实用人才|5000|人次', '高素质农民|1500|人']);
  });
  it('should not support a bare count in 人 after 其中 when the total is no item', () => {
    expect(names('全县共有农村实用人才5000人，其中高素质农民1500人。')).toEqual([]);
  });
});

describe('assets revitalised, disposed of and capital brought in (盘活, 处置, 引入)', () => {
  it('should support the amounts and counts after these verbs and their objects', () => {
    expect(names('清理退出“两非”“两资”企业15户，盘活存量资产20亿元。')).toEqual(['“两非”“两资”企业|15|户', '盘活存量资产|20|亿元']);
    expect(names('处置不良资产10亿元，引入社会资本30亿元。')).toEqual(['处置不良资产|10|亿元', '社会资本|30|亿元']);
    expect(names('引入战略投资者3家。')).toEqual(['战略投资者|3|家']);
  });
  it('should not support 处置 inside a noun as the verb of the count', () => {
    expect(names('组建应急处置队伍3支。')).toEqual(['应急处置队伍|3|支']);
  });
});

describe('a bound written after a later member of a list in a clause of its own', () => {
  const bounds = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'));
  it('should support the bound as that member’s only, after a comma', () => {
    expect(bounds('归集公共数据50亿条，开放数据集1000个以上。')).toEqual(['50|亿条|=', '1000|个|>=']);
  });
  it('should not support it within one clause: one bound for the whole list, as before', () => {
    expect(bounds('婴儿死亡率、孕产妇死亡率分别控制在5‰、12/10万以内。')).toEqual(['5|‰|<=', '12|/10万|<=']);
  });
});

describe('the base of a change written between the metric and its verb (比法定时限压缩70%)', () => {
  it('should support the base as no part of the metric', () => {
    expect(names('政务服务事项平均承诺时限比法定时限压缩70%以上。')).toEqual(['政务服务事项平均承诺时限|70|%']);
    expect(names('审批时间较法定时限减少80%。')).toEqual(['审批时间|80|%']);
    expect(names('单位地区生产总值能耗比全省平均下降5%。')).toEqual(['单位地区生产总值能耗|5|%']);
  });
  it('should not support 比 and 较 inside words of the metric (比重, 较大)', () => {
    expect(names('第三产业增加值比重提高2个百分点。')).toEqual(['第三产业增加值比重|2|个百分点']);
    expect(names('较大事故起数下降10%。')).toEqual(['较大事故起数|10|%']);
  });
});

describe('balance-sheet bases (较年初, 比上年末) opening a change', () => {
  it('should support the change of the metric of the clause before', () => {
    expect(names('市属企业资产总额达到3000亿元，较年初增长8%以上。')).toEqual(['市属企业资产总额|3000|亿元', '市属企业资产总额|8|%']);
    expect(names('贷款余额较上年末增长12%。')).toEqual(['贷款余额|12|%']);
  });
});

describe('占 inside 占用, 占地 (no share)', () => {
  it('should support a metric holding 占用 as named, not a share of it', () => {
    expect(names('“两金”占用比年初下降10%以上。')).toEqual(['“两金”占用|10|%']);
    expect(names('新增建设用地占用耕地面积比上年下降5%。')).toEqual(['新增建设用地占用耕地面积|5|%']);
  });
  it('should support a share written with 占 as before', () => {
    expect(names('滩涂面积占全市的一半。')).toEqual(['滩涂面积占全市比例|50|%']);
  });
});

describe('a time cut to a share of the statutory limit (压缩至法定时限的30%以内)', () => {
  it('should support the limit as the total of the share, no part of the metric', () => {
    expect(names('依申请政务服务事项办理时限平均压缩至法定时限的30%以内。')).toEqual(['依申请政务服务事项办理时限|30|%']);
  });
  it('should not support it for a time cut to a number of days', () => {
    expect(names('审批时限压缩至5个工作日以内。')).toEqual(['审批时限|5|个工作日']);
  });
});

describe('an amount bounded before it that runs straight into an institution noun (超千亿元企业)', () => {
  it('should support it as a class of the institutions, no value, also with no count after it', () => {
    expect(names('营业收入超千亿元企业实现零的突破。')).toEqual([]);
    expect(names('培育产值超10亿元企业。')).toEqual([]);
  });
  it('should not support it where no noun follows the amount', () => {
    expect(names('地区生产总值突破千亿元大关。')).toEqual(['地区生产总值|1000|亿元']);
  });
});

describe('a level stepped onto in a review (迈上4000亿元新台阶, 跨上千亿元台阶)', () => {
  it('should support the verb as a bound on the amount, with the subject before it as the metric', () => {
    expect(brief(indicators('全市地区生产总值迈上3000亿元新台阶，达到3085.6亿元。', ANNUAL_2024))).toEqual([
      '地区生产总值|3000|亿元|>=|target|2024',
      '地区生产总值|3085.6|亿元|=|target|2024',
    ]);
    expect(names('全县规模以上工业总产值跨上千亿元台阶。')).toEqual(['规模以上工业总产值|1000|亿元']);
    expect(names('外贸进出口总额跃上200亿元大关，增长9.4%。')).toEqual(['外贸进出口总额|200|亿元', '外贸进出口总额|9.4|%']);
  });
  it('should not support 台阶 or 大关 after the amount as a noun counted', () => {
    expect(names('全区一般公共预算收入站上80亿元台阶。').join()).not.toContain('台阶');
    expect(names('社会消费品零售总额迈过500亿元大关。').join()).not.toContain('大关');
  });
});

describe('a count of works right after a verb of carrying them out (实施100个村庄整治工程)', () => {
  it('should support the number of projects or works a plan carries out', () => {
    expect(names('实施30个农村饮水安全巩固提升工程。')).toEqual(['农村饮水安全巩固提升工程|30|个']);
    expect(names('推进15项市级重点工程。')).toEqual(['市级重点工程|15|项']);
    expect(names('启动实施8个城市更新项目。')).toEqual(['城市更新项目|8|个']);
  });
  it('should not support a duration or an age after the verb, nor a count whose noun is no project', () => {
    expect(names('实施7天居家健康监测。')).toEqual([]);
    expect(names('实施3岁以下婴幼儿照护服务工程。')).toEqual([]);
  });
});

describe('the sites a measure is carried out in, counted after 在 (在3个县（市、区）开展…试点)', () => {
  it('should support the number of sites named by the measure, also when they are divisions', () => {
    expect(names('在4个县（市、区）开展按病种分值付费试点。')).toEqual(['开展按病种分值付费试点的县（市、区）|4|个']);
    expect(names('在全市30所中小学实施午餐补助。')).toEqual(['实施午餐补助的中小学|30|所']);
  });
  it('should not support it for 对 before every division of the territory (a fact of it), nor without a service verb', () => {
    expect(names('对12个县（市、区）开展年度考核。')).toEqual([]);
    expect(names('在3个乡镇中选择1个作为示范。')).toEqual([]);
  });
});

describe('works a 民生实事 list upgrades (巩固提升)', () => {
  it('should support the count of the works after the verb and its object', () => {
    expect(names('巩固提升农村供水工程35处。')).toEqual(['农村供水工程|35|处']);
  });
  it('should not support 优化 as such a verb (优化二次供水模式: a compound with a Chinese numeral)', () => {
    expect(names('优化二次供水模式。')).toEqual([]);
  });
});

describe('a choice of works done to one object (V1或V2: 新开通或优化)', () => {
  it('should support the count after a verb joined by 或 to a second verb, both verbs naming the object', () => {
    expect(names('新开通或优化农村客运线路12条。')).toEqual(['新开通或优化农村客运线路|12|条']);
    expect(names('新建或改扩建标准化村卫生室20所。')).toEqual(['标准化村卫生室|20|所']);
  });
  it('should not support 或 after a noun as a verb joiner (乡镇或街道 is a list of places)', () => {
    expect(names('每个乡镇或街道建设1个综合养老服务中心。')).toEqual([]);
  });
});

describe('what the counted go on to do after the unit (选派科技特派员45名深入村屯开展技术服务)', () => {
  it('should support the object named between the verb and the number as the name', () => {
    expect(names('选派驻村医生20名常驻村卫生室开展诊疗服务。')).toEqual(['驻村医生|20|名']);
  });
  it('should not support it where the noun after the unit is the counted one (建成3个X)', () => {
    expect(names('建成3个智慧健康养老服务中心。')).toEqual(['智慧健康养老服务中心|3|个']);
  });
});

describe('devices installed (安装)', () => {
  it('should support the devices counted after 安装, as after 加装', () => {
    expect(brief(indicators('全年安装公共充电桩1200个。', ANNUAL_2024))).toEqual(['公共充电桩|1200|个|=|target|2024']);
    expect(brief(indicators('为独居老年人安装燃气报警、紧急呼叫等设备600套。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['燃气报警、紧急呼叫等设备|600|套']);
  });
  it('should not support 安装 inside a rate\'s name as a count', () => {
    expect(brief(indicators('农村户用燃气报警器安装率达到90%。', ANNUAL_2024))).toEqual(['农村户用燃气报警器安装率|90|%|=|target|2024']);
  });
});

describe('vehicles counted per test (辆次)', () => {
  it('should support 辆次 as the unit of vehicles checked, read before 辆', () => {
    expect(brief(indicators('全年抽测柴油货车不少于1500辆次。', ANNUAL_2024))).toEqual(['抽测柴油货车|1500|辆次|>=|target|2024']);
  });
  it('should not support 辆次 where 辆 counts vehicles bought', () => {
    expect(brief(indicators('新增新能源公交车50辆。', ANNUAL_2024))).toEqual(['新能源公交车|50|辆|=|target|2024']);
  });
});

describe('lamps and replacements (盏, 更换)', () => {
  it('should support lamps counted in 盏 and the devices 更换 replaces', () => {
    expect(brief(indicators('新增城市路灯800盏，更换老旧水表1.5万只。', ANNUAL_2024))).toEqual(['城市路灯|800|盏|=|target|2024', '老旧水表|1.5|万只|=|target|2024']);
  });
  it('should not support 一盏 in running text as a count', () => {
    expect(indicators('为群众点亮一盏灯。', ANNUAL_2024)).toEqual([]);
  });
});

describe('projects carried on (续建)', () => {
  it('should support the projects 续建 counts beside the new ones', () => {
    expect(brief(indicators('新开工项目120个，续建项目160个。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['120|个', '160|个']);
  });
  it('should not support 续建 with no count as an item', () => {
    expect(indicators('加快推进续建工程建设。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a count after the clause that names the same work\'s object (建设家庭养老床位，三年累计建设1500张)', () => {
  it('should support the object the clause before gives the same verb', () => {
    expect(brief(indicators('为困难老年人建设家庭养老床位，全年建设800张。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['家庭养老床位|800|张']);
  });
  it('should not support a name that is no verb looked for in the clause before (完成航道整治25公里)', () => {
    expect(brief(indicators('推进航道整治工程建设，完成航道整治25公里。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['航道整治']);
  });
});

describe('kinds of different lengths before one checked rate (药品、化妆品、医疗器械抽检合格率)', () => {
  it('should support the act the kinds share as the start of their shared tail', () => {
    expect(brief(indicators('药品、化妆品、医疗器械抽检合格率分别达到98%、97%和96%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '药品抽检合格率',
      '化妆品抽检合格率',
      '医疗器械抽检合格率',
    ]);
  });
  it('should not support it for groups of one length, which name the last one\'s group by that length', () => {
    expect(brief(indicators('城市、农村饮用水水质检测合格率分别达到98%和95%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['城市饮用水水质检测合格率', '农村饮用水水质检测合格率']);
  });
});

describe('one rate a distributor gives each thing counted in the clause before (建议142件、提案205件，办复率均为100%)', () => {
  const named = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'));
  it('should support the rate of each thing counted, the words they share written once', () => {
    expect(named('全年办理市人大代表建议86件、市政协委员提案120件，按时办结率均为100%。')).toEqual([
      '市人大代表建议|86',
      '市政协委员提案|120',
      '市人大代表建议按时办结率|100',
      '市政协委员提案按时办结率|100',
    ]);
    expect(named('完成视力筛查3.2万人、听力筛查2.6万人，筛查率均达到95%。').slice(2)).toEqual(['视力筛查率|95', '听力筛查率|95']);
  });
  it('should not support it without a distributor, or where the clause before holds a rate', () => {
    expect(named('全年办理市人大代表建议86件、市政协委员提案120件，按时办结率为100%。').slice(2)).toEqual(['按时办结率|100']);
    expect(named('门诊量增长5%、住院量增长8%，满意度均达到90%。').slice(2)).toEqual(['满意度|90']);
  });
});

describe('the batch a title is won in (第N批)', () => {
  it('should support a count of titles named without the batch, a label of the list, not of the thing', () => {
    expect(names('争创第四批省级美丽乡村示范村3个。')).toEqual(['省级美丽乡村示范村|3|个']);
    expect(names('遴选第2批市级技能大师工作室5家。')).toEqual(['市级技能大师工作室|5|家']);
  });
  it('should not support cutting 第N批次, a count of samples, or a batch that is the whole name', () => {
    expect(names('第三批次抽检合格率达到98%。')).toEqual(['第三批次抽检合格率|98|%']);
  });
});

describe('the plan\'s own indicators counted (共设置4类14项指标)', () => {
  it('should not support a count of what the plan is made of, nor the kinds of it counted before it', () => {
    expect(names('规划共设置经济发展、社会民生、生态环境3类18项指标。')).toEqual([]);
    expect(names('其中约束性指标6个。')).toEqual([]);
  });
  it('should support counts of other things, and a count of tasks whose name holds 指标 inside', () => {
    expect(names('新建空气质量监测站点12个。')).toEqual(['空气质量监测站点|12|个']);
    expect(names('完成省下达的8项考核指标任务。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['8|项']);
  });
  it('should support a count of things measured whose name only ends in 指标', () => {
    expect(names('城市供水水质检测指标达到106项。')).toEqual(['城市供水水质检测指标|106|项']);
    expect(names('新增监测指标12个。')).toEqual(['监测指标|12|个']);
  });
  it('should not support a count of any kind of 指标 the plan sets out itself, by a verb or as the subject', () => {
    expect(names('本方案共设置15项重点指标。')).toEqual([]);
    expect(names('设立考核指标9个。')).toEqual([]);
    expect(names('本规划提出发展指标24项。')).toEqual([]);
    expect(names('规划围绕民生、生态等4类30项量化指标。')).toEqual([]);
  });
  it('should support a count of 指标 measured where no structure verb nor the plan stands before it', () => {
    expect(names('全市新增土壤监测指标8个。')).toEqual(['土壤监测指标|8|个']);
    expect(names('饮用水检测指标达到96项。')).toEqual(['饮用水检测指标|96|项']);
  });
});
