// How targets of 生态环境, 安全生产/应急管理, 市场监管 and 自然资源 plans are phrased: their units, verbs and the way
// they count, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { compileIndicatorGrammar } from '../../src/grammar/indicators.js';
import { GrammarError } from '../../src/grammar/load.js';
import type { IndicatorGrammarSource } from '../../src/grammar/schemas.js';
import { loadShippedYaml } from '../../src/grammar/source.js';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';


describe('yearly capacities of works (吨/年, 立方米/年)', () => {
  it('should support a capacity per year as one unit, as the daily ones', () => {
    expect(names('危险废物利用处置能力达到25万吨/年，再生水利用能力达到1000万立方米/年。', MULTI_YEAR)).toEqual([
      '危险废物利用处置能力|25|万吨/年',
      '再生水利用能力|1000|万立方米/年',
    ]);
  });
  it('should not support /年 after a plain amount of a year (每年处理垃圾5万吨)', () => {
    expect(names('每年处理生活垃圾5万吨。', MULTI_YEAR).map((n) => n.split('|')[2])).toEqual(['万吨']);
  });
});

describe('measuring instruments counted in 台件', () => {
  it('should support 台件 as one unit, not 台 and a noun 件', () => {
    expect(names('完成强制检定计量器具32万台件。')).toEqual(['强制检定计量器具|32|万台件']);
  });
  it('should support 台 alone as before', () => {
    expect(names('购置执法检测设备20台。')).toEqual(['执法检测设备|20|台']);
  });
});

describe('what is closed down (关闭, 退出, 关闭退出, 取缔)', () => {
  it('should support the verbs of closing as object verbs of the count after their object', () => {
    expect(names('依法关闭退出非煤矿山2座，关闭落后化工企业5家，取缔非法采砂点12处。')).toEqual([
      '非煤矿山|2|座',
      '落后化工企业|5|家',
      '非法采砂点|12|处',
    ]);
  });
  it('should not support a closing verb with no number (建立健全企业退出机制，依法关闭违规场所)', () => {
    expect(indicators('建立健全企业退出机制，依法关闭违规场所。', ANNUAL_2024)).toEqual([]);
  });
});

describe('parts after 其中 counted per showing or per batch (场次 and 场, 批次 and 批, 轮次 and 轮)', () => {
  it('should support a part in 场 of a total in 场次, and the other pairs', () => {
    expect(names('全年组织开展各类应急演练不少于60场次，其中县级综合应急演练2场、乡镇演练26场。')).toEqual([
      '组织开展各类应急演练|60|场次',
      '县级综合应急演练|2|场',
      '乡镇演练|26|场',
    ]);
    expect(names('完成食品安全抽检1.2万批次，其中农产品3000批。')).toEqual(['食品安全抽检|1.2|万批次', '农产品|3000|批']);
    expect(names('开展专项督查3轮次，其中暗访2轮。')).toEqual(['专项督查|3|轮次', '暗访|2|轮']);
  });
  it('should not support a part in a unit that counts other things (20期 and 5场)', () => {
    expect(names('举办培训班20期，其中专题班5场。')).toEqual(['培训班|20|期']);
  });
});

describe('sameAs in the grammar', () => {
  it('should not support a sameAs that names no unit of the grammar', () => {
    const source = loadShippedYaml('indicators') as IndicatorGrammarSource;
    const units = source.units.map((u) => (u.unit === '场次' ? { ...u, sameAs: '场子' } : u));
    expect(() => compileIndicatorGrammar({ ...source, units })).toThrow(GrammarError);
    expect(() => compileIndicatorGrammar({ ...source, units })).toThrow(/sameAs: unknown unit 场子/u);
  });
});

