// How targets of social-sector plans are phrased (妇女儿童发展规划, 残疾人事业, 全民健身, 教育和托育): verbs,
// comparators and lists of those plans, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';

describe('the short verbs of a level reached (增至, 升至, 巩固在)', () => {
  it('should support 增至 and 升至 as 增加至 and 上升至', () => {
    expect(brief(indicators('每千名儿童拥有儿科床位增至2.5张，全市学前教育毛入园率升至93%。', MULTI_YEAR))).toEqual([
      '每千名儿童拥有儿科床位|2.5|张|=|target|',
      '学前教育毛入园率|93|%|=|target|',
    ]);
  });
  it('should support 增至 in the second clause of a pair that shares its subject', () => {
    expect(brief(indicators('每千名儿童拥有儿科执业（助理）医师达到0.87名、床位增至2.5张。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '每千名儿童拥有儿科执业（助理）医师|0.87|名',
      // per the base the first ratio names (src/indicators/shared-base.ts), as g64's gold names it
      '每千名儿童拥有床位|2.5|张',
    ]);
  });
  it('should support 巩固在 as 保持在, also after a metric that ends in 巩固率', () => {
    expect(brief(indicators('全市普惠性幼儿园覆盖率巩固在90%以上，九年义务教育巩固率巩固在97%以上。', MULTI_YEAR))).toEqual([
      '普惠性幼儿园覆盖率|90|%|>=|target|',
      '九年义务教育巩固率|97|%|>=|target|',
    ]);
  });
  it('should not support 增至 without a number', () => {
    expect(indicators('社区托育服务点数量逐步增至合理水平。', ANNUAL_2024)).toEqual([]);
  });
});

describe('the base of a change written 以YYYY年为基数', () => {
  it('should support 以2020年为基数/为基期 as the base year of a change, neither its deadline nor part of its name', () => {
    expect(brief(indicators('儿童伤害死亡率以2020年为基数下降20%，儿童道路交通事故死亡率以2020年为基期下降30%。', MULTI_YEAR))).toEqual([
      '儿童伤害死亡率|20|%|=|change|',
      '儿童道路交通事故死亡率|30|%|=|change|',
    ]);
  });
  it('should support a deadline that opens the sentence as the year of such a change', () => {
    expect(brief(indicators('到2030年，5岁以下儿童溺水死亡率以2020年为基数下降25%。', MULTI_YEAR))).toEqual(['5岁以下儿童溺水死亡率|25|%|=|change|2030']);
  });
  it('should not support a year after 以 as a base when no base word follows it (以来 is a start)', () => {
    expect(brief(indicators('2020年以来，全市累计建成儿童之家120个。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['儿童之家|120']);
  });
});

describe('a list of values of a metric measured without a unit', () => {
  it('should support every bare value of a list after a unitless head, with the bound written once after the last', () => {
    expect(brief(indicators('小学、初中校际差异系数分别控制在0.50、0.45以内。', ANNUAL_2024))).toEqual([
      '小学校际差异系数|0.5||<=|target|2024',
      '初中校际差异系数|0.45||<=|target|2024',
    ]);
  });
  it('should support a list of three bare values joined by 、 and 和', () => {
    expect(brief(indicators('小学、初中和高中校际差异系数分别不高于0.50、0.45和0.40。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'))).toEqual([
      '小学校际差异系数|0.5||<=',
      '初中校际差异系数|0.45||<=',
      '高中校际差异系数|0.4||<=',
    ]);
  });
  it('should not support a list of bare numbers with no unitless head before it', () => {
    expect(indicators('按照1、2、3的顺序推进，完成率分别为0.5、0.6。', ANNUAL_2024).map((i) => i.value)).toEqual([]);
  });
});

describe('groups listed after the metric they part (小学、初中分别…)', () => {
  it('should support groups after a metric with a unit, each named before the metric', () => {
    expect(brief(indicators('每百名学生拥有高于规定学历教师数小学、初中分别达到4.2人、5.3人以上，生均体育运动场馆面积小学、初中分别达到7.5平方米、10.2平方米。', ANNUAL_2024))).toEqual([
      '小学每百名学生拥有高于规定学历教师数|4.2|人|>=|target|2024',
      '初中每百名学生拥有高于规定学历教师数|5.3|人|>=|target|2024',
      '小学生均体育运动场馆面积|7.5|平方米|=|target|2024',
      '初中生均体育运动场馆面积|10.2|平方米|=|target|2024',
    ]);
  });
  it('should support groups after a per-pupil fund or a standard (生均公用经费, 补助标准), each named before it', () => {
    expect(brief(indicators('生均公用经费小学、初中分别不低于720元、940元，寄宿生生活补助标准小学、初中分别提高到每生每年1100元、1300元。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '小学生均公用经费|720',
      '初中生均公用经费|940',
      '小学寄宿生生活补助标准|1100',
      '初中寄宿生生活补助标准|1300',
    ]);
  });
  it('should not support the last characters of a name as a group when the rest ends in no head or statistic (系列展会)', () => {
    expect(brief(indicators('举办特色农品系列展会、专场推介会分别不少于3场、5场。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '特色农品系列展会|3',
      '专场推介会|5',
    ]);
  });
  it('should support groups after a unitless head, whose bare values are read past the groups', () => {
    expect(brief(indicators('县域内义务教育校际差异系数小学、初中和高中分别不高于0.50、0.45和0.40。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '0.5||<=',
      '0.45||<=',
      '0.4||<=',
    ]);
  });
  it('should support groups by sex after a life expectancy', () => {
    expect(brief(indicators('人均预期寿命男性、女性分别达到78岁、83岁。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '男性人均预期寿命|78',
      '女性人均预期寿命|83',
    ]);
  });
  it('should not support a first conjunct that ends in a head word as a metric with a group after it', () => {
    expect(brief(indicators('规上工业增加值、固投分别增长6%、8%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['规上工业增加值', '固投']);
  });
  it('should not support a noun cut inside a word as a metric with a group after it (系列展会、自办展 is two kinds of fairs)', () => {
    expect(brief(indicators('“优品出海”系列展会、自办展分别达到40个和15个。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['“优品出海”系列展会', '自办展']);
  });
  it('should not support groups after a unitless head without a number', () => {
    expect(indicators('学校满意度指数小学、初中分别有所提高，差异系数小学、初中进一步缩小。', ANNUAL_2024)).toEqual([]);
  });
});

describe('an age limits the population of a service only', () => {
  it('should support an age range or bound in a sentence that states a service (招收, 免费接种, 发放)', () => {
    expect(brief(indicators('支持幼儿园招收2至3岁幼儿，为80周岁以上老年人发放高龄津贴。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '[2,3]|岁|range',
      '80|周岁|>=',
    ]);
  });
  it('should not support an age that only names the group a sentence is about', () => {
    expect(indicators('到2025年，全市0—18岁儿童发展的各项主要目标取得阶段性成效。', MULTI_YEAR)).toEqual([]);
  });
});

// 年满/满 before an age (年满18周岁) is how law and plans write an age threshold: a lower bound as 及以上 after the age is, so the age
// limits the population of a service as any bounded age does, and 年 is no metric of its own.
describe('an age after 年满/满 (为年满70周岁的老年人…)', () => {
  it('should support the age as the lower limit of a service’s population, named by the people', () => {
    expect(brief(indicators('为年满70周岁的农村老年人免费接种肺炎疫苗。', MULTI_YEAR))).toEqual(['农村老年人免费接种肺炎疫苗年龄|70|周岁|>=|target|']);
    expect(brief(indicators('每年为满75岁的独居老人上门开展健康随访。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['75|岁|>=']);
  });
  it('should not support the age when the service has a value of its own, nor without a service', () => {
    expect(names('对年满90周岁的老年人按每人每月200元发放长寿补贴。')).toEqual([]);
    expect(names('为年满65周岁的老年人每年开展1次中医体质辨识。')).toEqual(['中医体质辨识|1|次']);
    expect(names('年满18周岁的本市户籍居民可自愿登记。')).toEqual([]);
  });
});

// 未满/不满 before an age (未满3周岁) is the same threshold from above: the age is under it, never at or over it as after 满.
describe('an age after 未满/不满 (为未满3周岁的婴幼儿…)', () => {
  it('should support the age as the upper limit of a service’s population', () => {
    expect(brief(indicators('为未满6周岁的农村儿童免费开展眼保健筛查。', MULTI_YEAR))).toEqual(['农村儿童免费眼保健筛查年龄|6|周岁|<=|target|']);
    expect(brief(indicators('为不满3周岁的婴幼儿免费接种乙肝疫苗。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3|周岁|<=']);
  });
  it('should not support the age without a service', () => {
    expect(names('未满16周岁的未成年人不得单独进入游泳场所。')).toEqual([]);
  });
});

describe('a count of the members of a body (N个部门参与的)', () => {
  it('should not support a count whose noun is followed by 参与的/组成的: it names who takes part', () => {
    expect(indicators('建立由市政府分管负责同志任召集人、18个部门参与的全民健身工作联席会议制度，成立由12家单位组成的工作专班。', MULTI_YEAR)).toEqual([]);
  });
  it('should support a target count in the same sentence, and a count of participants that is itself the target', () => {
    expect(brief(indicators('组织300名志愿者参与的义诊活动20场次，全年参加培训5000人次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '20|场次',
      '5000|人次',
    ]);
  });
});

describe('the people a service reaches, counted after 为 (为N名X提供Y)', () => {
  it('should support a count after 为 whose noun is followed by the verb of a service, with a bound before the count too', () => {
    expect(brief(indicators('每年为不少于900名残疾人提供基本康复服务，全年为1200户困难家庭实施适老化改造。', MULTI_YEAR))).toEqual([
      '残疾人基本康复服务|900|名|>=|target|',
      '困难家庭适老化改造|1200|户|=|target|',
    ]);
  });
  it('should support people listed with 、 and 和 before the service, named whole', () => {
    expect(brief(indicators('为不少于400名就业年龄段智力、精神和重度肢体残疾人提供托养服务。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '就业年龄段智力、精神和重度肢体残疾人托养服务|400',
    ]);
  });
  it('should support the served named after a yearly quota that opens the clause (每年为…开展…N人次)', () => {
    expect(names('每年为失能老年人开展上门健康评估不少于8万人次。')).toEqual(['每年失能老年人上门健康评估|8|万人次']);
  });
  it('should support the people and a service named by a verb noun after 为 (为全县…老年人免费体检N万人), without 为 and the scope', () => {
    expect(names('为全市65岁及以上老年人免费体检5.6万人。')).toEqual(['65岁及以上老年人免费体检|5.6|万人']);
  });
  it('should not support a count after the copula 为 with no service after it', () => {
    expect(indicators('纳入试点的医院为2家，牵头单位为3个。', MULTI_YEAR)).toEqual([]);
  });
});

describe('a proportion set as a rule (按不低于…N%的比例 + the work it applies to)', () => {
  it('should support the bound before a total that runs straight into the share, and name the share by the work', () => {
    expect(brief(indicators('督促用人单位按不低于在职职工总数1.5%的比例安排残疾人就业。', MULTI_YEAR))).toEqual(['督促用人单位安排残疾人就业比例|1.5|%|>=|target|']);
  });
  it('should support a rule proportion with no bound, and give a later milestone of it the same name', () => {
    expect(brief(indicators('新建商品住房项目按照10%的比例配建保障性住房，力争达到20%。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '新建商品住房项目配建保障性住房比例|10',
      '新建商品住房项目配建保障性住房比例|20',
    ]);
  });
  it('should not support a total right before a number that is no share as the base of a bound', () => {
    expect(brief(indicators('养老机构总数不低于120家。', MULTI_YEAR))).toEqual(['养老机构总数|120|家|>=|target|']);
  });
});

describe('staff titles counted after their unit (儿童主任, 督导员)', () => {
  it('should support a staff title that holds a population word as the counted noun', () => {
    expect(brief(indicators('每个村（居）至少配备1名儿童主任，每个乡镇（街道）至少配备2名儿童督导员。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 4).join('|'))).toEqual([
      '儿童主任|1|名|>=',
      '儿童督导员|2|名|>=',
    ]);
  });
  it('should not support a staff norm of one per unit without a bound (as 每个行政村设置1个村卫生室)', () => {
    expect(indicators('每个村（居）配备1名儿童主任。', MULTI_YEAR)).toEqual([]);
  });
});

describe('a group broken down after 其中 from a metric of the whole population', () => {
  it('should support the group named before the metric it shares (其中青少年达到50%以上)', () => {
    expect(brief(indicators('经常参加体育锻炼人数比例达到38.5%，其中青少年达到50%以上。', MULTI_YEAR))).toEqual([
      '经常参加体育锻炼人数比例|38.5|%|=|target|',
      '青少年经常参加体育锻炼人数比例|50|%|>=|target|',
    ]);
  });
  it('should not support the group before a count (其中残疾人就业500人, 其中重点人群不超过600人): a number of the group itself', () => {
    expect(brief(indicators('全年新增城镇就业1.2万人，其中残疾人就业500人。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['新增城镇就业', '残疾人就业']);
    expect(brief(indicators('每个团队签约服务人数不超过2000人，其中重点人群不超过600人。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['每个团队签约服务人数', '重点人群']);
  });
});

describe('levels listed before a count of them (乡镇、村两级…, 县、乡、村三级…)', () => {
  it('should support the tail after the count of levels as the shared name of each level', () => {
    expect(brief(indicators('乡镇（街道）、村（社区）两级残疾人协会组建率均达到100%。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '乡镇（街道）残疾人协会组建率|100',
      '村（社区）残疾人协会组建率|100',
    ]);
    expect(brief(indicators('县（区）、乡镇（街道）、行政村（社区）三级公共健身设施覆盖率分别达到100%、95%和90%。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '县（区）公共健身设施覆盖率|100',
      '乡镇（街道）公共健身设施覆盖率|95',
      '行政村（社区）公共健身设施覆盖率|90',
    ]);
  });
  it('should support a tally of the kinds listed before the class they are of (两大产业集群, 三大产业): each kind of that class', () => {
    expect(names('纺织服装、电子信息两大产业集群营业收入均突破800亿元。')).toEqual(['纺织服装产业集群营业收入|800|亿元', '电子信息产业集群营业收入|800|亿元']);
    expect(names('新能源、新材料、生物医药三大产业产值分别达到300亿元、200亿元和100亿元。')).toEqual(['新能源产业产值|300|亿元', '新材料产业产值|200|亿元', '生物医药产业产值|100|亿元']);
  });
  it('should not support a tally that differs from the list (三大 after two kinds)', () => {
    expect(names('纺织服装、电子信息三大产业营业收入均突破800亿元。').map((n) => n.includes('三大'))).toEqual([true, true]);
  });
  it('should not support a count of levels that differs from the list (市县两级 names one metric)', () => {
    expect(brief(indicators('市县两级财政投入占比达到5%。', MULTI_YEAR)).map((b) => b.split('|')[0])).toEqual(['市县两级财政投入占比']);
  });
});

describe('verbs of provision and staffing (建有, 配齐, 配强)', () => {
  it('should support 建有 with a bound and 配齐配强 before the counted staff', () => {
    expect(brief(indicators('每个县（市、区）建有1所以上综合性托育服务中心，配齐配强村级儿童主任200名。', MULTI_YEAR))).toEqual([
      '综合性托育服务中心|1|所|>=|target|',
      '村级儿童主任|200|名|=|target|',
    ]);
  });
  it('should not support 设有, which states what there is, nor a per-unit norm of one with 建有', () => {
    expect(indicators('全县设有养老机构32家，每个乡镇建有1所敬老院。', MULTI_YEAR)).toEqual([]);
  });
});

describe('a list of deadlines that opens the sentence of a distributor (到2025年和2030年，…分别…)', () => {
  it('should support one year for each value, in order', () => {
    expect(brief(indicators('到2025年和2030年，学前教育毛入园率分别达到90%和95%。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 6).join('|'))).toEqual([
      '90|%|=|target|2025',
      '95|%|=|target|2030',
    ]);
    expect(brief(indicators('到2025年、2030年，婴儿死亡率分别控制在5‰和4‰以下。', MULTI_YEAR)).map((b) => b.split('|').slice(1, 6).join('|'))).toEqual([
      '5|‰|<=|target|2025',
      '4|‰|<=|target|2030',
    ]);
  });
  it('should not support one year for two metrics as a list of years', () => {
    expect(brief(indicators('到2025年，学前教育毛入园率和普惠性幼儿园覆盖率分别达到90%和85%。', MULTI_YEAR)).map((b) => b.split('|')[5])).toEqual(['2025', '2025']);
  });
});

describe('parallel conjuncts that end in the same word before a shared tail', () => {
  it('should support the tail after that word, with the modifier of its population word', () => {
    expect(brief(indicators('困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率保持100%。', MULTI_YEAR)).map((b) => b.split('|')[0])).toEqual([
      '困难残疾人生活补贴目标人群覆盖率',
      '重度残疾人护理补贴目标人群覆盖率',
    ]);
  });
  it('should not support it where the first conjunct ends in a population word (全人群和重点人群签约率)', () => {
    expect(brief(indicators('全人群和重点人群签约率提升1-3个百分点。', MULTI_YEAR)).map((b) => b.split('|')[0])).toEqual(['全人群签约率', '重点人群签约率']);
  });
});

describe('visits of care work (走访, 探访)', () => {
  it('should support 走访 and 探访 as verbs of a count of people visited', () => {
    expect(brief(indicators('走访慰问困境儿童2000人次，探访特殊困难老年人3000人次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '2000|人次',
      '3000|人次',
    ]);
  });
  it('should not support 慰问, which ends nouns (慰问金每人500元)', () => {
    expect(indicators('慰问金每人500元。', ANNUAL_2024)).toEqual([]);
  });
});

describe('money standards stated per person (每人每月N元)', () => {
  it('should not support an amount in 元 stated per person with no target verb or bound: a standard of what each receives', () => {
    expect(indicators('救助标准每人每月300元，营养膳食补助每生每天5元，培训费用每人200元。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a per-person standard the plan raises or bounds, and a sum in 万元', () => {
    expect(brief(indicators('城乡低保标准分别提高到每人每月800元和650元，护理补贴标准不低于每人每月80元，发放救助资金300万元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '800|元|=',
      '650|元|=',
      '80|元|>=',
      '300|万元|=',
    ]);
  });
});

describe('money standards reckoned at a rate (按每X…N元)', () => {
  it('should not support amounts after 按 and a per-unit frame with words between them, each member of the list a standard', () => {
    expect(indicators('县财政按每例新生儿听力筛查60元、每例遗传代谢病筛查90元的标准安排配套资金。', ANNUAL_2024)).toEqual([]);
    expect(indicators('县财政按每例白内障复明手术800元、每例验配助视器300元的标准安排补助资金。', ANNUAL_2024)).toEqual([]);
    expect(indicators('市级财政按照每名托育从业人员培训400元的标准给予补助。', ANNUAL_2024)).toEqual([]);
  });
  it('should support such a standard the plan bounds, and a sum to spend after it', () => {
    expect(brief(indicators('按每个示范村不少于10万元的标准安排奖补，全年安排专项资金300万元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '10|万元|>=',
      '300|万元|=',
    ]);
  });
});

describe('money standards paid per person (每人每月发放N元)', () => {
  it('should not support an amount in 元 after a per-head basis and a verb that pays it out: what each one is paid', () => {
    expect(indicators('为城区高龄老人发放高龄津贴，每人每月发放120元。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support two such amounts paid out after 分别', () => {
    expect(indicators('落实孤儿基本生活费和事实无人抚养儿童生活补贴，每人每月分别发放1500元、1300元。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a sum paid out in 万元, and a per-person standard the plan raises', () => {
    expect(brief(indicators('全年发放就业补贴2600万元，特困人员供养标准提高到每人每月1050元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '2600|万元',
      '1050|元',
    ]);
  });
});

describe('a target line that gives the unit in brackets before the colon (名称（单位）：数值)', () => {
  it('should support the bracketed unit as the unit of the bare value after the colon, and drop it from the name', () => {
    expect(brief(indicators('——婴儿死亡率（‰）：4.5；——每千人口托位数（个）：4.5；——人均体育场地面积（平方米）：2.6。', MULTI_YEAR))).toEqual([
      '婴儿死亡率|4.5|‰|=|target|',
      '每千人口托位数|4.5|个|=|target|',
      '人均体育场地面积|2.6|平方米|=|target|',
    ]);
  });
  it('should not support a year after a bracketed 年, nor a number after a bracket that is no unit', () => {
    expect(indicators('实施时间（年）：2025；联系电话（办公室）：12345。', MULTI_YEAR)).toEqual([]);
  });
});

describe('a change compared with the base period (较基期, 比基期)', () => {
  it('should support 较基期/比基期 as 比上年: no part of the metric', () => {
    expect(brief(indicators('婴儿死亡率较基期下降10%，万元GDP能耗比基期降低13.5%。', MULTI_YEAR))).toEqual([
      '婴儿死亡率|10|%|=|change|',
      '万元GDP能耗|13.5|%|=|change|',
    ]);
  });
  it('should not support 基期 as a word of the metric elsewhere (基期值 names a baseline)', () => {
    expect(brief(indicators('婴儿死亡率基期值为5.2‰。', MULTI_YEAR)).map((b) => b.split('|')[0])).toEqual(['婴儿死亡率基期值']);
  });
});

describe('people a body hires or engages (聘请, 聘用, 选聘)', () => {
  it('should support the count of the people hired after the verb and its object', () => {
    expect(names('聘请医保基金社会监督员30名。')).toEqual(['医保基金社会监督员|30|名']);
    expect(names('面向社会选聘乡村振兴指导员15名。')).toEqual(['乡村振兴指导员|15|名']);
  });
  it('should not support the verb with no number after its object', () => {
    expect(names('聘请第三方机构对项目绩效进行评估。')).toEqual([]);
  });
});

describe('adverbials of time and place before the verb of a bounded count (每年, 在全省)', () => {
  it('should support the object alone as the name, as without the bound', () => {
    expect(names('每年在全市开展心理健康进校园活动不少于120场。')).toEqual(['心理健康进校园活动|120|场']);
    expect(names('在全县范围内开展巡回义诊活动不少于80场。')).toEqual(['巡回义诊活动|80|场']);
    expect(names('每年开展心理健康进校园活动120场。')).toEqual(['心理健康进校园活动|120|场']);
  });
  it('should not support it for a per-unit base before the verb, which names the count with the verb', () => {
    expect(names('每千名老年人配备社会工作者不少于1人。')).toEqual(['每千名老年人配备社会工作者|1|人']);
  });
  it('should support 招收, the students and trainees admitted', () => {
    expect(names('每年招收全科医学专业住院医师20名。')).toEqual(['全科医学专业住院医师|20|名']);
  });
});
