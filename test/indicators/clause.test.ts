// The clause model: which words before a number are the metric (subject), which are predicate,
// and when the noun after the unit is the metric instead. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, type Item } from './helpers.js';

const REVIEW = { ...MULTI_YEAR, review: true };
const metrics = (items: Item[]) => items.map((i) => i.metric);

describe('the breakdown of a count in brackets', () => {
  it('should not support a bracket that opens the parts of a count (（其中：…）) as the counted noun', () => {
    expect(brief(indicators('新建水闸43座（其中：崇明岛27座、长兴岛10座）。'))).toEqual(['水闸|43|座|=|target|', '崇明岛|27|座|=|target|', '长兴岛|10|座|=|target|']);
  });
  it('should support an alternative classifier in brackets after a count as part of its unit', () => {
    expect(brief(indicators('新增智能工厂（数字化车间）12个（家）。')).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['12|个（家）']);
  });
});

describe('a share of a named total', () => {
  it('should support a bound before the total a share is taken of (不低于总量的70%, 不少于采购总额的30%)', () => {
    expect(brief(indicators('绿色建筑占新建建筑比例不低于总量的70%，中小企业合同份额不少于采购总额的30%。'))).toEqual([
      '绿色建筑占新建建筑比例|70|%|>=|target|',
      '中小企业合同份额|30|%|>=|target|',
    ]);
  });
  it('should support a bound before the base a price, cost or revenue is capped against (不高于当地平均工资的20%, 不超过上年水平的30%)', () => {
    expect(brief(indicators('普惠托育服务价格原则上不高于当地平均工资的20%，药占比不超过上年水平的30%，医疗服务收入占比不低于医疗收入的35%。'))).toEqual([
      '普惠托育服务价格|20|%|<=|target|',
      '药占比|30|%|<=|target|',
      '医疗服务收入占比|35|%|>=|target|',
    ]);
  });
  it('should not support a total after 占 as a bound\'s object (占总量的30%)', () => {
    expect(indicators('清洁能源占总量的30%。').map((i) => i.comparator)).toEqual(['=']);
  });
});

describe('conjuncts that are verbs', () => {
  it('should not support two verbs of one object joined by 和 as two metrics (新增和更新公交车中…比例)', () => {
    expect(metrics(indicators('新增和更新公交车中新能源汽车比例不低于95%。'))).toEqual(['新增和更新公交车中新能源汽车比例']);
  });
  it('should support metrics joined by 和 that share a tail', () => {
    expect(metrics(indicators('城市和农村居民健康素养水平分别达到35%和25%。'))).toEqual(['城市居民健康素养水平', '农村居民健康素养水平']);
  });
});

