// Targets of employment, social-security, civil-affairs and housing plans (人社 工作要点, 医保 工作计划, 民政 社会救助/养老
// 实施方案, 住房保障/公积金 工作要点): the reach of livelihood works, the people a service is done for, per-capita standards and
// the policy parameters of insurance and provident funds.
// Sentences written from knowledge of the genre, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const PLAN_2026_2028: PlanYears = { years: [2026, 2028], annual: false };

describe('the reach of livelihood works after a comma (涉及)', () => {
  it('should support the households, floor area and beds a target of works reaches', () => {
    expect(brief(indicators('新开工改造城镇老旧小区180个，涉及居民2.1万户、建筑面积186万平方米。', ANNUAL_2026))).toEqual([
      '城镇老旧小区|180|个|=|target|2026',
      '涉及居民|2.1|万户|=|target|2026',
      '建筑面积|186|万平方米|=|target|2026',
    ]);
    expect(brief(indicators('改造农村危房300户，涉及人口1100人。', ANNUAL_2026))[1]).toBe('涉及人口|1100|人|=|target|2026');
    expect(brief(indicators('完成乡镇敬老院改造5所，其中3所转型为区域养老服务中心，涉及床位720张。', PLAN_2026_2028))[2]).toBe('涉及床位|720|张|=|target|');
  });
  it('should support the reach of works done in a review as a level achieved', () => {
    expect(brief(indicators('2025年，全市改造老旧小区217个，涉及居民2.3万户。', ANNUAL_2026))).toEqual([
      '老旧小区|217|个|=|actual|2025',
      '涉及居民|2.3|万户|=|actual|2025',
    ]);
  });
  it('should not support 涉及 that only describes what a plan or a stock covers', () => {
    expect(indicators('本方案涉及12个乡镇。', ANNUAL_2026)).toEqual([]);
    expect(indicators('全县现有养老机构12家，涉及床位1200张。', ANNUAL_2026)).toEqual([]);
  });
  it('should not support the divisions works lie in after 涉及 (a fact of the territory), while the households they reach stay', () => {
    expect(brief(indicators('完成棚户区改造项目26个，涉及主城区4个区，惠及居民8000户。', ANNUAL_2026))).toEqual([
      '棚户区改造项目|26|个|=|target|2026',
      '惠及居民|8000|户|=|target|2026',
    ]);
    expect(brief(indicators('改造农村危房300户，涉及9个乡镇。', ANNUAL_2026))).toEqual(['农村危房|300|户|=|target|2026']);
  });
});

describe('what a measure is done to, counted after 对', () => {
  it('should support the institutions, households and people a measure is done to as its target, named by the measure (…的定点医药机构)', () => {
    expect(brief(indicators('对全市2800家定点医药机构开展全覆盖检查，现场检查比例不低于30%。', ANNUAL_2026))).toEqual([
      '开展全覆盖检查的定点医药机构|2800|家|=|target|2026',
      '现场检查比例|30|%|>=|target|2026',
    ]);
    expect(brief(indicators('对8400户低保家庭实行分类管理，其中重点保障户1900户。', PLAN_2026_2028))).toEqual([
      '实行分类管理的低保家庭|8400|户|=|target|',
      '重点保障户|1900|户|=|target|',
    ]);
    expect(brief(indicators('对3000名困难群众开展技能培训。', ANNUAL_2026))).toEqual(['开展技能培训的困难群众|3000|名|=|target|2026']);
  });
  it('should support an adverb of how each is reached with the measure (逐户走访)', () => {
    expect(brief(indicators('对全区65家外贸企业逐户走访。', ANNUAL_2026))).toEqual(['逐户走访的外贸企业|65|家|=|target|2026']);
  });
  it('should not support the divisions of the territory, a condition of a support policy or a count with no measure after it', () => {
    expect(indicators('对全县12个乡（镇、街道）开展安全生产巡查，实现巡查全覆盖。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对12个县（市、区）开展耕地保护责任目标考核。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对年营业额首次突破1亿元的餐饮企业给予奖励。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对2家企业给予通报表扬。', ANNUAL_2026)).toEqual([]);
  });
});