describe('全年 in a paragraph that opens with the year before an annual plan’s', () => {
  const ANNUAL_2026 = { years: [2026, 2026] as [number, number], annual: true };
  it('should support 全年 as the past year carried from the sentence that opens the paragraph, up to the plan year', () => {
    expect(brief(indicators('2025年，全市各项工作取得新成效。全年新增经营主体6.8万户，经营主体总量达到63.2万户。2026年，全年新增经营主体7万户以上。', ANNUAL_2026))).toEqual([
      '经营主体|6.8|万户|=|actual|2025',
      '经营主体总量|63.2|万户|=|actual|2025',
      '经营主体|7|万户|>=|target|2026',
    ]);
  });
  it('should not support a carried year for 全年 after 今年 or in a paragraph with no past year', () => {
    expect(brief(indicators('2025年，全市各项工作取得新成效。今年，全年新增经营主体7万户以上。', ANNUAL_2026))).toEqual(['经营主体|7|万户|>=|target|2026']);
    expect(brief(indicators('全年新增经营主体7万户以上，年底前完成电梯更新改造120台。', ANNUAL_2026)).map((b) => b.split('|').slice(4).join('|'))).toEqual([
      'target|2026',
      'target|2026',
    ]);
  });
});

describe('one thing counted in two units straight after each other (320户1100人)', () => {
  it('should support households and people counted together, each an item of the same object', () => {
    expect(names('完成地质灾害隐患点搬迁避让320户1100人。')).toEqual(['地质灾害隐患点搬迁避让|320|户', '地质灾害隐患点搬迁避让|1100|人']);
    expect(names('惠及困难群众3000户1.2万人。')).toEqual(['惠及困难群众|3000|户', '惠及困难群众|1.2|万人']);
  });
  it('should not support the second count as the noun of the first, nor change a count with its own noun (新建学校3所5000个学位)', () => {
    expect(names('改造农村危房300户900人。').map((n) => n.split('|')[0])).toEqual(['农村危房', '农村危房']);
    expect(names('新建学校3所5000个学位。')).toEqual(['学校|3|所', '学位|5000|个']);
  });
  it('should support the second count after a 、 (培训4期、600人次), each an item of the same object', () => {
    expect(names('全年举办基层网格员业务培训6期、900人次。')).toEqual(['举办基层网格员业务培训|6|期', '举办基层网格员业务培训|900|人次']);
    expect(names('完成农村危房改造260户、810人。')).toEqual(['农村危房改造|260|户', '农村危房改造|810|人']);
  });
  it('should not support a later count with a noun of its own after a 、 as the same object (30个、床位600张)', () => {
    expect(names('新建村级养老服务站30个、床位600张。')).toEqual(['村级养老服务站|30|个', '床位|600|张']);
  });
});