describe('subject: where the metric starts', () => {
  it('should support a subject that starts after an earlier item of the clause', () => {
    expect(metrics(indicators('达标率分别为：东片区42.5％、西片区80.2％、北片区7.1％。'))).toEqual(['东片区', '西片区', '北片区']);
    expect(metrics(indicators('新建改建道路12公里、桥梁3公里。'))).toEqual(['新建改建道路', '桥梁']);
  });
  it('should not support an age inside a metric name as an earlier item', () => {
    expect(metrics(indicators('孕产妇死亡率、5岁以下儿童死亡率分别控制在15/10万和6‰以内。'))).toEqual(['孕产妇死亡率', '5岁以下儿童死亡率']);
  });
  it('should support lead-ins that are no part of the metric', () => {
    expect(metrics(indicators('或者病床使用率不低于85%。'))).toEqual(['病床使用率']);
    expect(metrics(indicators('在全市中小学生中近视率每年下降1个百分点。'))).toEqual(['近视率']);
    expect(metrics(indicators('以县为单位适龄儿童接种率保持在95%以上。'))).toEqual(['适龄儿童接种率']);
    expect(metrics(indicators('（二）达标情况：河道整治率仅有37.7％。'))).toEqual(['河道整治率']);
    expect(metrics(indicators('（其中城区管网漏损率≤8％。'))).toEqual(['城区管网漏损率']);
    expect(metrics(indicators('将工业园区排水标准提高到五年一遇。'))).toEqual(['工业园区排水标准']);
    expect(metrics(indicators('按照崇明三岛主海塘全部达到200年一遇防御标准的要求推进建设。'))).toEqual(['崇明三岛主海塘']);
    expect(metrics(indicators('根据全市污水处理率达到95%的目标。'))).toEqual(['污水处理率']);
  });
  it('should not support 按照/根据 opening a clause as part of the metric', () => {
    expect(metrics(indicators('按照规定程序办结率达到95%。'))).toEqual(['规定程序办结率']);
  });
  it('should not support a frame opener that begins a word of the metric', () => {
    expect(metrics(indicators('在校学生体质健康达标率达到92%。'))).toEqual(['在校学生体质健康达标率']);
  });
  it('should support ≥ and ≤ as comparators, not metrics', () => {
    expect(brief(indicators('城镇污水处理率≥98％。'))).toEqual(['城镇污水处理率|98|％|>=|target|'].map((s) => s.replace('％', '%')));
    expect(indicators('管网漏损率≤9%。').map((i) => i.comparator)).toEqual(['<=']);
  });
  it('should support 稳定 before a verb as an adverb, not part of the metric (稳定达到, 稳定保持在)', () => {
    expect(metrics(indicators('空气质量优良天数比例稳定保持在90%以上，河道水质稳定达到Ⅲ类水及以上标准。'))).toEqual(['空气质量优良天数比例', '河道水质']);
  });
  it('should support 保持 before the number as a target verb, not part of the metric (保持100%)', () => {
    expect(brief(indicators('县级以上城市集中式饮用水水源地水质达标率保持100%。'))).toEqual(['县级以上城市集中式饮用水水源地水质达标率|100|%|=|target|']);
  });
  it('should support 每日 between the verb and the number as an adverb, not part of the metric', () => {
    expect(metrics(indicators('全市污水处理能力达到每日60万吨。'))).toEqual(['污水处理能力']);
  });
  it('should not support 保持 as the verb where 保持在 is written', () => {
    expect(brief(indicators('森林覆盖率保持在45%以上。'))).toEqual(['森林覆盖率|45|%|>=|target|']);
  });
  it('should not support the base of a comparison with last year (较上年, 比上年) in the metric', () => {
    expect(metrics(indicators('上转患者较上年增长10%，化肥农药使用量比去年减少2%。'))).toEqual(['上转患者', '化肥农药使用量']);
  });
  it('should support 城乡 with 分别 and two values as two metrics, 城镇 and 农村', () => {
    expect(metrics(indicators('城乡居民人均可支配收入分别增长4.6%和6.9%。'))).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
  it('should not support splitting 城乡 when one value covers both', () => {
    expect(metrics(indicators('城乡居民人均可支配收入增长6%。'))).toEqual(['城乡居民人均可支配收入']);
  });
  it('should support 年均 as an adverb before the verb, not a distributor 均 after a 年 of the metric', () => {
    expect(metrics(indicators('基层医疗卫生机构护士数量年均增长5%左右。'))).toEqual(['基层医疗卫生机构护士数量']);
  });
  it('should support a share written with 占', () => {
    expect(metrics(indicators('医保基金支出占医疗总费用的30%左右。'))).toEqual(['医保基金支出占医疗总费用比例']);
    expect(brief(indicators('湿地面积占全区一半以上。'))).toEqual(['湿地面积占全区比例|50|%|>=|target|']);
  });
  it('should support a share of a population named after the number', () => {
    expect(metrics(indicators('全区91.5％乡镇以上河道的水质达到Ⅲ类。'))).toEqual(['乡镇以上河道水质达到Ⅲ类比例']);
    expect(brief(indicators('三分之二以上的县达到标准。'))).toEqual(['县达到标准比例|66.67|%|>=|target|']);
  });
  it('should support a share of a population with a capability named predicate first (具备…的村卫生室比例)', () => {
    expect(metrics(indicators('70%的村卫生室具备中医药服务能力。'))).toEqual(['具备中医药服务能力的村卫生室比例']);
    expect(metrics(indicators('到2027年，80%以上的乡镇卫生院能够开展一、二级手术。'))).toEqual(['能够开展一、二级手术的乡镇卫生院比例']);
  });
  it('should not support the predicate-first name for a level reached by an attribute or a place (水质达到, 县达到)', () => {
    expect(metrics(indicators('全区91.5％乡镇以上河道的水质达到Ⅲ类。'))).toEqual(['乡镇以上河道水质达到Ⅲ类比例']);
    expect(metrics(indicators('三分之二以上的县达到标准。'))).toEqual(['县达到标准比例']);
  });
  it('should support a bounded amount inside the modifier of a rate as a word of the rate\'s name, no item (能够提供6类以上…的…占比)', () => {
    expect(brief(indicators('能够开展5类以上康复技术的乡镇卫生院占比达到70%。'))).toEqual(['能够开展5类以上康复技术的乡镇卫生院占比|70|%|=|target|']);
  });
  it('should support two counts written back to back before one bound inside the modifier of a rate as one compound, no item (6类10项以上)', () => {
    expect(brief(indicators('能够开展4类8项以上适宜康复技术的社区卫生服务站占比达到60%。'))).toEqual(['能够开展4类8项以上适宜康复技术的社区卫生服务站占比|60|%|=|target|']);
  });
  it('should not support it for two counts back to back that a rate’s name does not follow (培训3批500人)', () => {
    expect(brief(indicators('全年培训基层骨干3批500人。')).map((b) => b.split('|').slice(1, 3).join('|'))).toContain('500|人');
  });
  it('should not support dropping a bounded amount that a comma parts from the rate after it', () => {
    expect(metrics(indicators('新建康复站5个以上，康复服务覆盖率达到70%。'))).toEqual(['康复站', '康复服务覆盖率']);
  });
  it('should support the predicate-first name for a standard reached by institutions (达到…标准的乡镇卫生院比例)', () => {
    expect(metrics(indicators('到2027年，全市85%以上的乡镇卫生院达到服务能力推荐标准。'))).toEqual(['达到服务能力推荐标准的乡镇卫生院比例']);
    expect(metrics(indicators('90%的二级医院达到等级评审标准。'))).toEqual(['达到等级评审标准的二级医院比例']);
  });
  it('should support a share after a verb that sets the population to act (兼语: 推动/支持/引导/实现 N%的…)', () => {
    expect(brief(indicators('到2025年，推动60%以上的规上工业企业实施数字化改造。'))).toEqual(['规上工业企业实施数字化改造比例|60|%|>=|target|2025']);
    expect(metrics(indicators('支持30%的中小企业上云用云，引导50%以上的规上企业建立研发机构。'))).toEqual(['中小企业上云用云比例', '建立研发机构的规上企业比例']);
    expect(metrics(indicators('实现90%以上的政务服务事项全程网办。'))).toEqual(['政务服务事项全程网办比例']);
  });
  it('should not support a bounded count in what the population of a share is to do as an item of its own (6类以上)', () => {
    expect(brief(indicators('到2025年，80%以上的村卫生室能够提供6类以上中医药适宜技术服务。'))).toEqual(['能够提供6类以上中医药适宜技术服务的村卫生室比例|80|%|>=|target|2025']);
  });
  it('should support a total of two groups joined by 和 as the base of one share (达到A和B总数的30%)', () => {
    expect(brief(indicators('到2025年，社区医院数量达到乡镇卫生院和社区卫生服务中心总数的30%以上。'))).toEqual(['社区医院数量|30|%|>=|target|2025']);
  });
  it('should not support the pivot reading without the population after the share, or for a count', () => {
    expect(brief(indicators('农村自来水普及率实现95%以上。'))).toEqual(['农村自来水普及率|95|%|>=|target|']);
    expect(metrics(indicators('推动3家企业上市。'))).toEqual(['企业']);
  });
  it('should support a count right after a pivot verb as the population it sets to act (支持100所…, 督促12家…)', () => {
    expect(brief(indicators('支持50所县域普通高中改善办学条件。', ANNUAL_2024))).toEqual(['县域普通高中改善办学条件|50|所|=|target|2024']);
    expect(brief(indicators('督促12家化工企业完成泄漏检测与修复。', ANNUAL_2024))).toEqual(['完成泄漏检测与修复的化工企业|12|家|=|target|2024']);
  });
  it('should support an amount of work done named by the work, without the reach verb that opens it (完成营造林面积 → 营造林面积)', () => {
    expect(brief(indicators('全县完成营造林面积2.6万亩，完成城中村改造3000户。', ANNUAL_2024))).toEqual(['营造林面积|2.6|万亩|=|target|2024', '城中村改造|3000|户|=|target|2024']);
  });
  it('should not support dropping the reach verb from a share done, a term of its own or a modifier (完成年度目标的100%, 完成投资)', () => {
    expect(metrics(indicators('全年完成年度目标的100%以上。', ANNUAL_2024))).toEqual(['完成年度目标']);
    expect(metrics(indicators('完成投资30亿元。', ANNUAL_2024))).toEqual(['完成投资']);
    expect(metrics(indicators('督促8家企业完成挥发性有机物治理。', ANNUAL_2024))).toEqual(['完成挥发性有机物治理的企业']);
    expect(metrics(indicators('审批完成时限压缩至15个工作日。', ANNUAL_2024))).toEqual(['审批完成时限']);
  });
  it('should support what the things counted after a pivot verb or 力争 are to do or attain as their name (…的规上企业)', () => {
    expect(brief(indicators('推动80家规上企业实施智能化改造。', ANNUAL_2024))).toEqual(['实施智能化改造的规上企业|80|家|=|target|2024']);
    expect(indicators('力争4所中学通过省级示范性高中评估。', ANNUAL_2024).map((i) => [i.metric, i.text])).toEqual([['通过省级示范性高中评估的中学', '力争4所中学通过省级示范性高中评估']]);
  });
  it('should not support the act as the name when a number of its own follows in the clause (力争2个县GDP突破300亿元)', () => {
    expect(metrics(indicators('推进30个项目开工建设。', ANNUAL_2024))).toEqual(['项目']);
    expect(metrics(indicators('力争2个县地区生产总值突破300亿元。', ANNUAL_2024))).not.toContain('地区生产总值突破300亿元的县');
  });
  it('should support a count that opens its clause before a verb of attaining a standard as a target (3家卫生院达到推荐标准)', () => {
    expect(brief(indicators('新建村卫生室8所，3家乡镇卫生院达到服务能力推荐标准。', ANNUAL_2024))).toEqual([
      '村卫生室|8|所|=|target|2024',
      '达到服务能力推荐标准的乡镇卫生院|3|家|=|target|2024',
    ]);
    expect(metrics(indicators('年内6所学校通过义务教育优质均衡验收。', ANNUAL_2024))).toEqual(['通过义务教育优质均衡验收的学校']);
  });
  it('should support a scope word before a count that attains a standard (全县3所学校通过省级验收)', () => {
    expect(metrics(indicators('全县3所学校通过省级验收。', ANNUAL_2024))).toEqual(['通过省级验收的学校']);
    expect(metrics(indicators('年内5个乡镇建成区达到省级卫生乡镇标准。', ANNUAL_2024))).toEqual(['达到省级卫生乡镇标准的乡镇建成区']);
  });
  it('should not support an adverb before the verb of attaining, 建成区 or 通过 meaning "by means of" as an attained standard', () => {
    expect(indicators('5家医院已通过三级评审。', ANNUAL_2024)).toEqual([]);
    expect(indicators('3家医院将通过三级评审。', ANNUAL_2024)).toEqual([]);
    expect(indicators('10个乡镇建成区实现雨污分流。', ANNUAL_2024)).toEqual([]);
    expect(indicators('3家企业通过技术改造实现节能降耗。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support cutting the noun of a pivot count for an act that holds a number of its own (…建成社区医院、5个…)', () => {
    expect(metrics(indicators('力争10个乡镇卫生院建成社区医院、5个达到推荐标准。', ANNUAL_2024))[0]).toBe('乡镇卫生院建成社区医院');
  });
  it('should not support a count before a distributor or a stock as things to attain a standard (4家中心全部达到…, 现有…)', () => {
    expect(indicators('4家社区卫生服务中心全部达到推荐标准。', ANNUAL_2024)).toEqual([]);
    expect(indicators('全县现有5家乡镇卫生院达到推荐标准。', ANNUAL_2024)).toEqual([]);
    expect(indicators('5家乡镇卫生院。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a count of works after 推进, a pivot verb that also carries works out (推进12个重大项目)', () => {
    expect(brief(indicators('推进12个重大项目。', ANNUAL_2024))).toEqual(['重大项目|12|个|=|target|2024']);
    expect(brief(indicators('新建学校10所、推进50个项目。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['学校|10', '项目|50']);
  });
  it('should not support money after a pivot verb as a count it sets going (省级财政支持500万元)', () => {
    expect(indicators('每个项目支持100万元。', ANNUAL_2024)).toEqual([]);
    expect(brief(indicators('省级财政支持500万元。', ANNUAL_2024)).map((b) => b.split('|')[0])).not.toContain('省级财政支持');
  });
  it('should not support a pivot verb before a count in Chinese numerals or a verb apart from the count (推进二次供水改造)', () => {
    expect(indicators('持续推进二次供水改造。', ANNUAL_2024)).toEqual([]);
    expect(indicators('鼓励两家企业开展试点。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a share reading when a verb sets the value', () => {
    expect(metrics(indicators('签约率达到60%的目标。'))).toEqual(['签约率']);
  });
});

describe('object: the verb that opens the clause, then its object, then a bound and the count', () => {
  it('should support the object alone as the name where a bound stands between it and the count', () => {
    expect(brief(indicators('开展医疗机构消防安全检查不少于4次。', ANNUAL_2024))).toEqual(['医疗机构消防安全检查|4|次|>=|target|2024']);
    expect(brief(indicators('全年招聘中小学教师50名以上。', ANNUAL_2024))).toEqual(['中小学教师|50|名|>=|target|2024']);
  });
  it('should not support the next object of a list, after 和, as the noun of the count before it (新建学校5所和幼儿园8所)', () => {
    expect(metrics(indicators('新建学校5所和幼儿园8所，建设3个和美乡村示范村。', ANNUAL_2024))).toEqual(['学校', '幼儿园', '和美乡村示范村']);
  });
  it('should support a noun after the count that names only kinds of the object before it (集采药品不少于500个品种)', () => {
    expect(metrics(indicators('全年落地执行国家和省级集采药品不少于500个品种，推广中医适宜技术30个种类。', ANNUAL_2024))).toEqual(['落地执行国家和省级集采药品品种', '中医适宜技术种类']);
  });
  it('should not support the kind rule for a noun that is the thing counted (完成三岛30个水情测报站点扩建)', () => {
    expect(metrics(indicators('完成三岛30个水情测报站点扩建。', ANNUAL_2024))).toEqual(['水情测报站点']);
  });
  it('should not support dropping the verb after a per-unit base (每千名老年人配备…不少于1人)', () => {
    expect(metrics(indicators('每千名老年人配备社会工作者不少于1人。', ANNUAL_2024))).toEqual(['每千名老年人配备社会工作者']);
  });
});

describe('object: the noun after the number', () => {
  it('should support the noun after the unit before a noun between verb and number', () => {
    expect(metrics(indicators('完成两区20个水质监测站点扩建。'))).toEqual(['水质监测站点']);
    expect(metrics(indicators('形成了64个自动监测站点。'))).toEqual(['自动监测站点']);
  });
  it('should not support the object of the next clause as the counted noun (…河道，充分发挥…的防汛除涝效能)', () => {
    expect(metrics(indicators('整治创建河、红星河等22公里河道，充分发挥各泵闸的防汛除涝效能。'))).toEqual(['河道']);
    expect(metrics(indicators('打造 2 个设施设备 齐全, 服务流程合理的高质量体检中心。'))).toEqual(['高质量体检中心']);
  });
  it('should support a per-capita denominator and its verb before the object as part of the metric (每千人口拥有…)', () => {
    expect(metrics(indicators('每千人口拥有执业（助理）医师3.2人、注册护士3.8人。'))).toEqual(['每千人口拥有执业（助理）医师', '每千人口拥有注册护士']);
    expect(metrics(indicators('每千名老年人拥有养老床位35张。'))).toEqual(['每千名老年人拥有养老床位']);
    expect(metrics(indicators('到2030年，每千人拥有社会体育指导员4名。'))).toEqual(['每千人拥有社会体育指导员']);
  });
  it('should support the same name for a per-capita count with and without a bound after it (每万人拥有…N名 / N名以上)', () => {
    const bare = metrics(indicators('每万名老年人配备养老护理员60名。'));
    expect(bare).toEqual(['每万名老年人配备养老护理员']);
    expect(metrics(indicators('每万名老年人配备养老护理员60名以上。'))).toEqual(bare);
  });
  it('should not support a time word before the verb as a per-capita denominator (每年新增床位2000张)', () => {
    expect(metrics(indicators('每年新增床位2000张。'))).toEqual(['床位']);
  });
  it('should support a noun between verb and number when nothing follows', () => {
    expect(metrics(indicators('新增床位2000张。'))).toEqual(['床位']);
  });
  it('should support a requirement whose noun follows the number', () => {
    expect(brief(indicators('具有3年以上基层工作经历。'))).toEqual(['基层工作经历|3|年|>=|target|']);
  });
  it('should support a length or area of works whatever its verb', () => {
    expect(brief(indicators('实施城东12公里污水管网改造。'))).toEqual(['污水管网改造|12|公里|=|target|']);
    expect(brief(indicators('修复保护1200平方公里生态湿地。'))).toEqual(['生态湿地|1200|平方公里|=|target|']);
    expect(brief(indicators('原水复线38公里。'))).toEqual(['原水复线|38|公里|=|target|']);
  });
  it('should not support a count without a verb outside a review', () => {
    expect(indicators('全区13座水闸运行良好。')).toEqual([]);
  });
  it('should not support an included aside in the name', () => {
    expect(metrics(indicators('新河强排区(含工业园区）排水标准提高到三年一遇。'))).toEqual(['新河强排区排水标准']);
  });
  it('should support a bracket that completes the name', () => {
    expect(metrics(indicators('骨干（市、区管）河道整治率达到60%。'))).toEqual(['骨干（市、区管）河道整治率']);
  });
});

describe('reviews of a past period', () => {
  it('should support counts and lengths done, whatever the verb, as actual', () => {
    expect(brief(indicators('整治骨干河道48公里，打通断头河300余条，拆除违章码头6座。', REVIEW))).toEqual([
      '整治骨干河道|48|公里|=|actual|',
      '打通断头河|300|条|>=|actual|',
      '拆除违章码头|6|座|=|actual|',
    ]);
  });
  it('should support a measured growth or decrease as actual, not change', () => {
    expect(brief(indicators('全县地区生产总值增长6.4%，安全生产事故起数下降12.4%。', REVIEW))).toEqual([
      '地区生产总值|6.4|%|=|actual|',
      '安全生产事故起数|12.4|%|=|actual|',
    ]);
  });
  it('should not support a planned growth outside a review as actual', () => {
    expect(brief(indicators('全县地区生产总值增长6.5%左右。'))).toEqual(['地区生产总值|6.5|%|~|change|']);
  });
  it('should support a breakdown introduced by 其中', () => {
    expect(metrics(indicators('启动建设12座水闸，其中完建5座、在建7座。', REVIEW))).toEqual(['水闸', '完建', '在建']);
  });
  it('should support measured levels as actual', () => {
    expect(indicators('农田灌溉水有效利用系数达到0.72，污水处理率达到96％。', REVIEW).map((i) => i.kind)).toEqual(['actual', 'actual']);
  });
  it('should not support counts that describe the existing stock', () => {
    expect(indicators('现有35座主要水闸，主海塘全长210公里。', REVIEW)).toEqual([]);
  });
  it('should support what still remains to be dealt with (尚有, 仍有) as an actual count', () => {
    expect(indicators('全区尚有18座病险水闸需加快除险加固。', ANNUAL_2024).map((i) => [i.metric, i.value, i.unit, i.kind])).toEqual([['病险水闸', 18, '座', 'actual']]);
    expect(indicators('目前仍有6个行政村未通客车。', ANNUAL_2024).map((i) => [i.value, i.unit, i.kind])).toEqual([[6, '个', 'actual']]);
  });
  it('should not support a word of need (需, 亟待) as part of the noun counted before it, nor 需 inside 供需 or 需要 as a noun', () => {
    expect(indicators('仍有9处易涝点亟待改造。', ANNUAL_2024).map((i) => i.metric)).toEqual(['易涝点']);
    expect(indicators('促成80项供需对接项目。', REVIEW).map((i) => i.metric)).toEqual(['供需对接项目']);
  });
  it('should not support Chinese-numeral counts without a verb', () => {
    expect(indicators('形成三个梯队。', REVIEW).map((i) => i.value)).toEqual([]);
  });
});

describe('comparators', () => {
  it('should support 不得少于 and a frequency before the number', () => {
    expect(brief(indicators('参加质量评价的频次 不得少于半年一次。'))).toEqual(['参加质量评价的频次|1|次|>=|target|']);
  });
  it('should support 不足 as an upper bound', () => {
    expect(brief(indicators('护士总数不足2000人。'))).toEqual(['护士总数|2000|人|<=|target|']);
  });
  it('should support a 在…内 frame', () => {
    expect(brief(indicators('门诊处方量一般在7日用量内；急诊处方一般在3天内。'))).toEqual(['急诊处方|3|天|<=|target|']);
  });
  it('should not support 内 without 在 (a deadline, not a bound)', () => {
    expect(indicators('力争3年内完成改造。')).toEqual([]);
  });
  it('should support 至少 before a verb the lists do not know', () => {
    expect(brief(indicators('至少符合以下3项条件。'))).toEqual(['条件|3|项|>=|target|']);
  });
  it('should support 余 and 多 as at least', () => {
    expect(brief(indicators('尚有4万多户老旧设施。', REVIEW))).toEqual(['老旧设施|4|万户|>=|actual|']);
  });
  // (Not 服务期限为3年: the term an arrangement runs is a term of its rule, grammar termNouns, arrangement-term.test.ts.)
  it('should support a copula before a duration', () => {
    expect(brief(indicators('平均审理期限为38天。'))).toEqual(['平均审理期限|38|天|=|target|']);
  });
  it('should not support a copula before a duration that qualifies the noun after it (为五年累计数)', () => {
    expect(indicators('注：[ ]内为五年累计数。')).toEqual([]);
    expect(indicators('括号内为5年累计值。')).toEqual([]);
  });
  it('should not support a copula before a count', () => {
    expect(indicators('对象为2家医院。')).toEqual([]);
  });
});

describe('ages', () => {
  it('should support an age bounding a group named before it', () => {
    expect(brief(indicators('对农村妇女35—64岁开展宫颈癌筛查。'))).toEqual(['农村妇女宫颈癌筛查年龄|[35,64]|岁|range|target|']);
    expect(brief(indicators('为辖区内老年人（65岁及以上）提供免费健康体检。'))).toEqual(['老年人免费健康体检年龄|65|岁|>=|target|']);
  });
});

describe('fractions and ratios', () => {
  it('should support a ratio as its first term with the rest as unit, and a ratio per one (1:N) as its second term', () => {
    expect(brief(indicators('医护比达到1:1.2。'))).toEqual(['医护比|1.2|1:|=|target|']);
    expect(brief(indicators('护士与床位比不低于0.6∶1。'))).toEqual(['护士与床位比|0.6|∶1|>=|target|']);
  });
  it('should support 2/3 as a share', () => {
    expect(indicators('2/3的社区达到示范标准。').map((i) => [i.value, i.unit])).toEqual([[66.67, '%']]);
  });
  it('should not support a rate per 100 000 as a fraction', () => {
    expect(indicators('孕产妇死亡率控制在20/10万以内。').map((i) => [i.value, i.unit])).toEqual([[20, '/10万']]);
  });
});

describe('running text of a report', () => {
  it('should support 超 as at least', () => {
    expect(brief(indicators('培养儿科医生超500人。'))).toEqual(['儿科医生|500|人|>=|target|']);
  });
  it('should support two multipliers before a unit (万亿元)', () => {
    expect(indicators('地区生产总值从8.2万亿元提高到9.6万亿元。').map((i) => [i.value, i.unit, i.kind])).toEqual([
      [8.2, '万亿元', 'baseline'],
      [9.6, '万亿元', 'target'],
    ]);
  });
  it('should support a change verb shared by a list of values', () => {
    expect(brief(indicators('盗窃、诈骗、涉毒警情分别下降12.5%、8.1%、30%。'))).toEqual([
      '盗窃警情|12.5|%|=|change|',
      '诈骗警情|8.1|%|=|change|',
      '涉毒警情|30|%|=|change|',
    ]);
  });
  it('should support the counted noun only right after the unit', () => {
    expect(metrics(indicators('城镇新增就业52万人、超额完成年度任务。', REVIEW))).toEqual(['城镇新增就业']);
  });
  it('should not support month-day dates as quantities', () => {
    expect(indicators('于9月6日至10日举办全省运动会。', REVIEW)).toEqual([]);
  });
  it('should not support a duration of a review (连续6年)', () => {
    expect(indicators('区域创新能力连续6年全省第一。', REVIEW)).toEqual([]);
    expect(indicators('这是综合实力持续提升的五年。', REVIEW)).toEqual([]);
  });
  it('should not support a ratio of three terms', () => {
    expect(indicators('三次产业结构为4.0∶37.7∶58.3。')).toEqual([]);
  });
  it('should support a ratio written against 1', () => {
    expect(brief(indicators('城乡居民收入比缩小至2.27:1。'))).toEqual(['城乡居民收入比|2.27|:1|=|target|']);
  });
});

describe('values without a unit', () => {
  it('should support a coefficient or index right after its predicate', () => {
    expect(brief(indicators('农田灌溉水有效利用系数已经达到0.72。'))).toEqual(['农田灌溉水有效利用系数|0.72||=|actual|']);
    expect(indicators('群众满意度指数不低于85。').map((i) => [i.value, i.unit, i.comparator])).toEqual([[85, null, '>=']]);
  });
  it('should support the power usage effectiveness of data centres (PUE), a ratio without unit, also after its name in brackets', () => {
    expect(brief(indicators('新建大型数据中心平均电能利用效率（PUE）降至1.25以下，存量数据中心PUE不高于1.4。'))).toEqual([
      '新建大型数据中心平均电能利用效率（PUE）|1.25||<=|target|',
      '存量数据中心PUE|1.4||<=|target|',
    ]);
  });
  it('should not support a bare number elsewhere', () => {
    expect(indicators('系数表第3栏。')).toEqual([]);
    expect(indicators('推进指数化管理，完成10。')).toEqual([]);
    expect(indicators('PUE监测平台接入10。')).toEqual([]);
  });
});

describe('standards', () => {
  it('should support the level of a standard set by a target verb', () => {
    expect(brief(indicators('低洼圩区除涝能力达到20年一遇标准。'))).toEqual(['低洼圩区除涝能力|20|年一遇|=|target|']);
  });
  it('should not support a standard that qualifies the metric after it', () => {
    expect(indicators('主海塘达到100年一遇标准的比例为60％。').map((i) => i.unit)).toEqual(['%']);
  });
  it('should not support a length that describes the stock', () => {
    expect(indicators('河道整治率达到40％（总长度600公里）。').map((i) => i.unit)).toEqual(['%']);
  });
});

describe('objects listed after one verb', () => {
  it('should support the next object of a list (新建A 10所、B 5家)', () => {
    expect(brief(indicators('新建健康学校10所、健康企业5家。'))).toEqual(['健康学校|10|所|=|target|', '健康企业|5|家|=|target|']);
  });
  it('should support the verb nearest the object (新建、改造X 30座)', () => {
    expect(metrics(indicators('新建、改造城乡公厕30座。'))).toEqual(['城乡公厕']);
  });
  it('should support an object of joined nouns that share the count (新建中小学和幼儿园16所)', () => {
    expect(brief(indicators('全年新建、改扩建中小学和幼儿园16所。'))).toEqual(['中小学和幼儿园|16|所|=|target|']);
    expect(brief(indicators('新建改扩建中小学、幼儿园25所。'))).toEqual(['中小学、幼儿园|25|所|=|target|']);
  });
  it('should not support an object that opens with a joiner (the verb found is one of a list: 筛查、诊疗和管理)', () => {
    expect(indicators('围绕筛查、诊疗和管理30个核心环节。')).toEqual([]);
  });
  it('should support a length or area of works after its verb and object (the verb kept in the name), and the next object of the list', () => {
    expect(brief(indicators('新增城市绿道200公里、口袋公园50个。'))).toEqual(['新增城市绿道|200|公里|=|target|', '口袋公园|50|个|=|target|']);
  });
  it('should not support an object verb inside a metric that a head names before the size (立项整治长度, 城市绿地面积)', () => {
    expect(metrics(indicators('新增城市绿地面积86万平方米，骨干河道立项整治长度270.5公里。'))).toEqual(['新增城市绿地面积', '骨干河道立项整治长度']);
  });
  it('should support a counted object in the clause before as the metric of a bare change (完成投资120亿元，同比增长15%)', () => {
    expect(brief(indicators('完成投资120亿元，同比增长15%。'))).toEqual(['完成投资|120|亿元|=|target|', '完成投资|15|%|=|change|']);
  });
  it('should not support a counted object two clauses back as the metric of a bare change', () => {
    expect(metrics(indicators('新建学校10所，师资配备到位，同比增长15%。'))).toEqual(['学校', '师资配备到位']);
  });
  it('should support a counted object as the subject of a share opened by 占 after it', () => {
    expect(metrics(indicators('累计建成高标准农田120万亩，占永久基本农田面积的比例达到90%以上。'))).toEqual(['累计建成高标准农田', '累计建成高标准农田占永久基本农田面积的比例']);
  });
  it('should support the counted noun after the unit ending before a distributor that opens its predicate (水闸全部投入使用)', () => {
    expect(metrics(indicators('新建2座水闸全部投入使用。'))).toEqual(['水闸']);
  });
  it('should not support a one-character distributor inside a word as the end of the counted noun (人均)', () => {
    expect(metrics(indicators('建成3个人均绿地示范社区。'))).toEqual(['人均绿地示范社区']);
  });
  it('should support a long object between verb and count', () => {
    expect(brief(indicators('新增医养结合机构床位500张。'))).toEqual(['医养结合机构床位|500|张|=|target|']);
  });
  it('should support large Chinese-numeral amounts after a verb and its object', () => {
    expect(brief(indicators('培训基层健康指导员一千名。'))).toEqual(['培训基层健康指导员|1000|名|=|target|']);
    expect(brief(indicators('发放宣传资料一万份。'))).toEqual(['宣传资料|1|万份|=|target|']);
  });
  it('should not support a small Chinese-numeral count of structure', () => {
    expect(indicators('建立四个门类、三个梯队的人才库。')).toEqual([]);
  });
});

describe('working rules', () => {
  it('should not support how often an oversight step runs', () => {
    expect(indicators('县爱卫办每季度开展一次督查。')).toEqual([]);
    expect(indicators('每月开展1次监测。')).toEqual([]);
    expect(indicators('各区每年组织一次考核。')).toEqual([]);
  });
  it('should not support a recurring 排查 (每季度开展一次风险排查, 每月开展安全隐患排查1次)', () => {
    expect(indicators('各单位每季度开展一次风险排查。')).toEqual([]);
    expect(indicators('每月开展安全隐患排查1次。')).toEqual([]);
  });
  it('should not support a recurring step named after its count (每月开展一次…重点企业安全检查)', () => {
    expect(indicators('每月开展一次“两客一危”重点企业安全检查。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support how often a sampling survey or a discipline routine recurs (每两年开展1次…抽样调查, 每季度开展1次廉政警示教育)', () => {
    expect(indicators('市科协每两年开展1次公民科学素质抽样调查。')).toEqual([]);
    expect(indicators('机关党支部每季度开展1次廉政警示教育。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a survey or an education count set in all, with no period it recurs in', () => {
    expect(brief(indicators('全年开展公民科学素质抽样调查2次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2|次']);
    expect(brief(indicators('组织党员干部开展警示教育不少于4次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['4|次|>=']);
  });
  it('should support a service to people after a period as no oversight step (每年提供1次健康检查)', () => {
    expect(brief(indicators('为老年人每年提供1次健康检查。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['1|次']);
  });
  it('should support the number of inspections a plan sets in all, with no period they recur in', () => {
    expect(brief(indicators('开展涉企收费专项检查2次。', ANNUAL_2024))).toEqual(['涉企收费专项检查|2|次|=|target|2024']);
    expect(brief(indicators('开展食品安全风险排查3次。', ANNUAL_2024))).toEqual(['食品安全风险排查|3|次|=|target|2024']);
  });
  it('should not support a count of times after a cadence shorter than a year, whatever is done (每季度举办1次…展演, 每月走访…1次)', () => {
    expect(indicators('文化馆每季度举办1次民间艺术展演活动。', ANNUAL_2024)).toEqual([]);
    expect(indicators('社区干部每月走访辖区小微企业1次，收集企业诉求。', ANNUAL_2024)).toEqual([]);
    expect(indicators('图书馆每半年开展一次读书分享会。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a count of times after a daily cadence (每日发布1次…, 每天巡查1次)', () => {
    expect(indicators('防汛期间每日发布1次水情预报信息。', ANNUAL_2024)).toEqual([]);
    expect(indicators('护林员每天巡查责任林区1次，及时报告火情。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a bound count after a daily cadence', () => {
    expect(indicators('中小学生每天校内体育活动不少于1次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
  });
  it('should support a bound count after a cadence shorter than a year, and a yearly count of an event', () => {
    expect(indicators('文化馆每季度举办民间艺术展演活动不少于2次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
    expect(indicators('社区每月至少走访独居老人1次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
    expect(indicators('每年举办1次民间艺术展演活动。', ANNUAL_2024).map((i) => i.value)).toEqual([1]);
  });
  it('should support a yearly total of a campaign whose quoted name holds a cadence (“每月一讲”, "每月一讲", 「每周一练」, ‘每季一赛’)', () => {
    expect(indicators('全年开展“每月一讲”政策宣讲活动12次，组织“每周一练”消防演练40次。', ANNUAL_2024).map((i) => i.value)).toEqual([12, 40]);
    expect(indicators('全年开展"每月一讲"政策宣讲活动12次，组织「每周一练」消防演练40次，举办‘每季一赛’技能比武4次。', ANNUAL_2024).map((i) => i.value)).toEqual([12, 40, 4]);
  });
  it('should support a service to people and a bound frequency', () => {
    expect(indicators('为失能老年人每年提供1次上门健康评估。').map((i) => i.value)).toEqual([1]);
    expect(indicators('提供不少于1次健康评估。').map((i) => i.comparator)).toEqual(['>=']);
  });
  it('should not support how often an inspection of regulated firms or a review of indicators recurs (每季度开展1次…节能监察, 每年开展1次监测评价)', () => {
    expect(indicators('区发改局每季度开展1次重点排污单位执法监察。', ANNUAL_2024)).toEqual([]);
    expect(indicators('市统计局每半年开展1次目标监测评价。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support how often a situation analysis recurs (每月开展1次…分析研判, 每季度组织1次…形势研判)', () => {
    expect(indicators('区疾控中心每月开展1次流感疫情分析研判。', ANNUAL_2024)).toEqual([]);
    expect(indicators('每季度组织1次安全生产形势研判。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support how often a running review or a supervisory visit recurs (每年开展1次…运行分析, 每学期开展1次…视导)', () => {
    // A yearly cadence: a cadence shorter than a year (每季度) drops the count whatever is done (routineFrequencies).
    expect(indicators('市医保局每年开展1次医保基金运行分析。', ANNUAL_2024)).toEqual([]);
    expect(indicators('区教育局每学期开展１次集团内教学视导。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a number of running reviews or visits set in all or bound (开展…运行分析4次, 每学期不少于2次)', () => {
    expect(brief(indicators('全年开展工业经济运行分析4次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|次']);
    expect(indicators('每学期开展教学视导不少于2次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
  });
  it('should support a number of situation analyses set in all or bound (开展风险研判4次, 每月不少于1次)', () => {
    expect(brief(indicators('全年开展防汛风险研判4次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|次']);
    expect(indicators('每月开展疫情研判不少于1次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
  });
  it('should support an event counted before its object named in full, past the object heads inside it (…服务价格调整评估, …人员培训)', () => {
    expect(brief(indicators('每年开展1次护理服务价格调整评估。', ANNUAL_2024))).toEqual(['护理服务价格调整评估|1|次|=|target|2024']);
    expect(brief(indicators('全年组织3次基层卫生人员培训。', ANNUAL_2024))).toEqual(['基层卫生人员培训|3|次|=|target|2024']);
    expect(brief(indicators('开展2次托育机构服务质量调查。', ANNUAL_2024))).toEqual(['托育机构服务质量调查|2|次|=|target|2024']);
  });
  it('should support a class or a meeting held as the event, named past the people or firms it is for (…干部培训班, …企业家座谈会)', () => {
    expect(brief(indicators('全年举办2期村干部履职能力培训班。', ANNUAL_2024))).toEqual(['村干部履职能力培训班|2|期|=|target|2024']);
    expect(brief(indicators('举办4场民营企业家恳谈会。', ANNUAL_2024))).toEqual(['民营企业家恳谈会|4|场|=|target|2024']);
  });
  it('should not support a class or a meeting word as an event where the noun counted ends in a head of its own', () => {
    expect(brief(indicators('新建社区老年学校12所。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['社区老年学校']);
  });
  it('should not support a head inside an event as the end of a noun that runs on into its predicate (开展2次义诊活动惠及…)', () => {
    expect(brief(indicators('开展2次送医下乡活动惠及群众。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['送医下乡活动']);
  });
  it('should support a number of inspections set in all or bound, with no routine period (开展劳动保障监察3次, 每年不少于2次)', () => {
    expect(brief(indicators('开展劳动保障专项监察3次。', ANNUAL_2024))).toEqual(['劳动保障专项监察|3|次|=|target|2024']);
    expect(indicators('每年开展执法监察不少于2次。', ANNUAL_2024).map((i) => i.comparator)).toEqual(['>=']);
  });
  it('should not support a duration after a condition clause (…的，应当在2周内随访)', () => {
    expect(indicators('血压控制不满意的，应当在2周内主动随访。')).toEqual([]);
  });
});

describe('conjuncts', () => {
  it('should not support joiners inside a modifier ending in 的', () => {
    expect(metrics(indicators('因心脑血管疾病、癌症和糖尿病导致的过早死亡率降至13%以下。'))).toEqual(['因心脑血管疾病、癌症和糖尿病导致的过早死亡率']);
  });
  it('should support a joiner right after a rate as parting metrics before a later 的 (及时率、接受治疗的比例和…)', () => {
    expect(metrics(indicators('传染病报告及时率、接受规范治疗的比例和治疗成功率均达到90%以上。'))).toEqual(['传染病报告及时率', '接受规范治疗的比例', '治疗成功率']);
    expect(metrics(indicators('知晓自身感染状况的患者比例、接受随访的比例均达到85%。'))).toEqual(['知晓自身感染状况的患者比例', '接受随访的比例']);
  });
  it('should not support a joiner after a word that is no rate inside a modifier (高血压、糖尿病患者的规范管理率)', () => {
    expect(metrics(indicators('高血压、糖尿病患者的规范管理率达到65%。'))).toEqual(['高血压、糖尿病患者的规范管理率']);
  });
  it('should support a base of population before the first ratio of a list as each ratio’s (每千人口医师数、护士数)', () => {
    expect(metrics(indicators('每千人口执业（助理）医师数、注册护士数分别达到3.1人和3.9人。'))).toEqual(['每千人口执业（助理）医师数', '每千人口注册护士数']);
    expect(metrics(indicators('全县每万人口全科医生数、公共卫生人员数分别达到4人、9人。'))).toEqual(['每万人口全科医生数', '每万人口公共卫生人员数']);
  });
  it('should support an institution before the first ratio under a base of population as that ratio’s alone (每千人口医疗卫生机构床位数、医师数)', () => {
    expect(metrics(indicators('每千常住人口医疗卫生机构床位数、执业（助理）医师数、注册护士数分别达到6.8张、3.4人和4.1人。'))).toEqual([
      '每千常住人口医疗卫生机构床位数',
      '每千常住人口执业（助理）医师数',
      '每千常住人口注册护士数',
    ]);
  });
  it('should not support an institution before a group with no base of population as that group’s alone (三级公立医院门诊和住院…)', () => {
    expect(metrics(indicators('二级公立医院门诊和住院次均费用增幅均不超过4%。'))).toEqual(['二级公立医院门诊次均费用增幅', '二级公立医院住院次均费用增幅']);
  });
  it('should not support a base a later ratio of the list names for itself (每千人口床位数、每万人口全科医生数)', () => {
    expect(metrics(indicators('每千人口床位数、每万人口全科医生数分别达到6.5张、4人。'))).toEqual(['每千人口床位数', '每万人口全科医生数']);
  });
  it('should support parallel conjuncts without a head word', () => {
    expect(metrics(indicators('门诊和住院次均费用增幅均不超过5%。'))).toEqual(['门诊次均费用增幅', '住院次均费用增幅']);
  });
  it('should support an institution named before the first of the groups as each group\'s (三级公立医院门诊和住院…)', () => {
    expect(metrics(indicators('二级以上公立医院门诊和住院次均费用增幅均控制在4%以内。'))).toEqual(['二级以上公立医院门诊次均费用增幅', '二级以上公立医院住院次均费用增幅']);
    expect(metrics(indicators('县级医院门诊、住院患者满意度分别达到92%和94%。'))).toEqual(['县级医院门诊患者满意度', '县级医院住院患者满意度']);
  });
  it('should not support a head alone as the institution (中心 of 中心城区, a place)', () => {
    expect(metrics(indicators('中心城区和县城污水处理率分别达到98%和95%。'))[1]).toBe('县城污水处理率');
  });
  it('should not support sharing the institution with people named after it (企业负责人和安全管理人员…)', () => {
    expect(metrics(indicators('企业负责人和安全管理人员培训合格率均达到100%。'))).toEqual(['企业负责人培训合格率', '安全管理人员培训合格率']);
  });
  it('should support parallel words that end alike sharing all that follows the last one (一般登记、抵押登记业务办理时间)', () => {
    expect(metrics(indicators('一般登记、抵押登记业务办理时间分别压缩至3个工作日和1个工作日以内。'))).toEqual(['一般登记业务办理时间', '抵押登记业务办理时间']);
    expect(metrics(indicators('甲类、乙类项目审批时间分别压缩至10天和20天。'))).toEqual(['甲类项目审批时间', '乙类项目审批时间']);
  });
  it('should not support a parallel tail too short for the head word (孕产妇、婴儿死亡率)', () => {
    expect(metrics(indicators('孕产妇、婴儿死亡率分别下降到10/10万和5‰。'))).toEqual(['孕产妇死亡率', '婴儿死亡率']);
  });
  it('should support one group of a pair before the other as sharing everything after the other (城镇和农村常住居民…)', () => {
    expect(metrics(indicators('城镇和农村常住居民人均可支配收入分别达到51000元和26000元。'))).toEqual(['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']);
    expect(metrics(indicators('男性和女性城乡居民健康素养水平分别达到30%和32%。'))).toEqual(['男性城乡居民健康素养水平', '女性城乡居民健康素养水平']);
  });
  it('should support 各 after a list of metrics applying to each', () => {
    expect(brief(indicators('血压控制率、血糖控制率分别达到60%和55%，较2024年各提高5个百分点以上。'))).toEqual([
      '血压控制率|60|%|=|target|',
      '血糖控制率|55|%|=|target|',
      '血压控制率|5|个百分点|>=|change|',
      '血糖控制率|5|个百分点|>=|change|',
    ]);
  });
  it('should support a second 分别 list with as many values as the metrics before it, one value each in order', () => {
    expect(brief(indicators('城乡居民人均可支配收入分别达到70560元、41230元，分别增长4.9%和6.6%。'))).toEqual([
      '城镇居民人均可支配收入|70560|元|=|target|',
      '农村居民人均可支配收入|41230|元|=|target|',
      '城镇居民人均可支配收入|4.9|%|=|change|',
      '农村居民人均可支配收入|6.6|%|=|change|',
    ]);
  });
  it('should support a later list of as many values without 分别, one value each in order (同比增长4.5%和5.8%)', () => {
    expect(brief(indicators('城乡居民人均可支配收入分别达到6.2万元和3.4万元，同比增长4.2%和6.1%。'))).toEqual([
      '城镇居民人均可支配收入|6.2|万元|=|target|',
      '农村居民人均可支配收入|3.4|万元|=|target|',
      '城镇居民人均可支配收入|4.2|%|=|change|',
      '农村居民人均可支配收入|6.1|%|=|change|',
    ]);
    expect(brief(indicators('高血压、糖尿病患者规范管理率分别达到65%和62%，较上年提高3个百分点、2个百分点。')).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '高血压患者规范管理率|65|%',
      '糖尿病患者规范管理率|62|%',
      '高血压患者规范管理率|3|个百分点',
      '糖尿病患者规范管理率|2|个百分点',
    ]);
  });
  it('should not support pairing one by one when the later list has another number of values', () => {
    expect(brief(indicators('城乡居民人均可支配收入分别达到70560元、41230元，均增长5%。'))).toEqual([
      '城镇居民人均可支配收入|70560|元|=|target|',
      '农村居民人均可支配收入|41230|元|=|target|',
      '城镇居民人均可支配收入|5|%|=|change|',
      '农村居民人均可支配收入|5|%|=|change|',
    ]);
  });
  it('should support the members of a list parted by 、 when 和 joins inside one (A、B新能源和清洁能源车辆比例分别达到x和y)', () => {
    expect(brief(indicators('城市公交、出租车新能源和清洁能源车辆比例分别达到85%和60%。'))).toEqual([
      '城市公交车辆比例|85|%|=|target|',
      '出租车新能源和清洁能源车辆比例|60|%|=|target|',
    ]);
  });
  it('should not support regrouping at 、 when every conjunct has its value', () => {
    expect(metrics(indicators('刑事治安、涉诈和涉毒警情分别下降17.7%、17.4%和68%。'))).toHaveLength(3);
  });
  it('should support a per-capita denominator between verb and number, which opens the name (as g09\'s gold names it)', () => {
    expect(brief(indicators('全科医生达到每万人口4.5名。'))).toEqual(['每万人口全科医生|4.5|名|=|target|']);
  });
  it('should not support a list dash as part of the metric', () => {
    expect(metrics(indicators('——中医药服务覆盖率达到100%。'))).toEqual(['中医药服务覆盖率']);
  });
});

describe('digits that are no shares or ratios', () => {
  it('should not support a page counter or a time of day', () => {
    expect(indicators('打印本页 1/3 关闭窗口。')).toEqual([]);
    expect(indicators('发布时间：15:16。')).toEqual([]);
  });
});

describe('classes', () => {
  it('should support a class reached (水质达到Ⅲ类, 二类以上标准)', () => {
    expect(indicators('市管河道水质稳定达到Ⅲ类。').map((i) => [i.value, i.unit])).toEqual([[3, '类']]);
    expect(indicators('城区公厕达到二类以上标准。').map((i) => [i.value, i.unit, i.comparator])).toEqual([[2, '类', '>=']]);
  });
  it('should not support a class that only names a group', () => {
    expect(indicators('加强对13类重点场所的监测。')).toEqual([]);
    expect(indicators('接种一类疫苗。')).toEqual([]);
  });
});

describe('a provision ratio set inside a frame (按照 … 的比例 + what is provided)', () => {
  it('should support the subject, the provision and the frame\'s noun as the metric, the frame\'s bound as the value\'s', () => {
    expect(brief(indicators('新建小区按照100%的比例配建充电设施或预留安装条件。'))).toEqual(['新建小区配建充电设施比例|100|%|=|target|']);
    expect(brief(indicators('按照不低于30%的比例配置公共充电设施。'))).toEqual(['配置公共充电设施比例|30|%|>=|target|']);
    expect(brief(indicators('公共停车场按照不低于车位总数15%的比例建设充电设施。'))).toEqual(['公共停车场建设充电设施比例|15|%|>=|target|']);
  });
  it('should not support it when a metric is named inside the frame', () => {
    expect(brief(indicators('按照每辆救护车每年不低于10万元的标准安排运行经费。')).map((b) => b.split('|')[0])).not.toContain('安排运行经费标准');
    expect(brief(indicators('新建城区按人均用地不少于0.1平方米的标准配建养老服务设施。')).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['0.1|平方米|>=']);
  });
});

describe('a planning norm per hundred households or thousand people inside a provision frame (按每百户不低于…的标准配建)', () => {
  it('should support the subject, the base, the provision and the frame\'s noun as the metric', () => {
    expect(brief(indicators('新建小区按每百户不低于25平方米的标准配建社区用房。'))).toEqual(['新建小区每百户配建社区用房标准|25|平方米|>=|target|']);
    expect(brief(indicators('城区新建住宅项目按照每千人口不少于6个的标准配置普惠托位。'))).toEqual(['城区新建住宅项目每千人口配置普惠托位标准|6|个|>=|target|']);
  });
  it('should not support a base that is not a population (每个, 每人)', () => {
    expect(brief(indicators('新建小区按每栋不低于25平方米的标准配建社区用房。')).map((b) => b.split('|')[0])).not.toContain('新建小区每栋配建社区用房标准');
  });
});

describe('a preposition that opens the basis of an amount (按, 按照) after its subject', () => {
  it('should not support it at the end of the metric\'s name', () => {
    expect(brief(indicators('村级公益设施管护经费按每户每年不低于15元落实。')).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['村级公益设施管护经费|15']);
    expect(brief(indicators('乡村医生岗位补助按照每人每月不低于500元发放到位。')).map((b) => b.split('|')[0])).toEqual(['乡村医生岗位补助']);
  });
  it('should not support cutting the base of a density of things before its bound (每平方公里不少于N座)', () => {
    expect(brief(indicators('城市建成区公共厕所每平方公里不少于4座。')).map((b) => b.split('|')[0])).toEqual(['城市建成区公共厕所每平方公里']);
  });
  it('should support a name that ends in a word holding 按 as written', () => {
    expect(brief(indicators('基层医疗机构中医推拿按摩服务覆盖率达到80%。')).map((b) => b.split('|')[0])).toEqual(['基层医疗机构中医推拿按摩服务覆盖率']);
  });
});
