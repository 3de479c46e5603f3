// Phrasing of health-sector plans (卫生健康 工作要点/规划, 医保 实施方案, 疾控 工作计划): units, stock counts
// and metric names as these documents write them.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

const REVIEW = { ...MULTI_YEAR, review: true };

describe('health-sector indicators', () => {
  it('should support a health-resource ratio named by its head with its value and no verb, as a member of a target list', () => {
    expect(brief(indicators('到2025年，人均预期寿命达到79.5岁，每万人口全科医生数3.93人，每千人口药师数0.54人，每万人口专业公共卫生机构人员数8.3人。', MULTI_YEAR)).slice(1)).toEqual([
      '每万人口全科医生数|3.93|人|=|target|2025',
      '每千人口药师数|0.54|人|=|target|2025',
      '每万人口专业公共卫生机构人员数|8.3|人|=|target|2025',
    ]);
  });
  it('should not support such a head in a description of the stock', () => {
    expect(indicators('全区现有全科医生数120人。', MULTI_YEAR)).toEqual([]);
    expect(indicators('全区现有专业公共卫生机构人员数460人。', MULTI_YEAR)).toEqual([]);
  });
  it('should support the bodies a health reform sets up with 组建, named whole (专科联盟, 医共体)', () => {
    expect(brief(indicators('组建5个专科联盟，组建城市医疗集团2个，全县组建3个紧密型县域医共体。', MULTI_YEAR))).toEqual([
      '专科联盟|5|个|=|target|',
      '城市医疗集团|2|个|=|target|',
      '紧密型县域医共体|3|个|=|target|',
    ]);
  });
  it('should not support 组建 before a count in Chinese numerals that only tells how a body is made up', () => {
    expect(indicators('组建三个工作专班，组建一支专业化队伍。', MULTI_YEAR)).toEqual([]);
  });
  it('should not support a count after 由 meaning "by" (the members a body is made of) as a baseline', () => {
    expect(indicators('每个医共体成立由1名牵头医院院长任主任的管理委员会。', MULTI_YEAR)).toEqual([]);
    expect(indicators('成立由5名专家组成的评审组，从3家医院中遴选。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a counted baseline of 由X增加到Y, also when a comma stands before the verb', () => {
    expect(brief(indicators('床位由3500张增加到4200张，全科医生从120名，逐步增加至200名。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual([
      '3500|张|=|baseline',
      '4200|张|=|target',
      '120|名|=|baseline',
      '200|名|=|target',
    ]);
  });
  it('should not support the ages of the groups a work focuses on (以65岁及以上老年人、0—6岁儿童…为重点) as eligibility limits', () => {
    expect(brief(indicators('以65岁及以上老年人、0—6岁儿童、孕产妇和慢性病患者为重点，家庭医生签约服务重点人群覆盖率达到80%。', MULTI_YEAR))).toEqual([
      '家庭医生签约服务重点人群覆盖率|80|%|=|target|',
    ]);
    expect(indicators('以65岁及以上老年人为重点人群，开展家庭医生签约服务。', MULTI_YEAR)).toEqual([]);
  });
  it('should support the age that a service verb or a 为对象 frame sets as the eligibility limit of the service', () => {
    expect(indicators('为65岁及以上老年人免费提供健康体检。', MULTI_YEAR).map((i) => [i.value, i.unit, i.comparator])).toEqual([[65, '岁', '>=']]);
    expect(indicators('以60岁以上老年人为对象开展免费体检。', MULTI_YEAR).map((i) => [i.value, i.unit, i.comparator])).toEqual([[60, '岁', '>=']]);
  });
  it('should not support one per unit with no bound (每个行政村设置1个村卫生室, 每所中小学配备1名校医) as an amount to reach', () => {
    expect(indicators('每个行政村设置1个村卫生室（人口较少的行政村可与相邻村联合设置），每所中小学配备1名专职校医。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a count per unit with a bound or above one, and one for the whole area', () => {
    expect(indicators('每个县（市、区）至少建成1个标准化急救分中心，每个乡镇建设2个示范村卫生室，全市新建1个区域医疗中心。', MULTI_YEAR).map((i) => [i.value, i.comparator])).toEqual([
      [1, '>='],
      [2, '='],
      [1, '='],
    ]);
  });
  it('should support a count that sums up a long list of kinds after its object verb', () => {
    expect(brief(indicators('在医共体内建成医学影像、心电诊断、医学检验、病理诊断和消毒供应5个资源共享中心。', MULTI_YEAR))).toEqual(['资源共享中心|5|个|=|target|']);
  });
  it('should not support an object verb of an earlier clause for a count with none', () => {
    expect(indicators('在医共体内建成医学影像、心电诊断、医学检验、病理诊断和消毒供应中心，5个乡镇卫生院参与共享。', MULTI_YEAR)).toEqual([]);
  });
  it('should not support a bounded duration that qualifies a population inside a metric named later (工龄不足5年的劳动者…比例)', () => {
    expect(indicators('接尘工龄不足5年的劳动者新发尘肺病报告例数占年度报告总例数的比例明显下降。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a bounded duration that ends its clause as a target', () => {
    expect(indicators('急救人员岗位培训时间不少于40小时，院前院内交接时间不超过10分钟。', MULTI_YEAR).map((i) => i.value)).toEqual([40, 10]);
  });
  it('should support vaccine doses counted in 剂次', () => {
    expect(brief(indicators('全年完成适龄儿童免疫规划疫苗接种12.6万剂次。', ANNUAL_2024)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['12.6|万剂次|=|target|2024']);
  });
  it('should not support 剂次 without a target verb or comparator', () => {
    expect(indicators('该疫苗的免疫程序为2剂次。', ANNUAL_2024).filter((i) => i.unit?.endsWith('剂次'))).toEqual([]);
  });
  it('should support the service radius of a layout standard, each member of its list (不超过5公里、…10—20公里的标准)', () => {
    expect(indicators('急救站点按照城市地区服务半径不超过5公里、农村地区服务半径10—20公里的标准规划设置。', MULTI_YEAR).map((i) => [i.value, i.unit, i.comparator])).toEqual([
      [5, '公里', '<='],
      [[10, 20], '公里', 'range'],
    ]);
  });
  it('should not support a standard that qualifies the metric after it as a value of its own (达到200年一遇标准的比例)', () => {
    expect(indicators('堤防达到200年一遇标准的比例达到46%。', MULTI_YEAR).map((i) => i.value)).toEqual([46]);
  });
  it('should support the metric inside a 按照 frame opened within the subject, not the topic before it', () => {
    expect(indicators('急救站点按照城市地区服务半径不超过5公里的标准规划设置，市、县两级财政按照每辆救护车每年不低于10万元的标准安排运行经费。', MULTI_YEAR).map((i) => i.metric)).toEqual([
      '城市地区服务半径',
      '每辆救护车',
    ]);
  });
  it('should not support a 按照 frame that closes before the predicate as the start of the metric', () => {
    expect(indicators('按照常住人口计算，每千人口床位数达到6.5张。', MULTI_YEAR).map((i) => i.metric)).toEqual(['每千人口床位数']);
  });
  it('should support the counted noun ending at 的 before a label that closes a frame (…5名急救人员的标准配齐人员)', () => {
    expect(indicators('按照每辆救护车配备不少于5名急救人员的标准配齐人员。', MULTI_YEAR).map((i) => i.metric)).toEqual(['急救人员']);
  });
  it('should not support a 的 that closes a modifier as the end of the counted noun', () => {
    expect(indicators('建成2个符合条件的社区卫生服务中心。', MULTI_YEAR).map((i) => i.metric)).toEqual(['社区卫生服务中心']);
  });
  it('should not support the time limits of disease-control reporting and response steps (在2小时内网络直报, 在24小时内送检)', () => {
    expect(indicators('对确诊病例在2小时内网络直报，标本应在24小时内送检，在30分钟内启动应急响应。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a response time that is a measured metric (平均急救反应时间在12分钟以内)', () => {
    expect(brief(indicators('平均急救反应时间在12分钟以内。', ANNUAL_2024))).toEqual(['平均急救反应时间|12|分钟|<=|target|2024']);
  });
  it('should support a satisfaction score named by 满意度 with its value and no verb', () => {
    expect(brief(indicators('门诊患者满意度达到92.5分，住院患者满意度95.3分。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '门诊患者满意度|92.5|分',
      '住院患者满意度|95.3|分',
    ]);
  });
  it('should not support a score that only qualifies a grade (90分以上为满意)', () => {
    expect(indicators('满意度测评90分以上为满意。', ANNUAL_2024)).toEqual([]);
  });
  it('should support the next object of a verb written once, after a comma (培训调度员100名，急救员5000名)', () => {
    expect(brief(indicators('培训“120”调度员100名，急救员5000名。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '培训“120”调度员|100|名',
      '培训急救员|5000|名',
    ]);
  });
  it('should not support a part after 其中, a stock, or an amount of money after a comma as such an object', () => {
    expect(indicators('新增床位2000张，其中康复科室5个。', ANNUAL_2024).map((i) => i.value)).toEqual([2000]);
    expect(indicators('新建医院12家，现有床位2150张，总投资5亿元。', ANNUAL_2024).map((i) => i.value)).toEqual([12]);
  });
  it('should support parts of a total of institutions after 其中 counted in 家 where the total is in 个', () => {
    expect(brief(indicators('全市医疗卫生机构总数达到3500个，其中医院180家、基层医疗卫生机构3200个。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '医疗卫生机构总数|3500|个',
      '医院|180|家',
      '基层医疗卫生机构|3200|个',
    ]);
  });
  it('should not support an age after a joiner as a member of the list of values before it (30%、15岁以上人群吸烟率20%以下)', () => {
    expect(brief(indicators('主要指标：居民健康素养水平30%、15岁以上人群吸烟率20%以下。', MULTI_YEAR))).toEqual([
      '居民健康素养水平|30|%|=|target|',
      '15岁以上人群吸烟率|20|%|<=|target|',
    ]);
  });
  it('should support values of one kind after a joiner as members of one list', () => {
    expect(indicators('孕产妇死亡率、婴儿死亡率分别控制在9/10万、4‰以下。', MULTI_YEAR).map((i) => [i.value, i.comparator])).toEqual([
      [9, '<='],
      [4, '<='],
    ]);
  });
  it('should support a value written after its metric and a colon in a target list (——人均预期寿命：79.5岁；)', () => {
    expect(brief(indicators('——人均预期寿命：79.5岁；——每千人口医疗卫生机构床位数：6.8张。', MULTI_YEAR))).toEqual([
      '人均预期寿命|79.5|岁|=|target|',
      '每千人口医疗卫生机构床位数|6.8|张|=|target|',
    ]);
  });
  it('should not support a count after a colon that follows no metric head (牵头单位：2家)', () => {
    expect(indicators('牵头单位：2家。配合单位：5个。', MULTI_YEAR)).toEqual([]);
  });
  it('should support buildings counted by 栋 and 幢 after an object verb', () => {
    expect(brief(indicators('新建县妇幼保健院门诊综合楼1栋。', MULTI_YEAR))).toEqual(['县妇幼保健院门诊综合楼|1|栋|=|target|']);
    expect(brief(indicators('完成闲置农房盘活利用200幢。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['200|幢|=']);
  });
  it('should not support 栋 or 幢 with no target verb or comparator', () => {
    expect(indicators('院区内有3栋老旧住院楼需要改造。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a stock written with 共有 in a review, nor its parts after 其中', () => {
    expect(indicators('全县共有医疗卫生机构486个，其中二级以上医院6家。', REVIEW)).toEqual([]);
    expect(indicators('全县现有医疗卫生机构380个，其中二级以上医院5家、社区卫生服务中心12个、村卫生室260个。', REVIEW)).toEqual([]);
  });
  it('should support a list of counts done after a verb that is no stock word (建成A 5家、B 12个)', () => {
    expect(brief(indicators('全县建成二级以上医院5家、社区卫生服务中心12个。', REVIEW)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['二级以上医院|5', '社区卫生服务中心|12']);
  });
  it('should not support, in a review, a count of institutions spread over by 全部/均 (6家…全部达到推荐标准) as an amount done', () => {
    expect(indicators('16个乡镇卫生院全部达到“优质服务基层行”基本标准，12家公立医院均完成章程制定。', REVIEW)).toEqual([]);
  });
  it('should support, in a review, counts done before or without such a distributor, and a count of work spread by 全部', () => {
    expect(indicators('新建乡镇卫生院3个，2家医院通过三级甲等医院评审，岸线利用项目60项次整改工作全部完成。', REVIEW).map((i) => [i.value, i.unit])).toEqual([
      [3, '个'],
      [2, '家'],
      [60, '项次'],
    ]);
  });
  it('should support levels and achievements next to a stock in a review, and parts of an achieved total', () => {
    expect(brief(indicators('全县共有医疗卫生机构486个，每千人口医疗卫生机构床位数达到5.8张，建成紧密型医联体5个。', REVIEW))).toEqual([
      '每千人口医疗卫生机构床位数|5.8|张|=|actual|',
      '紧密型医联体|5|个|=|actual|',
    ]);
    expect(indicators('新建村卫生室120个，其中标准化村卫生室80个。', REVIEW).map((i) => i.value)).toEqual([120, 80]);
  });
  it('should support a rate whose name joins two services or groups with 和 as one metric when one value follows and nothing distributes it', () => {
    expect(brief(indicators('0—6岁儿童眼保健和视力检查覆盖率达到90%以上。', ANNUAL_2024))).toEqual(['0—6岁儿童眼保健和视力检查覆盖率|90|%|>=|target|2024']);
    expect(brief(indicators('艾滋病感染者和病人抗病毒治疗覆盖率达到92%。', ANNUAL_2024))).toEqual(['艾滋病感染者和病人抗病毒治疗覆盖率|92|%|=|target|2024']);
  });
  it('should not support one metric where a distributor, one value per conjunct or a shared group word parts them', () => {
    expect(indicators('法定传染病报告及时率和准确率均达到100%。', ANNUAL_2024).map((i) => i.metric)).toHaveLength(2);
    expect(indicators('儿童眼保健和视力检查覆盖率分别达到90%和85%。', ANNUAL_2024).map((i) => i.value)).toEqual([90, 85]);
    expect(indicators('全人群和重点人群签约率提升1-3个百分点。', ANNUAL_2024).map((i) => i.metric)).toEqual(['全人群签约率', '重点人群签约率']);
  });
  it('should support a share of a base (A为B的N%) named by what is the share, not by its base', () => {
    expect(brief(indicators('在职职工个人账户计入标准为本人参保缴费基数的2%。', MULTI_YEAR))).toEqual(['在职职工个人账户计入标准|2|%|=|target|']);
    expect(indicators('研发经费投入为地区生产总值的2.5%。', MULTI_YEAR).map((i) => i.text)).toEqual(['研发经费投入为地区生产总值的2.5%']);
  });
  it('should not support a 为 inside a word (行为, 作为) as the copula of a share', () => {
    expect(indicators('健康行为干预覆盖辖区居民的80%以上。', MULTI_YEAR).map((i) => i.metric)).toEqual(['健康行为干预覆盖辖区居民']);
  });
  it('should not support the time a procedure allows, a step of work after 在N…内 (应在20个工作日内完成审核结算, 在24小时内上报)', () => {
    expect(indicators('医保经办机构应在20个工作日内完成审核结算。', MULTI_YEAR)).toEqual([]);
    expect(indicators('发现疑似病例的，应在24小时内上报。', MULTI_YEAR)).toEqual([]);
  });
  it('should not support the time a step is allowed before the phrase of whom it goes to (在2小时内向县卫生健康局报告)', () => {
    expect(indicators('发生群体性不明原因疾病，乡镇卫生院应在2小时内向县卫生健康局报告。', MULTI_YEAR)).toEqual([]);
    expect(indicators('收到投诉后5个工作日内向投诉人反馈。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a quantity after such a phrase when no step of work follows it (在2小时内向群众发放物资10万元)', () => {
    expect(brief(indicators('在2小时内向受灾群众发放救灾物资10万元。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['救灾物资|10|万元']);
  });
  it('should support a bound on a metric written as a frame, and a time limit a target verb sets', () => {
    expect(brief(indicators('长期处方的处方量一般在4周内。', MULTI_YEAR))).toEqual(['长期处方的处方量|4|周|<=|target|']);
    expect(brief(indicators('医疗费用结算时限压缩至20个工作日以内。', MULTI_YEAR))).toEqual(['医疗费用结算时限|20|个工作日|<=|target|']);
  });
  it('should support terms that begin with a lead word used as an adjective (基本医疗保险, 主要农作物) as part of the metric', () => {
    expect(indicators('基本医疗保险参保率稳定在95%以上。', ANNUAL_2024).map((i) => [i.metric, i.text])).toEqual([['基本医疗保险参保率', '基本医疗保险参保率稳定在95%以上']]);
    expect(indicators('基本公共卫生服务项目资金拨付率达到100%。', ANNUAL_2024).map((i) => i.metric)).toEqual(['基本公共卫生服务项目资金拨付率']);
  });
  it('should not support a lead word used as an adverb (基本, 主要) as part of the metric', () => {
    expect(indicators('到2025年，基本实现乡镇卫生院中医馆覆盖率达到100%。', MULTI_YEAR).map((i) => i.metric)).toEqual(['乡镇卫生院中医馆覆盖率']);
  });
  it('should support the count after the base of a ratio (每3万人口配置1辆救护车, 达到每3万人口1辆)', () => {
    expect(brief(indicators('每3万人口配置1辆救护车。', ANNUAL_2024))).toEqual(['救护车|1|辆|=|target|2024']);
    expect(brief(indicators('救护车配置达到每3万人口1辆。', ANNUAL_2024))).toEqual(['救护车配置|1|辆|=|target|2024']);
    expect(indicators('每100名学生配备1名心理健康教育教师。', ANNUAL_2024).map((i) => i.value)).toEqual([1]);
  });
  it('should not support the base of a ratio after 每 as a quantity of its own', () => {
    expect(indicators('救护车配置达到每3万人口1辆，每10万人口设置1个急救站点。', ANNUAL_2024).map((i) => i.unit)).toEqual(['辆', '个']);
  });
  it('should support an age in brackets after its group (适龄女生（13—14周岁）) and 女生/女性 as groups', () => {
    expect(brief(indicators('为全县适龄女生（13—14周岁）免费接种HPV疫苗。', ANNUAL_2024))).toEqual(['适龄女生免费接种HPV疫苗年龄|[13,14]|周岁|range|target|2024']);
    expect(indicators('为全县13—14岁在校女生免费接种HPV疫苗。', ANNUAL_2024).map((i) => i.metric)).toEqual(['在校女生免费接种HPV疫苗年龄']);
  });
  it('should not support the closing bracket of an age as the start of its metric', () => {
    expect(indicators('为高龄老人（80周岁以上）免费提供上门服务。', ANNUAL_2024).map((i) => i.metric.startsWith('）'))).toEqual([false]);
  });
  it('should support two groups whose second opens the shared tail (男性和女性人均预期寿命)', () => {
    expect(indicators('男性和女性人均预期寿命分别达到77岁和82岁。', ANNUAL_2024).map((i) => i.metric)).toEqual(['男性人均预期寿命', '女性人均预期寿命']);
  });
  it('should not support the tail of a second group for a first conjunct that is no group', () => {
    expect(indicators('门诊和住院次均费用增幅均控制在5%以内。', ANNUAL_2024).map((i) => i.metric)).toEqual(['门诊次均费用增幅', '住院次均费用增幅']);
  });
  it('should support a rate per 100 000 written in words (十万分之十, 10万分之12) as /10万', () => {
    expect(brief(indicators('孕产妇死亡率控制在十万分之十以下。', ANNUAL_2024))).toEqual(['孕产妇死亡率|10|/10万|<=|target|2024']);
    expect(brief(indicators('孕产妇死亡率控制在10万分之12以下。', ANNUAL_2024))).toEqual(['孕产妇死亡率|12|/10万|<=|target|2024']);
  });
  it('should support a rate per 10 000 written after the number (/万, /万人) as a rate whatever its verb', () => {
    expect(brief(indicators('新生儿出生缺陷发生率控制在120/万以下。', ANNUAL_2024))).toEqual(['新生儿出生缺陷发生率|120|/万|<=|target|2024']);
    expect(brief(indicators('道路交通万车死亡率为1.5/万人。', ANNUAL_2024))).toEqual(['道路交通万车死亡率|1.5|/万|=|target|2024']);
  });
  it('should not support /万 read out of an intensity per 万元', () => {
    expect(indicators('单位产值能耗下降到0.4吨标准煤/万元。', ANNUAL_2024).map((i) => i.unit)).not.toContain('/万');
  });
  it('should not support 十万分之 as a fraction in percent, nor change 万分之', () => {
    expect(indicators('艾滋病发病率控制在万分之三以下。', ANNUAL_2024).map((i) => i.unit)).toEqual(['万分之']);
    expect(indicators('孕产妇死亡率控制在十万分之十以下。', ANNUAL_2024).map((i) => i.unit)).not.toContain('%');
  });
  it('should not support a bound that defines a class (80分以上为合格, 65岁以上为老年人)', () => {
    expect(indicators('考核实行百分制，90分以上为优秀，80分以上为合格。', ANNUAL_2024)).toEqual([]);
    expect(indicators('本办法所称老年人，指65岁以上为老年人。', ANNUAL_2024)).toEqual([]);
    expect(indicators('考核结果达到合格以上的机构数，二级医院不少于10家以上为宜。', ANNUAL_2024).map((i) => i.value)).toEqual([10]);
  });
  it('should support scores in points (满意度达到90分以上, 考核得分不低于85分)', () => {
    expect(brief(indicators('二级以上医院门诊患者满意度达到90分以上。', ANNUAL_2024))).toEqual(['二级以上医院门诊患者满意度|90|分|>=|target|2024']);
    expect(brief(indicators('健康促进县建设考核得分不低于85分。', ANNUAL_2024))).toEqual(['健康促进县建设考核得分|85|分|>=|target|2024']);
  });
  it('should not support 分 after a Chinese numeral or inside 分钟 and 分之', () => {
    expect(indicators('这项工作十分重要，要在5分钟内完成。', ANNUAL_2024)).toEqual([]);
    expect(indicators('三分之一的乡镇。', ANNUAL_2024).map((i) => i.unit)).toEqual(['%']);
  });
  it('should support a metric with an adverbial of time before its verb (连续5年控制在) without that adverbial', () => {
    expect(brief(indicators('孕产妇死亡率连续5年控制在15/10万以下。', REVIEW))).toEqual(['孕产妇死亡率|15|/10万|<=|actual|']);
    expect(indicators('适龄儿童免疫规划疫苗接种率连续三年保持在95%以上。', REVIEW).map((i) => i.metric)).toEqual(['适龄儿童免疫规划疫苗接种率']);
  });
  it('should not support the duration of such an adverbial as a value', () => {
    expect(indicators('孕产妇死亡率连续5年控制在15/10万以下。', REVIEW).map((i) => i.unit)).toEqual(['/10万']);
  });
  it('should not support the next members of a stock list (现有医疗卫生机构321个，床位2150张)', () => {
    expect(indicators('全县现有医疗卫生机构321个，床位2150张。', REVIEW)).toEqual([]);
  });
  it('should support a clause after a stock that names a metric of its own (总长度717.6公里，立项整治长度270.5公里)', () => {
    expect(indicators('现有骨干河道总长度717.6公里，立项整治长度270.5公里。', REVIEW).map((i) => i.value)).toEqual([270.5]);
  });
  it('should support counts after 获批 and 争创 (获批省级区域医疗中心1个, 争创国家级慢性病综合防控示范区1个)', () => {
    expect(brief(indicators('获批省级区域医疗中心1个。', ANNUAL_2024))).toEqual(['省级区域医疗中心|1|个|=|target|2024']);
    expect(brief(indicators('争创国家级慢性病综合防控示范区1个。', ANNUAL_2024))).toEqual(['国家级慢性病综合防控示范区|1|个|=|target|2024']);
  });
  it('should not support 获批 or 争创 with no count after them', () => {
    expect(indicators('积极争创国家区域医疗中心，获批服务业扩大开放综合试点。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a count right after 力争/争取/确保 as a target of what it counts (力争2家医院通过三级甲等医院评审)', () => {
    expect(indicators('力争2家医院通过三级甲等医院评审。', ANNUAL_2024).map((i) => [i.value, i.unit, i.kind])).toEqual([[2, '家', 'target']]);
    expect(indicators('争取3个专科进入省级临床重点专科。', ANNUAL_2024).map((i) => i.value)).toEqual([3]);
  });
  it('should not support 力争 as an object verb away from the count (力争城镇新增就业5000人, 力争达到90%)', () => {
    expect(brief(indicators('力争城镇新增就业5000人。', ANNUAL_2024))).toEqual(['城镇新增就业|5000|人|=|target|2024']);
    expect(brief(indicators('门诊预约率力争达到90%。', ANNUAL_2024))).toEqual(['门诊预约率|90|%|=|target|2024']);
  });
  it('should support two shares of two populations with one predicate, each named by its own population', () => {
    expect(indicators('85%以上的社区卫生服务中心和80%以上的乡镇卫生院能够提供6类以上中医药技术方法。', ANNUAL_2024).filter((i) => i.unit === '%').map((i) => i.metric)).toEqual([
      '能够提供6类以上中医药技术方法的社区卫生服务中心比例',
      '能够提供6类以上中医药技术方法的乡镇卫生院比例',
    ]);
  });
  it('should not support the second share inside the first population', () => {
    expect(indicators('85%以上的社区卫生服务中心和80%以上的乡镇卫生院能够提供中医药服务。', ANNUAL_2024).some((i) => i.metric.includes('80%'))).toBe(false);
  });
  it('should support a value after a base of 人 or 户 (食品抽检量超每千人6.6批次)', () => {
    expect(brief(indicators('食品抽检量超每千人6.6批次。', ANNUAL_2024))).toEqual(['食品抽检量|6.6|批次|>=|target|2024']);
  });
});

describe('milestones of a later ；-part spread over the metrics of the part before (…；到2030年，分别达到5.5个和65%)', () => {
  it('should support one value for each metric of the part before, in order and unit', () => {
    expect(brief(indicators('到2027年，每千人口拥有3岁以下婴幼儿托位数达到4个，普惠托位占比达到55%；到2030年，分别达到5个和65%。'))).toEqual([
      '每千人口拥有3岁以下婴幼儿托位数|4|个|=|target|2027',
      '普惠托位占比|55|%|=|target|2027',
      '每千人口拥有3岁以下婴幼儿托位数|5|个|=|target|2030',
      '普惠托位占比|65|%|=|target|2030',
    ]);
  });
  it('should not support spreading values whose units do not follow the metrics before (the last metric keeps them)', () => {
    expect(brief(indicators('到2027年，床位数达到4000张，护士配备率达到55%；到2030年，分别达到70%和75%。')).slice(2)).toEqual([
      '护士配备率|70|%|=|target|2030',
      '护士配备率|75|%|=|target|2030',
    ]);
  });
});