describe('a bounded figure in the condition of a measure (对…的, 凡…的)', () => {
  it('should not support a bounded count, amount or rate before 的 in a clause that opens with 对 or 凡', () => {
    expect(indicators('对发生较大事故2起以上的乡镇实行约谈。', ANNUAL_2024)).toEqual([]);
    expect(indicators('凡吸纳就业50人以上的企业，给予一次性奖励。', ANNUAL_2024)).toEqual([]);
    expect(indicators('对考核优秀率达到90%以上的单位给予通报表扬。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a bounded target after 对 that no 的 turns into a condition', () => {
    expect(names('对重点企业开展执法检查不少于200家次。')).toEqual(['重点企业开展执法检查|200|家次']);
  });
});

describe('accidents that occurred (发生…N起, 死亡N人)', () => {
  const ANNUAL_2026 = { years: [2026, 2026] as [number, number], annual: true };
  it('should support 发生 with the kind of accident between it and the count, and the casualties listed after it', () => {
    expect(brief(indicators('2025年，全县共发生各类生产安全事故11起、死亡8人，同比分别下降21.4%和27.3%。', ANNUAL_2026))).toEqual([
      // 各类 is a quantifier of scope, dropped as 全县 is (regulation-safety-phrasing.test.ts).
      '生产安全事故|11|起|=|actual|2025',
      '死亡|8|人|=|actual|2025',
      '生产安全事故|21.4|%|=|actual|2025',
      '死亡|27.3|%|=|actual|2025',
    ]);
  });
  it('should not support 发生 with no count, nor a count named before a bounded grade of accidents (死亡3人以上的较大事故)', () => {
    expect(indicators('严防发生重特大事故，严防一次死亡3人以上的较大事故。', ANNUAL_2026)).toEqual([]);
  });
});

describe('a bare count before the set a rate is measured over (12个国省考断面水质优良比例)', () => {
  const REVIEW = { ...MULTI_YEAR, review: true };
  it('should not support the count in a review, where counts need no verb, when a rate of that set follows in its clause', () => {
    expect(names('2020年，12个国省考断面水质优良（达到或好于Ⅲ类）比例达到100%，5个县（区）空气质量优良天数比率均达到90%以上。', REVIEW).map((n) => n.split('|').slice(1).join('|'))).toEqual([
      '100|%',
      '90|%',
    ]);
  });
  it('should support a count its own verb sets, or one in a clause of its own, before a rate', () => {
    expect(names('建成12个监测站点，覆盖率达到90%。', REVIEW)).toEqual(['监测站点|12|个', '覆盖率|90|%']);
    expect(names('整治河道12条，水质达标率提高到90%。', REVIEW).map((n) => n.split('|').slice(1).join('|'))).toEqual(['12|条', '90|%']);
  });
});

describe('a sentence that opens with a sum over years (五年累计, 五年来) after a dated one', () => {
  const REVIEW = { ...MULTI_YEAR, review: true };
  it('should support totals over the years with no year, and the sentences after it dated again', () => {
    expect(brief(indicators('2020年，全市PM2.5平均浓度下降到36微克/立方米。五年累计淘汰燃煤锅炉216台，投入资金86.3亿元。森林覆盖率达到48.9%。', REVIEW)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '36|微克/立方米|=|actual|2020',
      '216|台|=|actual|',
      '86.3|亿元|=|actual|',
      '48.9|%|=|actual|2020',
    ]);
  });
  it('should not support a change for a total over the plan’s own years, which is due by its last year', () => {
    expect(brief(indicators('到2025年，全市新建污水管网480公里。五年累计新增绿化面积30万亩。', MULTI_YEAR)).map((b) => b.split('|').slice(4).join('|'))).toEqual([
      'target|2025',
      'target|2025',
    ]);
  });
});

describe('a class in Roman or Chinese numerals straight before a count (Ⅱ类4个)', () => {
  it('should support only the counts of a breakdown by class, not the classes', () => {
    expect(names('新建标准化应急避难场所12个，其中Ⅰ类2个、Ⅱ类4个、Ⅲ类6个。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['12|个', '2|个', '4|个', '6|个']);
    expect(names('创建一类示范企业3家、二类10家。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['3|家', '10|家']);
  });
  it('should support a class a verb sets as the level of a standard, as before', () => {
    expect(names('镇管河道断面水质稳定在Ⅳ类及以上。')).toEqual(['镇管河道断面水质|4|类']);
  });
});

describe('substances listed before a shared tail (氮氧化物和挥发性有机物重点工程减排量)', () => {
  it('should support the tail after the last group when both groups end in the same character', () => {
    expect(names('氮氧化物和挥发性有机物重点工程减排量分别达到1.8万吨和0.9万吨。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual([
      '氮氧化物重点工程减排量',
      '挥发性有机物重点工程减排量',
    ]);
  });
  it('should support parallel groups of equal length as before (门诊和住院次均费用)', () => {
    expect(names('门诊和住院次均费用分别控制在300元和8000元以内。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['门诊次均费用', '住院次均费用']);
  });
});

describe('a zero written without a unit (劣Ⅴ类断面比例为0)', () => {
  it('should support a bare 0 as the value of the metric whose head stands right before its verb', () => {
    expect(brief(indicators('地表水国控断面水质优良比例达到88.9%，劣Ⅴ类断面比例为0，劣V类水体比例降至0。', MULTI_YEAR))).toEqual([
      '地表水国控断面水质优良比例|88.9|%|=|target|',
      '劣Ⅴ类断面比例|0||=|target|',
      '劣V类水体比例|0||=|target|',
    ]);
  });
  it('should not support another bare number, a zero that no metric head precedes, nor 零 in prose', () => {
    expect(indicators('比例为0.5，排名第0位，共0个，城市黑臭水体动态清零，实现安全事故零发生。', MULTI_YEAR)).toEqual([]);
  });
});

describe('a verb of reaching before the work a count counts (完成…改造150台)', () => {
  it('should support the work alone as the name, as 完成 before an object is left out', () => {
    expect(names('完成老旧住宅电梯更新改造150台，完成水质检测1200份。')).toEqual(['老旧住宅电梯更新改造|150|台', '水质检测|1200|份']);
  });
  it('should not support leaving out a subject that reached an amount (地区生产总值完成412.6亿元)', () => {
    expect(names('地区生产总值完成412.6亿元，完成投资120亿元。')).toEqual(['地区生产总值|412.6|亿元', '完成投资|120|亿元']);
  });
});

describe('samples inspected (抽检, 抽查)', () => {
  it('should support the count of samples after the verb, or after the goods and the verb', () => {
    expect(names('全年抽检食品1.2万批次，化妆品抽检200批次，抽查工业产品500批次。')).toEqual([
      '食品|1.2|万批次',
      '化妆品抽检|200|批次',
      '工业产品|500|批次',
    ]);
  });
  it('should not support how often a sampling step runs (每月开展抽检2次), nor nouns of testing as verbs (医学检验)', () => {
    expect(indicators('每月开展抽检2次，每季度抽查1次。', ANNUAL_2024)).toEqual([]);
    expect(names('建成医学影像、医学检验和消毒供应3个资源共享中心。')).toEqual(['资源共享中心|3|个']);
  });
});

describe('a naming verb inside the name of a size (新增储备土地1.5万亩)', () => {
  it('should support the name with its verb once', () => {
    expect(names('全年新增储备土地1.5万亩。')).toEqual(['新增储备土地|1.5|万亩']);
  });
  it('should support the naming verb before an object that lacks it, as before (惠及居民2.1万户)', () => {
    expect(names('惠及居民2.1万户。')).toEqual(['惠及居民|2.1|万户']);
  });
});

describe('people moved out of danger and hazard points written off (搬迁避让, 搬迁, 核销)', () => {
  it('should support the verbs as naming verbs of the count after their object', () => {
    expect(names('核销地质灾害隐患点35处，搬迁避让群众450户1800人，搬迁企业20家。')).toEqual([
      '核销地质灾害隐患点|35|处',
      '搬迁避让群众|450|户',
      '搬迁避让群众|1800|人',
      '搬迁企业|20|家',
    ]);
  });
  it('should not support 搬迁 inside a rate’s name as a count (搬迁户安置率100%)', () => {
    expect(names('搬迁户安置率达到100%。')).toEqual(['搬迁户安置率|100|%']);
  });
});

describe('boats counted in 艘', () => {
  it('should support 艘 as a count unit (储备冲锋舟20艘、救生衣3000件)', () => {
    expect(names('储备冲锋舟20艘、救生衣3000件。')).toEqual(['储备冲锋舟|20|艘', '救生衣|3000|件']);
  });
  it('should not support 艘 after a Chinese numeral (一艘)', () => {
    expect(indicators('协调一艘船舶参与救援。', ANNUAL_2024)).toEqual([]);
  });
});

describe('hazards looked for and corrected (排查, 整改)', () => {
  it('should support 排查 before its object and 整改 with an object between it and the count', () => {
    expect(names('整改重大隐患12项，排查整改隐患1.5万处，排查隐患1.2万处。')).toEqual(['整改重大隐患|12|项', '整改隐患|1.5|万处', '排查隐患|1.2|万处']);
  });
  it('should not support the time a procedure allows (限期整改30天) nor how often a check runs (每月排查1次)', () => {
    expect(indicators('每月排查1次，限期整改30天。', ANNUAL_2024)).toEqual([]);
  });
});

describe('cases handled (查办)', () => {
  it('should support 查办 as 查处: a naming verb of the cases counted after it', () => {
    expect(names('全年查办案件1200件，查办各类违法案件2000件以上。')).toEqual(['查办案件|1200|件', '查办违法案件|2000|件']);
  });
  it('should not support 查办 without a count', () => {
    expect(indicators('依法查办一批违法案件。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a range with the multiplier on both ends (50亿—80亿元)', () => {
  it('should support both ends with the unit after the second', () => {
    expect(names('投资额50亿—80亿元，接待游客3万—5万人次，新增造林1.5万至2万亩。')).toEqual([
      '投资额|[50,80]|亿元',
      '接待游客|[3,5]|万人次',
      '新增造林|[1.5,2]|万亩',
    ]);
  });
  it('should not support ends that do not rise, nor a second multiplier that differs (5万—3万吨, 5万—3亿元)', () => {
    expect(names('力争达到5万—3万吨。').some((n) => n.includes('['))).toBe(false);
    expect(names('力争达到5万—3亿元。').some((n) => n.includes('['))).toBe(false);
  });
});

describe('a rate broken down by place after 其中 (其中县城不低于95%)', () => {
  it('should support the place’s rate named with its place in place of the whole’s', () => {
    expect(names('城镇污水处理率达到97%，其中县城不低于95%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['城镇污水处理率', '县城污水处理率']);
    expect(names('生活垃圾分类覆盖率达到90%，其中农村达到80%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['生活垃圾分类覆盖率', '农村生活垃圾分类覆盖率']);
  });
  it('should not support renaming a count or size broken down by place (其中县城200公里)', () => {
    expect(names('新建污水管网500公里，其中县城200公里。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['新建污水管网', '县城']);
  });
});

describe('places or schemes written after the metric they part, each with its own value (…覆盖率城市社区达到100%、农村社区达到90%)', () => {
  it('should support 建制镇 beside 城市 and 县城 as a place of the whole’s rate', () => {
    expect(names('城镇污水处理率达到97%，县城达到95%，建制镇达到75%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['城镇污水处理率', '县城污水处理率', '建制镇污水处理率']);
  });
  it('should support each place named first, with the words it shares with the metric written once', () => {
    expect(names('社区养老服务设施覆盖率城市社区达到100%、农村社区达到85%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual([
      '城市社区养老服务设施覆盖率',
      '农村社区养老服务设施覆盖率',
    ]);
    expect(names('住院费用政策范围内基金支付比例职工医保稳定在80%左右、居民医保达到70%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual([
      '职工医保住院费用政策范围内基金支付比例',
      '居民医保住院费用政策范围内基金支付比例',
    ]);
  });
  it('should support a place after a measure of another place in the same unit', () => {
    expect(names('平均急救反应时间城市地区不超过12分钟、农村地区不超过25分钟。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual([
      '城市地区平均急救反应时间',
      '农村地区平均急救反应时间',
    ]);
  });
  it('should not support moving a place after a name that ends in no metric head (a counted object)', () => {
    expect(names('新增建设用地农村200亩。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['新增建设用地农村']);
  });
});

describe('a place alone after a rate of another place in the same sentence (…，县级城市达到90%)', () => {
  it('should support the place’s rate of the same metric, the whole’s opening place words left out', () => {
    expect(names('地级及以上城市建成区黑臭水体消除比例达到95%以上，县级城市达到90%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual([
      '地级及以上城市建成区黑臭水体消除比例',
      '县级城市黑臭水体消除比例',
    ]);
  });
  it('should not support a place in a later sentence, which starts a statement of its own', () => {
    expect(names('农村自来水普及率达到98%。城市达到100%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['农村自来水普及率', '城市']);
  });
});

describe('the metric before, per head of population (…，每万人口达到6.2件)', () => {
  it('should support a clause that is only a denominator as the per-capita level of the metric before', () => {
    expect(names('全市高价值发明专利拥有量达到4500件，每万人口达到6.2件。').map((n) => n.split('|')[0])).toEqual(['高价值发明专利拥有量', '每万人口高价值发明专利拥有量']);
  });
  it('should not support a per-head word for a later milestone that names none (2027年达到62%)', () => {
    expect(names('森林覆盖率达到60%，2027年达到62%。').map((n) => n.split('|')[0])).toEqual(['森林覆盖率', '森林覆盖率']);
  });
});

describe('rivers measured after 公里 whose name a staff word qualifies (骨干河网)', () => {
  it('should support the river network as the noun, not the staff word 骨干 inside it', () => {
    expect(names('整治疏浚150公里骨干河网。', MULTI_YEAR)).toEqual(['骨干河网|150|公里']);
  });
  it('should not support taking a river head out of the staff counted after a unit (骨干 stays their head)', () => {
    expect(names('培养40名基层业务骨干，建成骨干河道20公里。', MULTI_YEAR)).toEqual(['基层业务骨干|40|名', '建成骨干河道|20|公里']);
  });
});
