// Targets of plans outside health (政府工作报告, 水利/供水 规划, 数字乡村 实施方案, 局 工作要点): their units as
// written and how their metrics are named.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('units of works and services, as written', () => {
  it('should support a daily capacity written with 日 as well as with 天, each reported as written', () => {
    expect(brief(indicators('城乡供水总能力达到60万立方米/日，污水处理能力达到12万吨/日，本岛供水能力达到40万立方米/天。', ANNUAL_2024))).toEqual([
      '城乡供水总能力|60|万立方米/日|=|target|2024',
      '污水处理能力|12|万吨/日|=|target|2024',
      '本岛供水能力|40|万立方米/天|=|target|2024',
    ]);
  });
  it('should support the capacity of grain dryers per batch (吨/批次), not cut to 吨', () => {
    expect(brief(indicators('全县新增粮食烘干能力800吨/批次。', ANNUAL_2024))).toEqual(['新增粮食烘干能力|800|吨/批次|=|target|2024']);
  });
  it('should not support 批次 alone after 吨/ read as the sample count of a check', () => {
    expect(indicators('全年抽检食品1500批次。', ANNUAL_2024).map((i) => i.unit)).toEqual(['批次']);
  });
});

describe('units of checks and farm services', () => {
  it('should support rounds of checks (轮次, 轮) and area times passes (亩次) as whole units', () => {
    expect(brief(indicators('开展水利工程质量安全检查4轮次，组织专项督导3轮，完成无人机统防统治面积20万亩次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '4|轮次',
      '3|轮',
      '20|万亩次',
    ]);
  });
  it('should not support 轮 after a Chinese numeral (新一轮, 两轮) as a count', () => {
    expect(indicators('开展新一轮改革，开展两轮检查。', ANNUAL_2024)).toEqual([]);
  });
});

describe('verbs of works on what exists', () => {
  it('should support 新改建, 改扩建 and 改造提升 as whole verbs before their object', () => {
    expect(brief(indicators('新改建农村户厕1.5万户，新建和改造提升农贸市场12个，改扩建中小学8所。', ANNUAL_2024))).toEqual([
      '农村户厕|1.5|万户|=|target|2024',
      '农贸市场|12|个|=|target|2024',
      '中小学|8|所|=|target|2024',
    ]);
  });
});

describe('products certified', () => {
  it('should support 新认证 as a verb that sets the count of its object', () => {
    expect(brief(indicators('新认证绿色食品、有机农产品20个。', ANNUAL_2024))).toEqual(['绿色食品、有机农产品|20|个|=|target|2024']);
  });
});

describe('market entities registered', () => {
  it('should support 新登记 as a verb before its object, so the total after it is the entities\' (市场主体总数)', () => {
    expect(brief(indicators('新登记市场主体1.2万户，总数达到9.8万户。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['市场主体|1.2|万户', '市场主体总数|9.8|万户']);
  });
});

describe('rules, standards and plans to produce', () => {
  it('should support 编制修订, 制修订 and 出台 as verbs that set the count of their object', () => {
    expect(brief(indicators('编制修订专项预案23项，制修订地方标准5项，出台政策文件8个。', ANNUAL_2024))).toEqual([
      '专项预案|23|项|=|target|2024',
      '地方标准|5|项|=|target|2024',
      '政策文件|8|个|=|target|2024',
    ]);
  });
  it('should not support 编制 alone, a noun of staff quotas (核定事业编制500名)', () => {
    expect(indicators('核定事业编制500名。', ANNUAL_2024)).toEqual([]);
  });
});

describe('livestock and transactions', () => {
  it('should support 头 (livestock) and 宗 (transactions, cases) as count units', () => {
    expect(brief(indicators('生猪出栏稳定在30万头左右，能繁母猪存栏保持在1.3万头以上，农村产权交易300宗以上。', ANNUAL_2024))).toEqual([
      '生猪出栏|30|万头|~|target|2024',
      '能繁母猪存栏|1.3|万头|>=|target|2024',
      '农村产权交易|300|宗|>=|target|2024',
    ]);
  });
  it('should not support 头 or 宗 after a Chinese numeral or inside a word (一头, 龙头, 大宗)', () => {
    expect(indicators('培育龙头企业，发展大宗商品，新增一头牛。', ANNUAL_2024)).toEqual([]);
  });
});

describe('books of libraries', () => {
  it('should support 册 as a count unit (人均藏书量1.2册, 馆藏图书5万册)', () => {
    expect(brief(indicators('公共图书馆人均藏书量达到1.2册，新增馆藏图书5万册。', ANNUAL_2024))).toEqual(['公共图书馆人均藏书量|1.2|册|=|target|2024', '馆藏图书|5|万册|=|target|2024']);
  });
  it('should not support 册 after a Chinese numeral (编印一册宣传手册)', () => {
    expect(indicators('编印一册宣传手册，新增三册。', ANNUAL_2024)).toEqual([]);
  });
});

describe('fittings added to existing buildings (加装)', () => {
  it('should support 加装 as a verb that sets the count of its object', () => {
    expect(brief(indicators('改造提升城镇老旧小区26个，加装电梯40部。', ANNUAL_2024))).toEqual(['城镇老旧小区|26|个|=|target|2024', '电梯|40|部|=|target|2024']);
  });
  it('should not support a count after 加装 that names a kind (加装一部分设施)', () => {
    expect(indicators('为老旧小区加装一部分适老化设施。', ANNUAL_2024)).toEqual([]);
  });
});

describe('the year of 全年 in a sentence that opens with a year', () => {
  const plan2025 = { years: [2025, 2025] as [number, number], annual: true };
  it('should support 全年 as the year the sentence opens with, and a growth measured in a past year as actual', () => {
    expect(brief(indicators('2024年，全市水利系统坚持系统治理，全年完成水利投资41.2亿元，同比增长8.4%，新增有效灌溉面积1.8万亩。', plan2025))).toEqual([
      '水利投资|41.2|亿元|=|actual|2024',
      '水利投资|8.4|%|=|actual|2024',
      '新增有效灌溉面积|1.8|万亩|=|actual|2024',
    ]);
  });
  it('should not support moving 全年 off the plan year when no year opens the sentence', () => {
    expect(brief(indicators('全年完成水利投资45亿元以上，同比增长8%。', plan2025))).toEqual(['水利投资|45|亿元|>=|target|2025', '水利投资|8|%|=|change|2025']);
  });
});

describe('money already spent next to a target', () => {
  it('should support 已累计投入 / 已安排 as what is done (actual), and the plan after 计划 as a target', () => {
    expect(brief(indicators('已累计投入资金2.3亿元，计划再投入3亿元；市级已安排专项资金1200万元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual([
      '2.3|亿元|=|actual',
      '3|亿元|=|target',
      '1200|万元|=|actual',
    ]);
  });
});

describe('totals of a past span', () => {
  const review = { years: [2021, 2025] as [number, number], annual: false, review: true };
  it('should support a sum word after the span as opening a list of totals of no one year, levels keeping the last year', () => {
    expect(brief(indicators('“十三五”期间，全市累计完成供水工程投资18.6亿元，新建改造供水管网1260公里，新能源公交车占比达到35%。', review))).toEqual([
      '供水工程投资|18.6|亿元|=|actual|',
      '新建改造供水管网|1260|公里|=|actual|',
      '新能源公交车占比|35|%|=|actual|2020',
    ]);
  });
  it('should support a clause with its own subject and level verb after the totals as a level of the span\'s last year (…累计完成…，森林蓄积量达到…)', () => {
    expect(brief(indicators('“十三五”期间，全市累计完成造林绿化62万亩、森林抚育300万亩，森林蓄积量达到1.86亿立方米，林业产业总产值达到980亿元，全区床位总数为3200张。', review)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '62|万亩|=|actual|',
      '300|万亩|=|actual|',
      '1.86|亿立方米|=|actual|2020',
      '980|亿元|=|actual|2020',
      '3200|张|=|actual|2020',
    ]);
    expect(brief(indicators('“十三五”期间，城乡居民人均可支配收入分别达到41200元和21600元，累计完成固定资产投资1620亿元。', review)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '41200|元|=|actual|2020',
      '21600|元|=|actual|2020',
      '1620|亿元|=|actual|',
    ]);
  });
  it('should not support a level verb before the sum word of its own clause, nor a clause without a verb of its own, as a level (累计完成…；财政收入86亿元)', () => {
    expect(brief(indicators('“十三五”期间，全县累计实现地区生产总值1260亿元、财政收入86亿元，累计达到省级标准的村庄120个。', review)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '1260|亿元|=|actual|',
      '86|亿元|=|actual|',
      '120|个|=|actual|',
    ]);
  });
  // A level reached in the span is its last year's; a count of works done in it (新建改造供水管网1260公里) adds up
  // the span's years, sum word or not (test/indicators/health.test.ts, 十三五期间新建改扩建村卫生室).
  it('should not support it without a sum word for a level reached (“十三五”期间，城市污水处理率提高到95%)', () => {
    expect(brief(indicators('“十三五”期间，城市污水处理率提高到95%。', review))).toEqual(['城市污水处理率|95|%|=|actual|2020']);
  });
});

describe('a year of the plan after an actual cue', () => {
  it('should support the amounts after it as targets again (2024年已安排…，2025—2027年每年安排…不少于…)', () => {
    const plan = { years: [2025, 2027] as [number, number], annual: false };
    expect(brief(indicators('2024年市级已安排专项资金1200万元，2025—2027年市财政每年安排专项资金不少于1500万元。', plan)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual([
      '1200|万元|=|actual',
      '1500|万元|>=|target',
    ]);
  });
});

describe('the date an actual cue names', () => {
  it('should not support it turning the amounts back to targets (截至11月底，全市累计完成营造林12.5万亩)', () => {
    expect(brief(indicators('截至11月底，全市累计完成营造林12.5万亩。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['actual']);
  });
});

describe('metric names without the verbs and adverbs of the sentence', () => {
  it('should support 完成/实现 between a subject and its amount as no part of the name', () => {
    expect(brief(indicators('全年地区生产总值完成412.6亿元，增长5.8%；进出口总额实现500亿元。', ANNUAL_2024))).toEqual([
      '地区生产总值|412.6|亿元|=|target|2024',
      '地区生产总值|5.8|%|=|change|2024',
      '进出口总额|500|亿元|=|target|2024',
    ]);
  });
  it('should support adverbs and light verbs inside a name as no part of it (共, 推进, 至少, 安排)', () => {
    expect(brief(indicators('三岛共整治河道118公里，崇明岛主海塘推进达标建设68.94公里，每个行政村至少培育数字专员2名。', ANNUAL_2024))).toEqual([
      '三岛整治河道|118|公里|=|target|2024',
      '崇明岛主海塘达标建设|68.94|公里|=|target|2024',
      '每个行政村培育数字专员|2|名|>=|target|2024',
    ]);
  });
  it('should not support dropping an adverb\'s characters from a term cited in quotation marks (“稻蟹共生”, “全域推进”)', () => {
    expect(brief(indicators('推广“稻蟹共生”模式2000亩。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['推广“稻蟹共生”模式']);
  });
  it('should support an inner 每年 as part of the name, the yearly quota of its subject (县级医院每年向基层派驻医师), as after a per unit (每亩每年管护经费)', () => {
    expect(brief(indicators('县级医院每年向基层派驻医师不少于50人次，每亩每年管护经费不低于20元。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '县级医院每年向基层派驻医师',
      '每亩每年管护经费',
    ]);
  });
  it('should not support dropping 推进 from the name of the fund 衔接推进乡村振兴补助资金', () => {
    expect(brief(indicators('中央和省级衔接推进乡村振兴补助资金用于产业发展的比例不低于60%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '中央和省级衔接推进乡村振兴补助资金用于产业发展的比例',
    ]);
  });
  it('should not support dropping such a word inside a longer word or at the start of a name (公共, 共享, 累计上云企业)', () => {
    expect(brief(indicators('城市公共停车泊位达到2000个，政务数据共享交换平台日均调用量达到100万次，累计上云企业达到500家。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '城市公共停车泊位',
      '政务数据共享交换平台日均调用量',
      '累计上云企业',
    ]);
  });
  it('should not support dropping 完成 when it is all the count has for a name (年内完成5个)', () => {
    expect(brief(indicators('年内完成5个。', ANNUAL_2024))).toEqual(['完成|5|个|=|target|2024']);
  });
});

describe('a comparison basis before a growth rate', () => {
  it('should support 同口径/可比口径 as qualifiers of the growth, like 同比, not as its metric', () => {
    expect(brief(indicators('一般公共预算收入完成21.3亿元，同口径增长4.6%；税收收入完成15亿元，可比口径增长3%。', ANNUAL_2024))).toEqual([
      '一般公共预算收入|21.3|亿元|=|target|2024',
      '一般公共预算收入|4.6|%|=|change|2024',
      '税收收入|15|亿元|=|target|2024',
      '税收收入|3|%|=|change|2024',
    ]);
  });
});

describe('an object verb after a distributor', () => {
  it('should support the values distributed over the subjects before 分别新增 (小学、初中学位分别新增3000个、2500个)', () => {
    expect(brief(indicators('小学、初中学位分别新增3000个、2500个。', ANNUAL_2024))).toEqual(['小学学位|3000|个|=|target|2024', '初中学位|2500|个|=|target|2024']);
  });
  it('should not support it where the object follows the verb (分别新增学位3000个) or no distributor stands before the verb', () => {
    expect(brief(indicators('新增学位3000个。', ANNUAL_2024))).toEqual(['学位|3000|个|=|target|2024']);
  });
});

describe('a later milestone of a count with no object of its own', () => {
  const plan = { years: [2025, 2027] as [number, number], annual: false };
  it('should support it as the count of the object named before (2026年累计建成20个)', () => {
    expect(brief(indicators('2025年建成数字乡村示范村10个，2026年累计建成20个，2027年累计建成30个。', plan))).toEqual([
      '数字乡村示范村|10|个|=|target|2025',
      '数字乡村示范村|20|个|=|target|2026',
      '数字乡村示范村|30|个|=|target|2027',
    ]);
  });
  it('should support the verb of this clause for a name that keeps its verb (新建高标准农田3000亩，改造提升2000亩)', () => {
    expect(brief(indicators('新建高标准农田3000亩，改造提升2000亩。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['新建高标准农田', '改造提升高标准农田']);
  });
  it('should support a verb listed after an earlier count of the clause (新建普通高中2所、改扩建5所)', () => {
    expect(brief(indicators('新建普通高中2所、改扩建5所。', ANNUAL_2024))).toEqual(['普通高中|2|所|=|target|2024', '普通高中|5|所|=|target|2024']);
  });
  it('should support it across ；, milestone by milestone (到2026年底，建成智能工厂10家；到2027年底，累计建成25家)', () => {
    const three = { years: [2026, 2028] as [number, number], annual: false };
    expect(brief(indicators('到2026年底，建成智能工厂10家；到2027年底，累计建成25家；到2028年底，累计建成40家以上。', three))).toEqual([
      '智能工厂|10|家|=|target|2026',
      '智能工厂|25|家|=|target|2027',
      '智能工厂|40|家|>=|target|2028',
    ]);
  });
  it('should not support it without an earlier count in the same unit', () => {
    expect(brief(indicators('建成数字乡村示范村10个，累计建成2000平方米。', plan)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['数字乡村示范村|10|个', '累计建成|2000|平方米']);
    expect(brief(indicators('到2026年，全市森林覆盖率达到65%；到2027年，累计建成25家。', plan)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['森林覆盖率|65|%', '累计建成|25|家']);
    expect(brief(indicators('年内完成5个。', ANNUAL_2024))).toEqual(['完成|5|个|=|target|2024']);
  });
});

describe('a distributed list after several statements', () => {
  it('should support one value for each statement just before (接待游客…，实现旅游总收入…，分别增长10%和12%)', () => {
    expect(brief(indicators('全年接待游客1500万人次，实现旅游总收入130亿元，分别增长10%和12%。', ANNUAL_2024))).toEqual([
      '接待游客|1500|万人次|=|target|2024',
      '旅游总收入|130|亿元|=|target|2024',
      '接待游客|10|%|=|change|2024',
      '旅游总收入|12|%|=|change|2024',
    ]);
  });
  it('should not support it for a single value after them (…，增长6%)', () => {
    expect(brief(indicators('全年接待游客1500万人次，实现旅游总收入130亿元，增长6%。', ANNUAL_2024)).at(-1)).toBe('旅游总收入|6|%|=|change|2024');
  });
});

describe('groups that break a metric down after 其中', () => {
  const review = { years: [2025, 2025] as [number, number], annual: true, review: true, reviewYear: 2024 };
  it('should support each group with the rest of the metric before (其中城镇居民、农村居民分别增长5.1%、6.8%)', () => {
    expect(brief(indicators('全体居民人均可支配收入达到36520元，增长5.9%；其中城镇居民、农村居民分别增长5.1%、6.8%。', review)).slice(2)).toEqual([
      '城镇居民人均可支配收入|5.1|%|=|actual|2024',
      '农村居民人均可支配收入|6.8|%|=|actual|2024',
    ]);
  });
  it('should not support adding a tail to a group that is the whole metric (其中城镇人口80万人)', () => {
    expect(brief(indicators('全市常住人口达到120万人，其中城镇人口80万人。', review)).map((b) => b.split('|')[0])).toEqual(['常住人口', '城镇人口']);
  });
});

describe('a counted noun in a negated state', () => {
  const review = { years: [2021, 2025] as [number, number], annual: false, review: true };
  it('should support naming it by the state first (尚有16块滩涂未完成规范整改 → 未完成规范整改滩涂)', () => {
    expect(brief(indicators('尚有16块滩涂未完成规范整改，全县仍有3个乡镇未实现集中供水。', review)).map((b) => b.split('|')[0])).toEqual(['未完成规范整改滩涂', '未实现集中供水乡镇']);
  });
  it('should support a counted noun and the state it reaches without the verb of reaching (实现)', () => {
    expect(brief(indicators('完成10个撤制乡镇（农场）实现污水管网收集系统盲区全覆盖。', ANNUAL_2024))).toEqual(['撤制乡镇（农场）污水管网收集系统盲区全覆盖|10|个|=|target|2024']);
  });
  it('should not support a word that holds 未 and negates nothing (未成年人)', () => {
    expect(brief(indicators('建成12个乡镇未成年人保护工作站。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['乡镇未成年人保护工作站']);
  });
});

describe('a counted noun in a state opened by a verb of being (存在, 处于)', () => {
  const review = { years: [2021, 2025] as [number, number], annual: false, review: true };
  it('should support naming it by the state first, joined by 的 (仍有28座山塘存在渗漏隐患 → 存在渗漏隐患的山塘)', () => {
    expect(brief(indicators('全县仍有28座山塘存在渗漏隐患，尚有4座水闸处于病险状态。', review)).map((b) => b.split('|')[0])).toEqual(['存在渗漏隐患的山塘', '处于病险状态的水闸']);
  });
  it('should support keeping such a state in the name where it modifies the noun after the count (完成15座存在渗漏隐患的山塘整治)', () => {
    expect(brief(indicators('完成15座存在渗漏隐患的山塘整治，对8座处于病险状态的水闸实施除险加固。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['存在渗漏隐患的山塘整治', '对处于病险状态的水闸实施除险加固']);
  });
  it('should not support keeping other modifiers before 的 after the count (符合条件的)', () => {
    expect(brief(indicators('完成15座符合条件的山塘整治。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['山塘整治']);
  });
  it('should not support a word that ends in 存 before 在 (储存在)', () => {
    expect(brief(indicators('建成6座粮食储存在线监测站。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['粮食储存在线监测站']);
  });
});

describe('a span of years opening a name', () => {
  it('should support N年 before a plan-span word (三年累计, 三年共) as no part of the name', () => {
    expect(brief(indicators('三年累计培训4500人次以上，三年共安排专项资金1.5亿元。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['培训', '专项资金']);
  });
  it('should support N年 before the verb of a work done over the span as no part of the name, the verb kept', () => {
    expect(brief(indicators('五年新改建乡村道路800公里、改造危桥40座。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['新改建乡村道路', '危桥']);
    expect(brief(indicators('三年新建污水管网120公里、改造提升60公里。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['新建污水管网', '改造提升污水管网']);
  });
  it('should not support dropping N年 that is part of a name (九年义务教育巩固率)', () => {
    expect(brief(indicators('九年义务教育巩固率达到96%。', ANNUAL_2024))).toEqual(['九年义务教育巩固率|96|%|=|target|2024']);
  });
});

describe('a total whose subject is only a scope word', () => {
  it('should support it as the stock of what the clause before added, in the same unit (新增…，全市累计达到…)', () => {
    expect(brief(indicators('新增高效节水灌溉面积1.5万亩，全市累计达到12.8万亩。', ANNUAL_2024))).toEqual([
      '新增高效节水灌溉面积|1.5|万亩|=|target|2024',
      '高效节水灌溉面积|12.8|万亩|=|target|2024',
    ]);
  });
  it('should not support it across units (新增…人，全市…%)', () => {
    const items = brief(indicators('城镇新增就业6000人，全市达到3%。', ANNUAL_2024));
    expect(items).toHaveLength(2);
    expect(items[1]).not.toMatch(/就业/u);
  });
});

describe('projects carried out (实施…项目N个)', () => {
  it('should support a count of projects named between 实施 and the number', () => {
    expect(brief(indicators('全年实施县重点项目150个，实施中小河流治理项目9个。', ANNUAL_2024))).toEqual([
      '县重点项目|150|个|=|target|2024',
      '中小河流治理项目|9|个|=|target|2024',
    ]);
  });
  it('should support funds obtained, named between 争取 and the amount (共争取上级资金5.6亿元)', () => {
    expect(brief(indicators('今年共争取上级资金5.6亿元，比上年增加1.2亿元。', ANNUAL_2024))).toEqual(['上级资金|5.6|亿元|=|target|2024', '上级资金|1.2|亿元|=|change|2024']);
  });
  it('should support 积极 opening a clause as no part of its metric (积极争取…资金25亿元以上)', () => {
    expect(brief(indicators('积极争取超长期特别国债和地方政府专项债券资金25亿元以上。', ANNUAL_2024))).toEqual(['超长期特别国债和地方政府专项债券资金|25|亿元|>=|target|2024']);
  });
  it('should support 预计 opening a clause as no part of its metric (…增长7.8%，预计全年增长8%左右)', () => {
    expect(brief(indicators('1—11月，全市规模以上工业增加值增长7.8%，预计全年增长8%左右。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['规模以上工业增加值', '规模以上工业增加值']);
  });
  it('should not support cutting 积极 off a word that starts with it (积极性)', () => {
    expect(brief(indicators('积极性评价得分达到90分。', ANNUAL_2024))).toEqual(['积极性评价得分|90|分|=|target|2024']);
  });
  it('should not support a number right after 实施 (a procedure that lasts 14天, 5个专项行动 named after the count)', () => {
    expect(indicators('严格实施14天社区健康管理，实施5个专项行动。', ANNUAL_2024)).toEqual([]);
  });
});

describe('the investment of the projects counted just before', () => {
  it('should support 完成(年度)投资 after a count of projects as the investment of those projects', () => {
    expect(brief(indicators('全年实施县重点项目150个，完成年度投资180亿元以上；谋划实施重大项目300个以上，完成投资1000亿元以上。', ANNUAL_2024))).toEqual([
      '县重点项目|150|个|=|target|2024',
      '县重点项目年度投资|180|亿元|>=|target|2024',
      '谋划实施重大项目|300|个|>=|target|2024',
      '重大项目完成投资|1000|亿元|>=|target|2024',
    ]);
  });
  it('should support the investment planned (年度计划投资, 计划总投资) after a count of projects as those projects’ plan', () => {
    expect(names('全年安排市级重点项目260个，年度计划投资520亿元以上。')).toEqual(['市级重点项目|260|个', '市级重点项目年度计划投资|520|亿元']);
  });
  it('should support 完成投资 as one term of investment statistics, its subject before it kept (重点项目完成投资)', () => {
    expect(names('全市重点项目全年完成投资200亿元以上。')).toEqual(['重点项目完成投资|200|亿元']);
    expect(names('实施市级重点项目80个，完成投资210亿元。')).toEqual(['市级重点项目|80|个', '市级重点项目完成投资|210|亿元']);
  });
  it('should not support keeping 完成 before another object (完成水利投资 → 水利投资)', () => {
    expect(names('完成水利投资45亿元以上。')).toEqual(['水利投资|45|亿元']);
  });
  it('should not support it when the count is in another sentence or the investment names its own owner', () => {
    expect(brief(indicators('新开工项目50个。完成投资20亿元，实施重点项目30个，制造业投资增长10%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '新开工项目',
      '完成投资',
      '重点项目',
      '制造业投资',
    ]);
  });
});

describe('a growth-rate column named 年均增速', () => {
  it('should support 年均增速（%） as a yearly-average column in percent, as 年均增长（%）: targets of the target column\'s year', async () => {
    const { extract } = await import('../../src/index.js');
    const text = '某县“十四五”教育事业发展规划\n一、发展目标\n表1 主要指标\n指标\t单位\t2020年基期值\t2025年目标值\t年均增速（%）\t指标属性\n教育经费总投入\t亿元\t12.5\t16.8\t6.1\t预期性\n二、主要任务\n加强队伍建设。\n';
    const plan = await extract(text);
    expect(plan.indicators.map((i) => [i.metric, i.value, i.unit, i.kind].join('|'))).toEqual(['教育经费总投入|12.5|亿元|baseline', '教育经费总投入|16.8|亿元|target', '教育经费总投入|6.1|%|target']);
  });
});

describe('a count of works closing a list with 等', () => {
  it('should support it when a verb of works opens the list (扩容城桥、新河、堡镇等5座污水处理厂)', () => {
    expect(brief(indicators('扩容城桥、新河、堡镇等5座污水处理厂。', ANNUAL_2024))).toEqual(['污水处理厂|5|座|=|target|2024']);
  });
  it('should support the verb after the clause’s scope or each unit of it, and after a bound (全市新建…, 每个县（市、区）至少建成…)', () => {
    expect(brief(indicators('全市新建城东、城西、城南等3所公办幼儿园。', ANNUAL_2024))).toEqual(['公办幼儿园|3|所|=|target|2024']);
    expect(brief(indicators('每个县（市、区）至少建成胸痛、卒中、创伤等3个救治中心。', ANNUAL_2024))).toEqual(['救治中心|3|个|>=|target|2024']);
    expect(brief(indicators('各县力争建成东湖、西湖等4个口袋公园。', ANNUAL_2024))).toEqual(['口袋公园|4|个|=|target|2024']);
  });
  it('should support 建成 as a verb of works (建成影像、检验等5类共享中心)', () => {
    expect(brief(indicators('建成影像、检验、心电等5类共享中心。', ANNUAL_2024))).toEqual(['共享中心|5|类|=|target|2024']);
  });
  it('should not support a list after a subject and a verb that builds nothing (全市拥有…等3所, 每个县围绕…等5类服务)', () => {
    expect(indicators('全市拥有城东、城西、城南等3所公办幼儿园。', ANNUAL_2024)).toEqual([]);
    expect(indicators('每个县（市）围绕影像、检验等5类服务推进资源共享。', ANNUAL_2024)).toEqual([]);
    expect(indicators('市中心医院牵头影像、检验等5类服务的质量控制。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a count whose noun follows the next amount', () => {
  it('should support the noun after a sum word and the next amount as the name of the first count (8条段共计69公里河道)', () => {
    expect(brief(indicators('整治8条段共计69公里河道。', ANNUAL_2024))[0]).toBe('河道|8|条段|=|target|2024');
  });
});

describe('counts of cases handled and of people assisted', () => {
  it('should support 办理/受理 N 件 and 帮扶/救助/帮助 N 人 as counts of their objects (救助 stays in the name: namingVerbs)', () => {
    expect(brief(indicators('办理法律援助案件1800件，受理群众诉求5万件。', ANNUAL_2024))).toEqual(['法律援助案件|1800|件|=|target|2024', '群众诉求|5|万件|=|target|2024']);
    expect(brief(indicators('帮扶失业人员再就业6000人，救助困难群众3000人次。', ANNUAL_2024))).toEqual(['失业人员再就业|6000|人|=|target|2024', '救助困难群众|3000|人次|=|target|2024']);
  });
  it('should not support the verbs without a count after their object (在各级党委帮助下, 给予帮扶)', () => {
    expect(indicators('在各级党委帮助下，全县干部群众团结一致。对因病致贫家庭给予帮扶。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a verb inside the object of the verb before it', () => {
  it('should support a noun running into a later verb as part of the object (实施城市更新项目30个, 举办免疫规划业务培训班2期)', () => {
    expect(brief(indicators('实施城市更新项目30个。', ANNUAL_2024))).toEqual(['城市更新项目|30|个|=|target|2024']);
    expect(brief(indicators('举办免疫规划业务培训班2期。', ANNUAL_2024))).toEqual(['免疫规划业务培训班|2|期|=|target|2024']);
  });
  it('should not support it across a list joiner or between two verbs written together (新建、改造城乡公厕30座, 新建改扩建中小学16所)', () => {
    expect(brief(indicators('新建、改造城乡公厕30座，新建改扩建中小学16所。', ANNUAL_2024))).toEqual(['城乡公厕|30|座|=|target|2024', '中小学|16|所|=|target|2024']);
  });
});

describe('counts of what a plan develops (开发)', () => {
  it('should support 开发/新开发 N 个 X as a count of X (公益性岗位, 旅游线路)', () => {
    expect(brief(indicators('新开发乡村公益性岗位300个，开发精品旅游线路10条。', ANNUAL_2024))).toEqual(['乡村公益性岗位|300|个|=|target|2024', '精品旅游线路|10|条|=|target|2024']);
  });
  it('should not support the 开发 of 开发区 as a verb of the count after it (建成省级经济开发区2个)', () => {
    expect(brief(indicators('全县建成省级经济开发区2个，开发区规上工业产值达到300亿元。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['省级经济开发区', '开发区规上工业产值']);
  });
});

describe('lengths of standards and tolerances (厘米, 毫米, ±)', () => {
  it('should support 厘米 and 毫米 as units of a standard, and ± as a tolerance bounded at the number', () => {
    expect(brief(indicators('耕作层厚度不低于20厘米，排水沟底宽误差控制在±5厘米以内。', ANNUAL_2024))).toEqual([
      '耕作层厚度|20|厘米|>=|target|2024',
      '排水沟底宽误差|5|厘米|<=|target|2024',
    ]);
    expect(brief(indicators('新建雨水管道管径不小于800毫米。', ANNUAL_2024))).toEqual(['新建雨水管道管径|800|毫米|>=|target|2024']);
  });
  it('should not support 米 of 厘米 as a unit of its own, nor 毫米 after a Chinese numeral', () => {
    expect(brief(indicators('耕作层厚度不低于20厘米。', ANNUAL_2024)).map((b) => b.split('|')[2])).toEqual(['厘米']);
    expect(indicators('差之毫米，谬以千里。', ANNUAL_2024)).toEqual([]);
  });
});
