// How targets of plans outside health are phrased (住建, 民政/养老, 碳达峰, 科技, 商务, 文旅体育, 安全生产, 营商环境):
// verbs, units and comparators of those sectors, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('net increase of a stock (净增)', () => {
  it('should support 净增 after its subject and before its object, as 新增', () => {
    expect(brief(indicators('外贸备案企业净增200家，经营主体净增3万户，净增规上工业企业50家。', ANNUAL_2024))).toEqual([
      '外贸备案企业净增|200|家|=|target|2024',
      '经营主体净增|3|万户|=|target|2024',
      '规上工业企业|50|家|=|target|2024',
    ]);
  });
  it('should not support 净增 without a number', () => {
    expect(indicators('力争市场主体数量实现净增。', ANNUAL_2024)).toEqual([]);
  });
});

describe('death rates of work-safety statistics, written without a unit', () => {
  it('should support a bare number after the predicate of a 死亡率 whose base is in its name', () => {
    expect(brief(indicators('亿元地区生产总值生产安全事故死亡率控制在0.02以内，道路交通事故万车死亡率下降到1.6以下，煤矿百万吨死亡率控制在0.05以下。', ANNUAL_2024))).toEqual([
      '亿元地区生产总值生产安全事故死亡率|0.02||<=|target|2024',
      '道路交通事故万车死亡率|1.6||<=|target|2024',
      '煤矿百万吨死亡率|0.05||<=|target|2024',
    ]);
  });
  it('should support a death rate written with its unit as before', () => {
    expect(brief(indicators('婴儿死亡率控制在4‰以下，孕产妇死亡率下降到10/10万。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|‰', '10|/10万']);
  });
  it('should not support a bare number that no predicate sets (死亡率统计口径调整为3类)', () => {
    expect(indicators('道路交通事故万车死亡率统计口径调整，涉及3个部门。', ANNUAL_2024)).toEqual([]);
  });
});

describe('accidents counted in 起', () => {
  it('should support 起 as the count of accidents and incidents', () => {
    expect(brief(indicators('较大事故起数控制在2起以内，全年发生较大及以上生产安全事故不超过1起。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '2|起|<=',
      '1|起|<=',
    ]);
  });
  it('should not support 起 after a date or a Chinese numeral (自2025年3月1日起, 一起)', () => {
    expect(indicators('本办法自2025年3月1日起施行，各部门一起推进。', ANNUAL_2024)).toEqual([]);
  });
});

describe('places in a ranking (位次, 排名)', () => {
  it('should support a rank bound written 前N名 / 前N位 as <= and a rise written 前移N位 as a change', () => {
    expect(brief(indicators('全市创新指数在全省的位次保持前3名，营商环境评价在全省位次前移2位。', ANNUAL_2024))).toEqual([
      '创新指数在全省的位次|3|名|<=|target|2024',
      '营商环境评价在全省位次|2|位|=|change|2024',
    ]);
  });
  it('should not support 前 inside words that bound nothing (学前三年, 提前两年, 岗前)', () => {
    expect(brief(indicators('学前三年毛入园率达到95%，提前两年完成任务，养老护理员岗前培训率100%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '学前三年毛入园率|95',
      '养老护理员岗前培训率|100',
    ]);
  });
  it('should not support 前 of a deadline further left in the predicate (年底前完成2家)', () => {
    // (named with the works done on the institutions counted: works-on-institutions.test.ts)
    expect(brief(indicators('年底前完成2家镇卫生院医养结合改造。', ANNUAL_2024))).toEqual(['镇卫生院医养结合改造|2|家|=|target|2024']);
  });
  it('should support a rank cut before 的 as part of the name of what the metric after it counts (前1%的学科数)', () => {
    expect(brief(indicators('力争进入ESI全球前1%的学科数达到30个。', ANNUAL_2024))).toEqual(['进入ESI全球前1%的学科数|30|个|=|target|2024']);
    expect(brief(indicators('排名全省前10位的企业达到5家以上。', ANNUAL_2024))).toEqual(['排名全省前10位的企业|5|家|>=|target|2024']);
  });
  it('should not support 前 that closes a deadline right before a count as a rank bound (2026年底前100家)', () => {
    expect(brief(indicators('2026年底前100家重点企业完成改造。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'))).not.toContain('2026年底|100|家|<=');
    expect(brief(indicators('6月底前1000户的改造任务完成80%。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['80|%|=']);
  });
  it('should not support a rank cut with no metric counted after it as part of a name (进入全国前10名)', () => {
    expect(brief(indicators('力争进入全国前10名。', ANNUAL_2024))).toEqual(['进入全国|10|名|<=|target|2024']);
  });
  it('should not support 位 after a Chinese numeral (三位一体, 两位数)', () => {
    expect(indicators('构建三位一体工作格局，保持两位数增长。', ANNUAL_2024)).toEqual([]);
  });
});

describe('people and households a work reaches (惠及)', () => {
  it('should support 惠及 as a verb that sets the count of its object and stays in its name, in a review and in a plan', () => {
    expect(brief(indicators('2023年，全市完成城镇老旧小区改造126个，惠及居民2.1万户。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 5).join('|'))).toEqual([
      '城镇老旧小区改造|126|个|=|actual',
      '惠及居民|2.1|万户|=|actual',
    ]);
    expect(brief(indicators('全年惠及群众3.2万人。', ANNUAL_2024))).toEqual(['惠及群众|3.2|万人|=|target|2024']);
  });
  it('should not support 惠及 without a count (惠及面进一步扩大)', () => {
    expect(indicators('惠及面进一步扩大，惠及更多群众。', ANNUAL_2024)).toEqual([]);
  });
});

describe('jobs and people a project brings in (带动, 吸纳)', () => {
  it('should support 带动 and 吸纳 as verbs that set the count of their object and stay in its name', () => {
    expect(brief(indicators('重点项目带动就业800人，吸纳农村劳动力就业3000人。', ANNUAL_2024))).toEqual([
      '带动就业|800|人|=|target|2024',
      '吸纳农村劳动力就业|3000|人|=|target|2024',
    ]);
  });
  it('should not support 带动 without a count (发挥龙头企业带动作用)', () => {
    expect(brief(indicators('发挥龙头企业带动作用，培育龙头企业10家。', ANNUAL_2024))).toEqual(['龙头企业|10|家|=|target|2024']);
  });
});

describe('cases investigated and solved (查处, 侦破)', () => {
  it('should support 查处 and 侦破 as verbs that set the count of their object and stay in its name', () => {
    expect(brief(indicators('立案查处食品安全案件120件，侦破电信网络诈骗案件300起。', ANNUAL_2024))).toEqual([
      '查处食品安全案件|120|件|=|target|2024',
      '侦破电信网络诈骗案件|300|起|=|target|2024',
    ]);
  });
  it('should not support 查处 without a count', () => {
    expect(indicators('依法查处各类违法行为，形成有力震慑。', ANNUAL_2024)).toEqual([]);
  });
});

describe('projects signed (新签约, 签约引进)', () => {
  it('should support 新签约 and 签约引进 as verbs that set the count of their object and stay in its name', () => {
    expect(brief(indicators('全年新签约亿元以上项目60个，签约引进重大产业项目20个。', ANNUAL_2024))).toEqual([
      '新签约亿元以上项目|60|个|=|target|2024',
      '签约引进重大产业项目|20|个|=|target|2024',
    ]);
  });
  it('should not support 签约 alone as the verb of a rate (家庭医生签约百分百 keeps 签约 in its name)', () => {
    expect(brief(indicators('家庭医生签约百分百。', ANNUAL_2024))).toEqual(['家庭医生签约|100|%|=|target|2024']);
  });
});

describe('volumes and amounts of statistics given with their value and no verb (amountHeads)', () => {
  it('should support a value right after a 量/额/收入 statistic in a target list', () => {
    expect(brief(indicators('发明专利授权量1200件，技术合同成交额80亿元，一般公共预算收入85亿元，全社会用电量120亿千瓦时。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '发明专利授权量|1200|件',
      '技术合同成交额|80|亿元',
      '一般公共预算收入|85|亿元',
      '全社会用电量|120|亿千瓦时',
    ]);
  });
  it('should not support them as heads that end the conjuncts of a shared name (水果、蔬菜、茶叶产量)', () => {
    expect(brief(indicators('水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['水果产量', '蔬菜产量', '茶叶产量']);
  });
  it('should not support a value after a word that only ends like one (项目总投资4.68亿元 names no statistic of the list)', () => {
    expect(indicators('项目总投资4.68亿元，建设周期2年。', ANNUAL_2024)).toEqual([]);
  });
});

describe('conjuncts written in full', () => {
  it('should support a first conjunct that already ends as the last one does as a whole metric', () => {
    expect(brief(indicators('城镇居民人均可支配收入和农村居民人均可支配收入分别达到5.5万元和2.6万元。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
    expect(brief(indicators('制造业贷款余额、科技贷款余额均增长12%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['制造业贷款余额', '科技贷款余额']);
  });
  it('should not support it for conjuncts that share the last one\'s tail (全人群和重点人群签约率)', () => {
    expect(brief(indicators('全人群和重点人群签约率提升1-3个百分点。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['全人群签约率', '重点人群签约率']);
  });
});

describe('counts named as statistics (起数, 件数, 户数)', () => {
  it('should support 事故起数 as a whole metric before 和', () => {
    expect(brief(indicators('生产安全事故起数和死亡人数分别下降10%和8%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '生产安全事故起数|10',
      '生产安全事故死亡人数|8',
    ]);
  });
});

describe('a distributed list whose values are of different kinds', () => {
  it('should support one value per metric after 分别, a count and a rate', () => {
    expect(brief(indicators('城乡居民医保参保人数和参保率分别达到50万人和95%以上。', ANNUAL_2024))).toEqual([
      '城乡居民医保参保人数|50|万人|>=|target|2024',
      '参保率|95|%|>=|target|2024',
    ]);
  });
  it('should not support it without a distributor: a value of another kind opens the next metric', () => {
    expect(brief(indicators('居民健康素养水平30%、15岁以上人群吸烟率20%以下。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['居民健康素养水平', '15岁以上人群吸烟率']);
  });
});

describe('a rate of pairs (A与B…合作率)', () => {
  it('should support A与B before a relation word as one metric', () => {
    expect(brief(indicators('养老机构与医疗卫生机构签约合作率保持100%，中小学与社区结对共建率达到90%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '养老机构与医疗卫生机构签约合作率|100',
      '中小学与社区结对共建率|90',
    ]);
  });
  it('should not support it without a relation word: A和B…率 are two rates', () => {
    expect(brief(indicators('公立医院和民营医院签约率分别达到80%和60%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['公立医院签约率|80', '民营医院签约率|60']);
  });
});

describe('verbs of what sector plans deliver (储备, 交付, 安置, 救助, 承办, 转化, 兑现, 减免, 化解)', () => {
  it('should support them as verbs that set the count or amount of their object and stay in its name', () => {
    expect(brief(indicators('谋划储备重大项目200个，安置退役军人300人，救助困难群众2万人次，承办省级以上体育赛事10场次，转化科技成果100项，减免税费15亿元，化解存量债务20亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '储备重大项目|200|个',
      '安置退役军人|300|人',
      '救助困难群众|2|万人次',
      '承办省级以上体育赛事|10|场次',
      '转化科技成果|100|项',
      '减免税费|15|亿元',
      '化解存量债务|20|亿元',
    ]);
  });
  it('should not support them inside a rate\'s name (科技成果转化率) or without a count', () => {
    expect(brief(indicators('科技成果转化率达到30%，安置房建设有序推进。', ANNUAL_2024))).toEqual(['科技成果转化率|30|%|=|target|2024']);
  });
});

describe('a verb that begins a compound noun before the number (招聘会, 培训班, 安置房)', () => {
  it('should support the verb before it as the one that governs the count', () => {
    expect(brief(indicators('全年举办招聘会100场，交付安置房5000套。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['招聘会|100', '交付安置房|5000']);
  });
  it('should support it when the object before it lists kinds (消防、燃气等专题培训班)', () => {
    expect(brief(indicators('举办危化品、燃气等专题培训班24期。', ANNUAL_2024))).toEqual(['危化品、燃气等专题培训班|24|期|=|target|2024']);
    expect(brief(indicators('组织退役军人、高校毕业生专场招聘会15场。', ANNUAL_2024))).toEqual(['退役军人、高校毕业生专场招聘会|15|场|=|target|2024']);
  });
  it('should not support it across a list of verbs (新建、改造城乡公厕30座)', () => {
    expect(brief(indicators('新建、改造城乡公厕30座。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['城乡公厕']);
  });
});

describe('multiples written in Chinese numerals (提高一倍)', () => {
  it('should support 一倍/两倍 after a change verb and 三倍 after a target verb', () => {
    expect(brief(indicators('高新技术产业产值提高一倍，技术合同成交额增长两倍，数字经济规模达到2020年的三倍。', ANNUAL_2024))).toEqual([
      '高新技术产业产值|1|倍|=|change|2024',
      '技术合同成交额|2|倍|=|change|2024',
      '数字经济规模|3|倍|=|target|2024',
    ]);
  });
  it('should not support a multiple that no verb or bound sets (以百倍的信心)', () => {
    expect(indicators('以百倍的信心和决心，推动工作成倍增长。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a sentence opened by a word for the past year (过去一年，…) in an annual plan', () => {
  it('should support it as a review of the year before the plan\'s, until a sentence opens with the plan\'s year (今年)', () => {
    expect(brief(indicators('过去一年，新增城镇就业2.3万人，引进亿元以上项目85个。今年，力争完成投资65亿元。', ANNUAL_2024))).toEqual([
      '新增城镇就业|2.3|万人|=|actual|2023',
      '亿元以上项目|85|个|=|actual|2023',
      '完成投资|65|亿元|=|target|2024',
    ]);
  });
  it('should not support the word inside a sentence (对比过去一年的工作)', () => {
    expect(brief(indicators('我们对比过去一年的工作，新增就业1万人。', ANNUAL_2024))).toEqual(['新增就业|1|万人|=|target|2024']);
  });
  it('should not support it in a plan of several years', () => {
    expect(brief(indicators('过去一年，新增城镇就业2.3万人。')).map((b) => b.split('|')[4])).toEqual(['target']);
  });
});

describe('values spread by 分别 over items that carry their own values', () => {
  it('should support one growth rate for each item named before, not names that hold the values', () => {
    expect(brief(indicators('2023年全市接待游客6500万人次、旅游收入720亿元，分别增长12%、15%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '接待游客|6500|万人次',
      '旅游收入|720|亿元',
      '接待游客|12|%',
      '旅游收入|15|%',
    ]);
  });
  it('should not support it where 分别 has a list of names of its own (A、B分别增长…)', () => {
    expect(brief(indicators('进口、出口分别增长5%和10%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['进口|5', '出口|10']);
  });
});

describe('visits of tourism statistics (接待游客)', () => {
  it('should support 接待 as a verb that stays in the name of the visits it counts', () => {
    expect(brief(indicators('全年接待游客8500万人次。', ANNUAL_2024))).toEqual(['接待游客|8500|万人次|=|target|2024']);
  });
});

describe('totals paid out under a support policy (发放, 兑现, 拨付, 下达)', () => {
  it('should support a sum in 万元/亿元 after a disbursing verb as an amount to deliver, not a standard', () => {
    expect(brief(indicators('发放技能提升补贴2000万元，拨付养老服务补贴3000万元。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '技能提升补贴|2000|万元',
      '养老服务补贴|3000|万元',
    ]);
  });
  it('should not support what one beneficiary receives (发放一次性补贴2000元, 给予一次性奖励50万元)', () => {
    expect(indicators('为符合条件的企业发放一次性补贴2000元，给予一次性奖励50万元。', ANNUAL_2024)).toEqual([]);
  });
});

describe('nearly (近, 接近) before a count, an amount or a rate', () => {
  it('should support 近/接近 as ~ before a count, an amount or a rate', () => {
    expect(brief(indicators('培育规上企业近300家，完成投资近3亿元，覆盖率接近90%。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '300|家|~',
      '3|亿元|~',
      '90|%|~',
    ]);
  });
  it('should not support 近 before a duration (近3年来), nor 附近/最近', () => {
    expect(brief(indicators('近3年来，新增就业2万人。在项目附近3公里范围内，最近5年完成。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2|万人']);
  });
});

describe('entities registered in an evaluation list (入库)', () => {
  it('should support 入库 as a verb that sets the count of its object', () => {
    expect(brief(indicators('评价入库科技型中小企业800家。', ANNUAL_2024))).toEqual(['科技型中小企业|800|家|=|target|2024']);
  });
  it('should not support it inside a rate\'s name (入库率)', () => {
    expect(brief(indicators('科技型中小企业入库率达到90%。', ANNUAL_2024))).toEqual(['科技型中小企业入库率|90|%|=|target|2024']);
  });
});

describe('a later count of a list named by its subject and its own verb', () => {
  it('should support the subject of the name before with this count\'s verb (棚户区改造新开工…、基本建成…)', () => {
    expect(brief(indicators('棚户区改造新开工1500套、基本建成1200套。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '棚户区改造新开工|1500',
      '棚户区改造基本建成|1200',
    ]);
  });
  it('should not support it for a name that starts with its verb (新建高标准农田…，改造提升…)', () => {
    expect(brief(indicators('新建高标准农田3000亩，改造提升2000亩。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['新建高标准农田', '改造提升高标准农田']);
  });
});

describe('保障性 (affordable) at the start of a metric', () => {
  it('should support 保障性住房 whole, not 保障 as a lead word', () => {
    expect(brief(indicators('保障性住房开工3000套，保障性租赁住房筹集5000套。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['保障性住房开工', '保障性租赁住房筹集']);
  });
  it('should not support 保障 "ensure" as part of the metric', () => {
    expect(brief(indicators('保障群众用水安全，供水保证率达到95%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['供水保证率']);
  });
});

describe('words of a metric that begin with a lead word (对外, 对口, 要素)', () => {
  it('should support them whole', () => {
    expect(brief(indicators('对外贸易依存度提高到30%，对口支援资金达到2亿元，要素市场交易额突破50亿元。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '对外贸易依存度',
      '对口支援资金',
      '要素市场交易额',
    ]);
  });
  it('should not support 要 as a word of the metric (要确保…)', () => {
    expect(brief(indicators('要确保覆盖率达到90%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['覆盖率']);
  });
});

describe('新设 (market entities registered)', () => {
  it('should support 新设 as a verb with the count of its object', () => {
    expect(brief(indicators('2025年，全区新设经营主体1.2万户，同比增长12.5%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '经营主体|1.2|万户',
      '经营主体|12.5|%',
    ]);
  });
  it('should not support 新设 opening its object inside 新设置', () => {
    expect(brief(indicators('新设置公益性岗位100个。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['公益性岗位']);
  });
});

describe('two counts of one object joined by 和 (新增学位3000个和2400个)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));
  it('should support the second count as the same object, and 和 before a number as no noun', () => {
    expect(names('新增学位3000个和2400个。')).toEqual(['学位|3000|个', '学位|2400|个']);
    expect(names('分别建成学校3所和5所。')).toEqual(['学校|3|所', '学校|5|所']);
  });
  it('should support 分别 opening a clause as no part of its metric', () => {
    expect(names('新建学校5所、幼儿园8所，分别增加学位3000个和2400个。')).toEqual(['学校|5|所', '幼儿园|8|所', '增加学位|3000|个', '增加学位|2400|个']);
  });
  it('should not support 和 opening a word as a joiner (和美乡村)', () => {
    expect(names('建设5个和美乡村。')).toEqual(['和美乡村|5|个']);
  });
});

describe('kinds of work listed before the counts a distributor gives them (食品、药品抽检分别为3000批次、500批次)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));
  it('should support one count for each kind, named by the kind and the work they share', () => {
    expect(names('全年完成兽药、饲料抽检分别为400批次、260批次。')).toEqual(['兽药抽检|400|批次', '饲料抽检|260|批次']);
    expect(names('农药、化肥监督抽查分别达到120批次和90批次。')).toEqual(['农药监督抽查|120|批次', '化肥监督抽查|90|批次']);
  });
  it('should not support parting a count whose list of kinds is not as long as its values', () => {
    expect(names('兽药、饲料抽检分别为400批次。')).toEqual(['兽药、饲料抽检|400|批次']);
  });
});

describe('a verb before the first of the things a distributor counts (新增A、B分别达到50家和30家)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));
  it('should support the verb counting each thing, named as one thing it counts is', () => {
    expect(names('新增国家级孵化器、省级众创空间分别达到4家和9家。')).toEqual(['国家级孵化器|4|家', '省级众创空间|9|家']);
    expect(names('培训社区网格员、小区物业管理人员分别达到800人次和600人次。')).toEqual(['培训社区网格员|800|人次', '培训小区物业管理人员|600|人次']);
  });
  it('should support places or people listed before an institution or population as whole nouns', () => {
    expect(names('新建市级工程研究中心、企业技术中心分别为6家和12家。')).toEqual(['市级工程研究中心|6|家', '企业技术中心|12|家']);
  });
  it('should not support an institution before a staff noun as a whole noun: it owns the staff (乡镇卫生院、村卫生室医务人员)', () => {
    expect(names('到2028年，社区卫生服务中心、村卫生室医务人员分别达到300人和500人。')).toEqual(['社区卫生服务中心医务人员|300|人', '村卫生室医务人员|500|人']);
  });
  it('should not support a verb that starts a noun (培训机构) or a term (新增城镇就业) as a verb over the list', () => {
    expect(names('培训机构、托育机构分别达到50家和30家。')).toEqual(['培训机构|50|家', '托育机构|30|家']);
    expect(names('新增城镇就业、农村劳动力转移就业分别为1.2万人和8000人。')).toEqual(['新增城镇就业|1.2|万人', '农村劳动力转移就业|8000|人']);
  });
});

describe('a bound after one member of a list of objects (培育A 40家以上、B 5家)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'));
  it('should support the verb counting each object, with the bound its own member\'s', () => {
    expect(names('新培育专精特新中小企业40家以上、单项冠军企业5家。')).toEqual(['新培育专精特新中小企业|40|家|>=', '单项冠军企业|5|家|=']);
  });
  it('should support a bound after the last value as the whole list\'s', () => {
    expect(names('血压控制率、血糖控制率分别达到60%和55%以上。')).toEqual(['血压控制率|60|%|>=', '血糖控制率|55|%|>=']);
  });
  it('should not support a bound after an earlier value as a later one\'s', () => {
    expect(names('血压控制率、血糖控制率分别达到60%以上和55%。')).toEqual(['血压控制率|60|%|>=', '血糖控制率|55|%|=']);
  });
});

describe('调整 (routes a 交通 plan adjusts)', () => {
  it('should support 调整 after a list of verbs as the verb of the count', () => {
    expect(brief(indicators('新开通、优化调整公交线路8条。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['公交线路|8|条']);
  });
  it('should not support 调整 with no count', () => {
    expect(indicators('调整优化产业结构。', ANNUAL_2024)).toEqual([]);
  });
});

describe('全力 opening a clause', () => {
  it('should support 全力 as no part of the metric (全力争取…资金30亿元以上)', () => {
    expect(brief(indicators('全力争取中央预算内投资和专项债券资金30亿元以上。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['中央预算内投资和专项债券资金']);
  });
});

describe('a one-character object (新设 inside 新设备)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));
  it('should not support the end of a word a verb was found inside as the object', () => {
    expect(names('购置新设备100台。')).not.toContain('备|100|台');
  });
  it('should support 购置 counting what is bought, and 台套 as one unit', () => {
    expect(names('购置救护车10辆，更新设备200台套。')).toEqual(['救护车|10|辆', '设备|200|台套']);
  });
});