describe('an age inside the name of the people a count reaches', () => {
  it('should support the count of people as the item and keep their age in its name', () => {
    expect(brief(indicators('对2.5万名80周岁以上老年人发放高龄津贴。', ANNUAL_2026))).toEqual(['发放高龄津贴的80周岁以上老年人|2.5|万名|=|target|2026']);
    expect(brief(indicators('每年为2000名60岁以上困难老年人提供居家上门服务。', PLAN_2026_2028))).toEqual(['60岁以上困难老年人居家上门服务|2000|名|=|target|']);
  });
  it('should not support the age as an eligibility limit of its own when a count of the people stands before it', () => {
    expect(brief(indicators('为2.5万名80周岁以上老年人发放高龄津贴。', ANNUAL_2026)).filter((b) => b.includes('周岁|'))).toEqual([]);
    // Without a count the age is still the limit of the service (INDICATORS.md).
    expect(brief(indicators('为农村35—64岁妇女免费做两癌检查。', ANNUAL_2026))).toEqual(['农村妇女免费两癌检查年龄|[35,64]|岁|range|target|2026']);
  });
});

describe('standards set as a multiple or share of another standard', () => {
  it('should support a floor or cap taken of a local standard (低保标准, 最低工资标准), the standard no part of the name', () => {
    expect(brief(indicators('特困人员基本生活标准不低于当地低保标准的1.3倍。', PLAN_2026_2028))).toEqual(['特困人员基本生活标准|1.3|倍|>=|target|']);
    expect(brief(indicators('临时救助金额一般不超过当地月低保标准的6倍。', PLAN_2026_2028))).toEqual(['临时救助金额|6|倍|<=|target|']);
    expect(brief(indicators('养老护理员月工资不低于当地最低工资标准的120%。', ANNUAL_2026))).toEqual(['养老护理员月工资|120|%|>=|target|2026']);
  });
  it('should support a cap taken of the long wage base 公积金 and 社保 rules name (上年度全市城镇非私营单位在岗职工月平均工资)', () => {
    expect(brief(indicators('住房公积金月缴存基数最高不超过上年度全省城镇非私营单位就业人员月平均工资的3倍。', ANNUAL_2026))).toEqual([
      '住房公积金月缴存基数|3|倍|<=|target|2026',
    ]);
    expect(brief(indicators('单位缴费基数下限不低于上年度全市城镇非私营单位在岗职工平均工资的60%。', ANNUAL_2026))).toEqual([
      '单位缴费基数下限|60|%|>=|target|2026',
    ]);
  });
  it('should not support a bound on a standard with no number', () => {
    expect(indicators('护理补贴标准不低于当地最低工资标准。', ANNUAL_2026)).toEqual([]);
  });
});

describe('what a service publishes (发布)', () => {
  it('should support the vacancies or standards counted after 发布 and their object', () => {
    expect(brief(indicators('线上发布岗位信息2.5万个。', ANNUAL_2026))).toEqual(['岗位信息|2.5|万个|=|target|2026']);
    expect(brief(indicators('发布地方标准12项。', ANNUAL_2026))).toEqual(['地方标准|12|项|=|target|2026']);
  });
  it('should not support a date or a title after 发布 as a count', () => {
    expect(indicators('市政府发布2026年工作要点。', ANNUAL_2026)).toEqual([]);
  });
});

describe('per-head standards (每人每月, 每人每年)', () => {
  it('should support a list of standards that writes the per-head basis again before each value', () => {
    expect(brief(indicators('城乡低保标准分别提高到每人每月840元和每人每月760元。', ANNUAL_2026)).map((b) => b.split('|').slice(1).join('|'))).toEqual([
      '840|元|=|target|2026',
      '760|元|=|target|2026',
    ]);
    expect(brief(indicators('孤儿基本生活费分别达到每人每月1800元、每人每月1400元。', ANNUAL_2026))).toHaveLength(2);
    expect(brief(indicators('财政补助标准提高到每人每年715元。', ANNUAL_2026))).toEqual(['财政补助标准|715|元|=|target|2026']);
  });
  it('should support a list whose values each have a basis, not the same one (每人每月…和每人每年…)', () => {
    expect(brief(indicators('城乡低保标准分别提高到每人每月860元和每人每年7500元。', ANNUAL_2026))).toEqual([
      '城市低保标准|860|元|=|target|2026',
      '农村低保标准|7500|元|=|target|2026',
    ]);
  });
  it('should not support a list of standards per 亩 that a copula states, its later members written without the basis', () => {
    // As a single per-unit standard stated with 为 is no target (基本生活标准为每人每月900元), so is each member of a list of them.
    expect(indicators('小麦、玉米种植补贴标准分别为每亩60元和45元。', ANNUAL_2026)).toEqual([]);
    expect(indicators('奖励标准分别为每人每年2000元和3000元。', ANNUAL_2026)).toEqual([]);
  });
  it('should not support a subsidy standard set with no target verb, written per head', () => {
    expect(indicators('对70周岁以上低保老年人就餐每餐补助3元。', ANNUAL_2026)).toEqual([]);
  });
  it('should support a per-student basis (每生每年) between a bound or a target verb and the value, as 每人每年', () => {
    expect(brief(indicators('农村寄宿制学校生均公用经费标准不低于每生每年1200元。', ANNUAL_2026))).toEqual(['农村寄宿制学校生均公用经费标准|1200|元|>=|target|2026']);
    expect(brief(indicators('学前教育生均财政拨款标准提高到每生每年900元。', ANNUAL_2026))).toEqual(['学前教育生均财政拨款标准|900|元|=|target|2026']);
  });
  it('should not support a per-student standard with no bound or target verb', () => {
    expect(indicators('对家庭经济困难学生按每生每年2000元发放助学金。', ANNUAL_2026)).toEqual([]);
  });
});

describe('the model people and units a department selects and holds up (选树), counted as 评选 counts them', () => {
  it('should support the count after 选树 and its object, quoted or not', () => {
    expect(brief(indicators('举办养老护理技能竞赛，选树“金牌护理员”15名。', ANNUAL_2026))).toEqual(['“金牌护理员”|15|名|=|target|2026']);
    expect(brief(indicators('选树助残先进集体8个。', ANNUAL_2026))).toEqual(['助残先进集体|8|个|=|target|2026']);
  });
  it('should not support 选树 with no count', () => {
    expect(indicators('选树先进典型，营造敬老爱老氛围。', ANNUAL_2026)).toEqual([]);
  });
});

describe('the two schemes of social assistance named by 城乡', () => {
  it('should support 城市 and 农村 as the groups of 城乡低保 and 城乡特困, 城镇 and 农村 as those of 城乡居民', () => {
    expect(brief(indicators('城乡低保标准分别提高到每人每月840元和760元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['城市低保标准', '农村低保标准']);
    expect(brief(indicators('城乡特困人员基本生活标准分别不低于1100元和900元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '城市特困人员基本生活标准',
      '农村特困人员基本生活标准',
    ]);
    expect(brief(indicators('城乡居民人均可支配收入分别增长5%和7%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });
  it('should not support splitting 城乡 when one value is given for both', () => {
    expect(brief(indicators('城乡低保平均标准提高10%。', ANNUAL_2026))).toEqual(['城乡低保平均标准|10|%|=|change|2026']);
  });
});

describe('money a fund withdraws, recovers or collects', () => {
  it('should support 提取 after 归集 in the statistics of a housing provident fund, named with the verb', () => {
    expect(brief(indicators('全年归集住房公积金90亿元以上；提取住房公积金62亿元；发放个人住房贷款55亿元。', ANNUAL_2026))[1]).toBe('提取住房公积金|62|亿元|=|target|2026');
  });
  it('should support wages recovered for migrant workers: the workers reached and the sum', () => {
    expect(brief(indicators('全年为2.1万名农民工追回工资1.37亿元。', ANNUAL_2026))).toEqual([
      '为农民工追回工资|2.1|万名|=|target|2026',
      '追回工资|1.37|亿元|=|target|2026',
    ]);
    expect(brief(indicators('为1200名劳动者追讨工资2600万元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['为劳动者追讨工资', '追讨工资']);
    expect(brief(indicators('追缴社会保险费1.2亿元，追回医保基金4500万元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['追缴社会保险费', '追回医保基金']);
    expect(brief(indicators('全年查补税款1.5亿元，查补各项税费8000万元。', ANNUAL_2026))).toEqual(['查补税款|1.5|亿元|=|target|2026', '查补各项税费|8000|万元|=|target|2026']);
  });
  it('should not support 提取 inside the name of a rate as a verb of its own', () => {
    expect(brief(indicators('住房公积金提取率保持在70%左右。', ANNUAL_2026))).toEqual(['住房公积金提取率|70|%|~|target|2026']);
  });
});

describe('moves of a policy parameter (上浮, 下浮, 上调, 下调)', () => {
  it('should support a move by a share as a change, and a move to a level as a target', () => {
    expect(brief(indicators('二孩、三孩家庭首套住房公积金贷款额度分别上浮10%和20%。', ANNUAL_2026))).toEqual([
      '二孩家庭首套住房公积金贷款额度|10|%|=|change|2026',
      '三孩家庭首套住房公积金贷款额度|20|%|=|change|2026',
    ]);
    expect(brief(indicators('退休人员基本养老金上调2%。', ANNUAL_2026))).toEqual(['退休人员基本养老金|2|%|=|change|2026']);
    expect(brief(indicators('最高贷款额度上调至80万元。', ANNUAL_2026))).toEqual(['最高贷款额度|80|万元|=|target|2026']);
  });
  it('should not support the verb as a word of the metric', () => {
    expect(brief(indicators('贷款利率下浮10%。', ANNUAL_2026))[0]).toBe('贷款利率|10|%|=|change|2026');
  });
});

describe('a change against the end of last year (比上年末)', () => {
  it('should support the change as the metric of the level before it', () => {
    expect(brief(indicators('企业职工基本养老保险参保人数达到146万人，比上年末增加4.6万人。', ANNUAL_2026))[1]).toBe('企业职工基本养老保险参保人数|4.6|万人|=|change|2026');
    expect(brief(indicators('2025年，企业职工基本养老保险参保人数达到142.3万人，比上年末增加4.6万人。', ANNUAL_2026))[1]).toBe(
      '企业职工基本养老保险参保人数|4.6|万人|=|actual|2025',
    );
  });
  it('should not support 比 as the name of the change', () => {
    expect(brief(indicators('全市登记失业人员较去年底减少2000人。', ANNUAL_2026))).toEqual(['登记失业人员|2000|人|=|change|2026']);
  });
});

describe('changes against the start of the year or the same period (比年初, 比去年同期)', () => {
  it('should support the comparison as no part of the metric', () => {
    expect(brief(indicators('贷款余额比年初增加120亿元。', ANNUAL_2026))).toEqual(['贷款余额|120|亿元|=|change|2026']);
    expect(brief(indicators('城镇新增就业5.5万人，比去年同期增加2000人。', ANNUAL_2026))[1]).toBe('城镇新增就业|2000|人|=|change|2026');
  });
  it('should not support the bare comparison as a metric name', () => {
    expect(brief(indicators('参保人数比上年同期增加2000人。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['参保人数']);
  });
});

describe('a list of examples closed by 等 before the group a rate is of', () => {
  it('should support one rate of the group, not one per example', () => {
    expect(brief(indicators('新生儿、大学生等重点群体参保率达到99%。', ANNUAL_2026))).toEqual(['新生儿、大学生等重点群体参保率|99|%|=|target|2026']);
    expect(brief(indicators('低保对象、特困人员等困难群众参保率保持100%。', ANNUAL_2026))).toHaveLength(1);
  });
  it('should not support a word that holds 等 as the end of a list of examples', () => {
    expect(brief(indicators('城镇和农村居民等级评定合格率分别达到90%和80%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '城镇居民等级评定合格率',
      '农村居民等级评定合格率',
    ]);
  });
});

describe('groups of social assistance joined before a shared metric (对象, 人员)', () => {
  it('should support 对象 as a population word at which the conjuncts share their tail', () => {
    expect(brief(indicators('低保对象、特困人员参加城乡居民医保个人缴费资助比例分别为70%和100%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '低保对象参加城乡居民医保个人缴费资助比例',
      '特困人员参加城乡居民医保个人缴费资助比例',
    ]);
    expect(brief(indicators('特困人员和低保对象救助率均达到100%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['特困人员救助率', '低保对象救助率']);
  });
  it('should not support the other group\'s population word added to the first', () => {
    expect(brief(indicators('低保对象和特困人员参保率分别达到99%和100%。', ANNUAL_2026)).map((b) => b.split('|')[0])).not.toContain('低保对象人员参保率');
  });
});

describe('two insurance schemes joined before a shared metric', () => {
  it('should support the tail after the scheme word when the last scheme is named by its population (城乡居民医保)', () => {
    expect(brief(indicators('职工医保和城乡居民医保政策范围内住院费用基金支付比例分别为83.5%和70.2%。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '职工医保政策范围内住院费用基金支付比例',
      '城乡居民医保政策范围内住院费用基金支付比例',
    ]);
  });
  it('should not support the last scheme\'s population word added to the first', () => {
    expect(brief(indicators('职工和城乡居民基本养老保险参保人数分别达到52万人和68万人。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '职工基本养老保险参保人数',
      '城乡居民基本养老保险参保人数',
    ]);
  });
});

describe('parts of a total given one value each after 其中 (各)', () => {
  it('should support one item per part, named by the part and the whole\'s metric', () => {
    expect(brief(indicators('全市建成完整社区不少于12个，其中涪城区、游仙区各4个。', ANNUAL_2026)).slice(1)).toEqual([
      '涪城区建成完整社区|4|个|=|target|2026',
      '游仙区建成完整社区|4|个|=|target|2026',
    ]);
    expect(brief(indicators('新建托育机构10所，其中城区、农村各5所。', ANNUAL_2026)).slice(1).map((b) => b.split('|')[0])).toEqual(['城区托育机构', '农村托育机构']);
  });
  it('should not support the list of parts as one name', () => {
    expect(brief(indicators('全市建成完整社区不少于12个，其中涪城区、游仙区各4个。', ANNUAL_2026)).map((b) => b.split('|')[0])).not.toContain('涪城区、游仙区');
  });
});

describe('people brought to a scheme or a service (引导, 动员)', () => {
  it('should support the count of people right after the verb as a target', () => {
    expect(brief(indicators('引导1.5万名灵活就业人员以个人身份参加职工医保。', ANNUAL_2026))).toEqual(['灵活就业人员|1.5|万名|=|target|2026']);
    expect(brief(indicators('动员2000名志愿者参与助老服务。', ANNUAL_2026))).toEqual(['志愿者参与助老服务|2000|名|=|target|2026']);
  });
  it('should not support 引导 before a subject whose own verb sets the amount as part of another reading', () => {
    expect(brief(indicators('引导社会资本投入20亿元。', ANNUAL_2026))).toEqual(['引导社会资本投入|20|亿元|=|target|2026']);
    expect(indicators('引导企业参与。', ANNUAL_2026)).toEqual([]);
  });
});

describe('the N years of an N-year plan right before the verb of what they deliver', () => {
  it('should support the plan\'s last year for a total over its whole span (三年培训…, 三年新建…)', () => {
    expect(brief(indicators('三年培训养老护理员1500人次。', PLAN_2026_2028))).toEqual(['培训养老护理员|1500|人次|=|target|2028']);
    expect(brief(indicators('三年新建社区养老服务设施30个。', PLAN_2026_2028))[0]).toBe('社区养老服务设施|30|个|=|target|2028');
  });
  it('should not support a recurrence, a look back or a span of another length', () => {
    expect(brief(indicators('近三年新建社区养老服务设施30个。', PLAN_2026_2028))[0]).toBe('社区养老服务设施|30|个|=|target|');
    expect(brief(indicators('两年新建社区养老服务设施20个。', PLAN_2026_2028))[0]?.endsWith('|2028')).toBe(false);
  });
});

describe('a total of subsidies paid out whose reward word stands right before the amount', () => {
  it('should support 发放…补助 N万元 as an amount to deliver', () => {
    expect(brief(indicators('发放扩岗补助1500万元。', ANNUAL_2026)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['1500|万元|=|target|2026']);
    expect(brief(indicators('发放一次性扩岗补助1500万元。', ANNUAL_2026))).toHaveLength(1);
  });
  it('should not support a standard each one receives', () => {
    expect(indicators('发放一次性补助2000元。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对新招用人员的企业给予一次性补助每人1000元。', ANNUAL_2026)).toEqual([]);
  });
});

describe('bare flows of funds in a target list (缴存额, 提取额, 发放额)', () => {
  it('should support the flows of a provident fund given with their amount and no verb', () => {
    expect(brief(indicators('住房公积金缴存额达到95亿元，提取额62亿元，个人住房贷款发放额55亿元。', ANNUAL_2026))).toEqual([
      '住房公积金缴存额|95|亿元|=|target|2026',
      '提取额|62|亿元|=|target|2026',
      '个人住房贷款发放额|55|亿元|=|target|2026',
    ]);
  });
  it('should not support a bare budget with no such head', () => {
    expect(indicators('项目总投资1.2亿元。', ANNUAL_2026)).toEqual([]);
  });
});

describe('terms of medical insurance inside a name', () => {
  it('should support 共济 kept whole in a name (家庭共济, 门诊共济)', () => {
    expect(brief(indicators('职工医保个人账户家庭共济人数达到20万人。', ANNUAL_2026))).toEqual(['职工医保个人账户家庭共济人数|20|万人|=|target|2026']);
  });
  it('should not support 共 as a word of the name where it is an adverb', () => {
    expect(brief(indicators('三岛共整治河道30公里。', ANNUAL_2026))[0]?.split('|')[0]).toBe('三岛整治河道');
  });
});

describe('how many months a fund can pay (可支付月数)', () => {
  it('should support a bare range of months after the metric and a bound level', () => {
    expect(brief(indicators('医保基金当期结余率控制在5%-10%，累计结余可支付月数6—9个月。', ANNUAL_2026))[1]).toBe('累计结余可支付月数|[6,9]|个月|range|target|2026');
    expect(brief(indicators('养老保险基金可支付月数保持在12个月以上。', ANNUAL_2026))).toEqual(['养老保险基金可支付月数|12|个月|>=|target|2026']);
    expect(brief(indicators('养老保险基金累计结余可支付月数保持在12个月以上。', ANNUAL_2026))[0]?.split('|')[0]).toBe('养老保险基金累计结余可支付月数');
    expect(brief(indicators('职工医保统筹基金累计结存可支付月数保持在6—9个月。', ANNUAL_2026))[0]?.split('|')[0]).toBe('职工医保统筹基金累计结存可支付月数');
  });
  it('should not support a bare duration with no such head', () => {
    expect(indicators('工作周期6—9个月。', ANNUAL_2026)).toEqual([]);
  });
});

describe('the people a service reaches counted after 为 and a scope word', () => {
  it('should support 为全县N名…发放/购买… as the count of people reached', () => {
    expect(brief(indicators('为全县3200名经济困难失能老年人发放护理补贴。', ANNUAL_2026))).toEqual(['为经济困难失能老年人发放护理补贴|3200|名|=|target|2026']);
    expect(brief(indicators('为全市1.2万名困难群众购买意外伤害保险。', ANNUAL_2026))[0]?.split('|').slice(1, 3).join('|')).toBe('1.2|万名');
  });
  it('should not support a count after 为 with no service after it', () => {
    expect(indicators('全市为2家企业。', ANNUAL_2026)).toEqual([]);
  });
});

describe('a subsidy or outlay raised by an amount', () => {
  it('should support the raise as a change when the metric ends in a word that is also an object verb (补助, 投入)', () => {
    expect(brief(indicators('城乡居民医保财政补助每人每年提高30元，达到700元。', ANNUAL_2026))).toEqual([
      '城乡居民医保财政补助|30|元|=|change|2026',
      '城乡居民医保财政补助|700|元|=|target|2026',
    ]);
    expect(brief(indicators('社会资本投入增长20亿元。', ANNUAL_2026))).toEqual(['社会资本投入|20|亿元|=|change|2026']);
  });
  it('should not support the object verb as the verb of the raise when an object stands between them', () => {
    expect(brief(indicators('补助困难家庭提高到3000户。', ANNUAL_2026))[0]?.split('|')[4]).toBe('target');
  });
});

describe('parallel standards that end in the same word before a shared tail', () => {
  it('should support the tail after the shared word for the first standard (…补贴和…补贴标准)', () => {
    expect(brief(indicators('困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到每人每月90元和100元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '困难残疾人生活补贴标准',
      '重度残疾人护理补贴标准',
    ]);
  });
  it('should support the tail after the shared word also before a metric head (…托管和…托管面积)', () => {
    expect(brief(indicators('小麦全程托管和多环节托管面积分别达到12万亩和8万亩。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual([
      '小麦全程托管面积',
      '多环节托管面积',
    ]);
  });
  it('should not support a tail added to a first name that does not end in the shared word', () => {
    expect(brief(indicators('城乡居民人均可支配收入和农村居民人均消费支出分别增长6%和7%。', ANNUAL_2026)).map((b) => b.split('|')[0])[0]).toBe('城乡居民人均可支配收入');
  });
});

describe('an attribute ending in 的 between 对 and the count', () => {
  it('should support the count of what a measure is done to after an attribute of it', () => {
    expect(brief(indicators('对新招用的300名高校毕业生开展岗前培训。', ANNUAL_2026))).toEqual(['开展岗前培训的高校毕业生|300|名|=|target|2026']);
    expect(brief(indicators('对2024年以来新增的4.2万条待遇发放数据开展比对核查。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4.2|万条']);
  });
  it('should not support a count after an attribute when no service verb follows, nor a bound inside a condition', () => {
    expect(indicators('对符合条件的200家企业给予奖励。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对年营业额首次突破1亿元的餐饮企业给予奖励。', ANNUAL_2026)).toEqual([]);
  });
});

describe('a part in people of a total in 人次', () => {
  it('should support a part after 其中 counted in 人 of a total counted in 人次', () => {
    expect(brief(indicators('开展职业技能培训3万人次，其中新取得职业资格证书或职业技能等级证书1.2万人。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual([
      '3|万人次',
      '1.2|万人',
    ]);
  });
  it('should not support a bare count in 人 after a total in another unit', () => {
    expect(brief(indicators('新建养老机构3家，其中床位1.2万人。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).not.toContain('1.2|万人');
  });
});

describe('households and employers counted per visit (户次)', () => {
  it('should support 户次 as one unit, read before 户', () => {
    expect(brief(indicators('开展专项执法检查3次，检查用人单位1500户次。', ANNUAL_2026))[1]).toBe('检查用人单位|1500|户次|=|target|2026');
    expect(brief(indicators('入户走访困难家庭3000户次。', ANNUAL_2026))[0]?.split('|').slice(1, 3).join('|')).toBe('3000|户次');
  });
  it('should not support 次 left over as the name of the next reading', () => {
    expect(brief(indicators('开展专项执法检查3次，检查用人单位1500户次。', ANNUAL_2026)).map((b) => b.split('|')[0])).not.toContain('次');
  });
});

describe('rents and prices of affordable housing capped against the market', () => {
  it('should support the cap as the share\'s bound, the market rent or price no part of the name', () => {
    expect(brief(indicators('保障性租赁住房租金不高于同地段市场租金的90%。', ANNUAL_2026))).toEqual(['保障性租赁住房租金|90|%|<=|target|2026']);
    expect(brief(indicators('配售型保障性住房价格不高于同地段商品住房价格的70%。', ANNUAL_2026))).toEqual(['配售型保障性住房价格|70|%|<=|target|2026']);
  });
  it('should not support a change of a price as a share', () => {
    expect(brief(indicators('药品价格下降20%。', ANNUAL_2026))).toEqual(['药品价格|20|%|=|change|2026']);
  });
});

describe('a count of the people or institutions 为 opens a service or equipment for', () => {
  const metrics = (s: string) => indicators(s).map((i) => i.metric);
  it('should support the people and the service they receive as the name (提供, 实施), without 为 and the verb', () => {
    expect(metrics('为1500名失能老年人提供居家上门服务。')).toEqual(['失能老年人居家上门服务']);
    expect(metrics('为辖区适龄儿童开展视力筛查2.6万人次。')).toEqual(['适龄儿童视力筛查']);
  });
  it('should support the institutions equipped, named by the equipment (更新, 配备)', () => {
    expect(metrics('为260个村卫生室配备智能健康一体机。')).toEqual(['配备智能健康一体机的村卫生室']);
  });
  it('should not support it for other verbs, which keep 为 and the verb (发放)', () => {
    expect(metrics('为1.2万名困难群众发放临时救助金。')).toEqual(['为困难群众发放临时救助金']);
  });
});

describe('reward standards named after the amounts a distributor gives each class (分别给予…元一次性奖励)', () => {
  it('should not support what each class of beneficiary receives', () => {
    expect(indicators('对取得技师、高级技师证书的分别给予2000元、3000元一次性奖励。', ANNUAL_2026)).toEqual([]);
    expect(indicators('对评为国家级、省级示范基地的分别给予30万元和10万元奖补。', ANNUAL_2026)).toEqual([]);
  });
  it('should support funds to spend whose reward word opens a noun (奖补资金), and a standard the plan raises', () => {
    expect(brief(indicators('安排2000万元奖补资金。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2000|万元']);
    expect(brief(indicators('护理补贴标准从每人每月100元提高到150元。', ANNUAL_2026))).toHaveLength(2);
  });
});

describe('a standard named before its per-unit frame, in 万元 too (补助标准为每台20万元)', () => {
  it('should not support what each unit receives under a standard the clause names', () => {
    expect(indicators('加装电梯补助标准为每台15万元。', ANNUAL_2026)).toEqual([]);
    expect(indicators('示范村奖补标准每个30万元。', ANNUAL_2026)).toEqual([]);
  });
  it('should support an amount in 万元 per unit that no standard names, and a standard the plan raises', () => {
    expect(brief(indicators('每个村安排建设资金40万元。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['40|万元']);
    expect(brief(indicators('加装电梯补助标准提高到每台18万元。', ANNUAL_2026)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['18|万元']);
  });
});

describe('the people trained, named with 培训', () => {
  it('should support 培训 in the name of a count of the people it trains (培训乡村医生1200人次)', () => {
    expect(brief(indicators('全年培训乡村医生1200人次。', ANNUAL_2026))).toEqual(['培训乡村医生|1200|人次|=|target|2026']);
    expect(brief(indicators('累计培训养老护理员1.5万人次以上。', ANNUAL_2026))).toEqual(['培训养老护理员|1.5|万人次|>=|target|2026']);
  });
  it('should not support 培训 before a count where it is inside the noun counted (举办培训班3期)', () => {
    expect(brief(indicators('举办基层医生培训班3期。', ANNUAL_2026))).toEqual(['基层医生培训班|3|期|=|target|2026']);
  });
});

describe('the later objects of a verb that names its counts', () => {
  it('should support 培训 in the name of each object it counts in the same unit (培训A 600名、B 120名)', () => {
    expect(brief(indicators('培训家庭医生骨干600名、乡村医生1200名。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['培训家庭医生骨干', '培训乡村医生']);
  });
  it('should not support the verb in the name of a later count in another unit (接待游客…、旅游收入…)', () => {
    expect(brief(indicators('全年接待游客800万人次、旅游收入90亿元。', ANNUAL_2026)).map((b) => b.split('|')[0])).toEqual(['接待游客', '旅游收入']);
  });
});

describe('the later members of a list after a preposition that names its counts', () => {
  it('should not support the preposition in the name of a later member (对A 3200台、B 186台开展排查)', () => {
    expect(brief(indicators('对全县2800台电梯、150台起重机械开展隐患排查。', ANNUAL_2026)).map((b) => b.split('|')[0])[1]).toBe('起重机械开展隐患排查');
  });
});
