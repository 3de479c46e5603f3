import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('comparators', () => {
  const cmp = (text: string) => indicators(text).map((i) => i.comparator);
  it('should support >= words before the number', () => {
    expect(cmp('产前筛查率不低于75%。')).toEqual(['>=']);
    expect(cmp('城市空气质量优良天数不少于310天。')).toEqual(['>=']);
    expect(cmp('至少建成1个城市医疗集团。')).toEqual(['>=']);
    expect(cmp('在本区连续工作满五年。')).toEqual(['>=']);
  });
  it('should support 突破 (passing a threshold) as >=', () => {
    expect(brief(indicators('力争规上工业产值突破800亿元。', ANNUAL_2024))).toEqual(['规上工业产值|800|亿元|>=|target|2024']);
    expect(indicators('中医药传承创新取得突破性进展。', ANNUAL_2024)).toEqual([]);
  });
  it('should support strict bounds (高于, 大于, 多于, 小于, 少于) as the nearest comparator, not part of the metric', () => {
    expect(brief(indicators('城乡居民收入增速高于3%，水质优良率大于90%，空置率小于5%。', ANNUAL_2024))).toEqual([
      '城乡居民收入增速|3|%|>=|target|2024',
      '水质优良率|90|%|>=|target|2024',
      '空置率|5|%|<=|target|2024',
    ]);
  });
  it('should not support 少于 where 不少于 is written', () => {
    expect(cmp('每年培训不少于3次。')).toEqual(['>=']);
  });
  it('should support >= words after the number', () => {
    expect(cmp('县域就诊率达到90%以上。')).toEqual(['>=']);
    expect(cmp('65岁及以上老年人健康管理率达到65%及以上。')).toEqual(['>=']);
  });
  it('should support a bound whose edge is written as included, （含）以上 and 以下（含）, its mark in the item\'s text', () => {
    expect(cmp('门诊预约诊疗率达到75%（含）以上。')).toEqual(['>=']);
    expect(cmp('平均住院日控制在7.5天(含)以下。')).toEqual(['<=']);
    expect(indicators('检查结果互认率达到80%以上（含）。').map((i) => i.text)).toEqual(['检查结果互认率达到80%以上（含）']);
  });
  it('should not support （含） alone after a number as a bound', () => {
    expect(cmp('年度考核得分达到90分（含）的单位。')).not.toContain('>=');
  });
  it('should support a bound after the standard the quantity grades (标准以上, 水及以上)', () => {
    expect(cmp('城桥镇老城区排水能力提高到一年一遇标准以上。')).toEqual(['>=']);
    expect(cmp('市、区管河道水质稳定达到Ⅲ类水及以上标准。')).toEqual(['>=']);
  });
  it('should support <= words', () => {
    expect(cmp('婴儿死亡率下降到4‰以下。')).toEqual(['<=']);
    expect(cmp('每家机构推荐人数不超过四名。')).toEqual(['<=']);
    expect(cmp('孕产妇死亡率控制在20/10万以内。')).toEqual(['<=']);
  });
  it('should support = for a plain target verb', () => {
    expect(cmp('声环境功能区夜间达标率达到85%。')).toEqual(['=']);
    expect(cmp('力争引才40名。')).toEqual(['=']);
  });
  it('should support ~ for 左右 and 约', () => {
    expect(cmp('乡村医生中执业(助理)医师比例达到45%左右。')).toEqual(['~']);
    expect(cmp('健康素养水平约为30%。')).toEqual(['~']);
  });
  it('should support max for 最高可达', () => {
    expect(cmp('24小时检测人次最高可达200万份。')).toEqual(['max']);
  });
  it('should support range for a range value', () => {
    expect(cmp('签约率提升1-3个百分点。')).toEqual(['range']);
  });
  it('should not support 签约 as the comparator 约', () => {
    expect(cmp('家庭医生签约百分百覆盖残疾人群。')).toEqual(['=']);
  });
});

describe('units and values', () => {
  it('should support ‰, /10万, % and their normalized form', () => {
    const [a, b, c] = indicators('婴儿死亡率下降到4‰以下,孕产妇死亡率控制在20/10万以内,筛查率达到45%。');
    expect([a?.normalized, b?.normalized, c?.normalized]).toEqual([0.004, 0.0002, 0.45]);
    expect([a?.unit, b?.unit, c?.unit]).toEqual(['‰', '/10万', '%']);
  });
  it('should support tenths written 成 as a share in % (八成以上的企业完成数字化改造 → 80 %)', () => {
    expect(brief(indicators('力争八成以上的企业完成数字化改造。'))).toEqual(['企业完成数字化改造比例|80|%|>=|target|']);
  });
  it('should not support 一成 (一成不变) or 成 inside a verb as a share', () => {
    expect(indicators('政策一成不变，任务全部完成。')).toEqual([]);
  });
  it('should support the sex ratio at birth (性别比) as a metric measured without a unit', () => {
    expect(brief(indicators('出生人口性别比控制在107以内。', ANNUAL_2024))).toEqual(['出生人口性别比|107||<=|target|2024']);
  });
  it('should not support a bare number after a word that only ends like 性别比 without its predicate', () => {
    expect(indicators('性别比例失衡问题得到缓解，性别比107。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 百分百 as 100 %', () => {
    expect(brief(indicators('家庭医生签约百分百覆盖残疾人群。'))).toEqual(['家庭医生签约|100|%|=|target|']);
  });
  it('should support 百分之 before the number', () => {
    expect(indicators('覆盖率达到百分之九十。').map((i) => [i.value, i.unit])).toEqual([[90, '%']]);
  });
  it('should support a multiplier before a unit', () => {
    expect(indicators('检测能力最高可达200万份。').map((i) => [i.value, i.unit, i.normalized])).toEqual([[200, '万份', 2000000]]);
    expect(indicators('全年完成投资50万元。').map((i) => [i.value, i.unit])).toEqual([[50, '万元']]);
  });
  it('should support stray spaces and values broken by PDF line breaks', () => {
    const text = '开展 3 次"万医下基层"巡回医疗服务。';
    expect(brief(indicators(text, ANNUAL_2024))).toEqual(['"万医下基层"巡回医疗服务|3|次|=|target|2024']);
    const broken = '各区65 以\n\n上老年人和 0-3 岁儿童中医药健康管理率均达到 4\n5%。';
    expect(indicators(broken).map((i) => i.value)).toEqual([45, 45]);
  });
  it('should support Chinese numerals with a target verb', () => {
    expect(brief(indicators('每年组织一次“职业健康达人”选拔和评定活动。'))).toEqual(['“职业健康达人”选拔和评定活动|1|次|=|target|']);
  });
});

describe('sentence shapes', () => {
  it('should support one value per metric with 分别', () => {
    expect(brief(indicators('孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在20/10万、7.0‰和9.5‰以内。'))).toEqual([
      '孕产妇死亡率|20|/10万|<=|target|',
      '婴儿死亡率|7|‰|<=|target|',
      '5岁以下儿童死亡率|9.5|‰|<=|target|',
    ]);
  });
  it('should support one value for several metrics with 均', () => {
    expect(brief(indicators('65 以上老年人和 0-3 岁儿童中医药健康管理率均达到 45%。'))).toEqual([
      '65岁以上老年人中医药健康管理率|45|%|=|target|',
      '0-3岁儿童中医药健康管理率|45|%|=|target|',
    ]);
  });
  it('should support metrics that share their tail', () => {
    expect(brief(indicators('确保2024年全人群和重点人群签约率提升1-3个百分点。'))).toEqual([
      '全人群签约率|[1,3]|个百分点|range|change|2024',
      '重点人群签约率|[1,3]|个百分点|range|change|2024',
    ]);
    expect(indicators('高血压、2型糖尿病患者基层规范管理率达到65%以上。').map((i) => i.metric)).toEqual([
      '高血压患者基层规范管理率',
      '2型糖尿病患者基层规范管理率',
    ]);
  });
  it('should support a baseline and a target (由X下降到Y)', () => {
    expect(brief(indicators('到2025年,婴儿死亡率由6‰下降到4‰。'))).toEqual(['婴儿死亡率|6|‰|=|baseline|', '婴儿死亡率|4|‰|=|target|2025']);
  });
  it('should support a baseline year (从2015年的X提高到Y)', () => {
    const items = indicators('2016—2020年,全市居民平均期望寿命从2015年的76岁提高到78岁以上。');
    expect(brief(items)).toEqual(['居民平均期望寿命|76|岁|=|baseline|2015', '居民平均期望寿命|78|岁|>=|actual|2020']);
    expect(items[0]?.text).toBe('全市居民平均期望寿命从2015年的76岁提高到78岁以上');
  });
  it('should support changes', () => {
    expect(brief(indicators('到2025年,人均预期寿命在2020年基础上提高1岁左右。'))).toEqual(['人均预期寿命|1|岁|~|change|2025']);
  });
  it('should support several milestones of one metric', () => {
    expect(brief(indicators('二级及以上综合性医院开设老年医学科,到2022年达到60%,2025年达到70%。'))).toEqual([
      '二级及以上综合性医院开设老年医学科|60|%|=|target|2022',
      '二级及以上综合性医院开设老年医学科|70|%|=|target|2025',
    ]);
  });
  it('should support a list of years distributed over a list of values (2025年、2027年分别达到90%、92%)', () => {
    expect(brief(indicators('全省普惠性幼儿园覆盖率2025年、2027年分别达到90%、92%。'))).toEqual([
      '普惠性幼儿园覆盖率|90|%|=|target|2025',
      '普惠性幼儿园覆盖率|92|%|=|target|2027',
    ]);
  });
  it('should not support distributing years over a list of another length', () => {
    expect(brief(indicators('到2025年，血压控制率、血糖控制率分别达到60%和55%。'))).toEqual(['血压控制率|60|%|=|target|2025', '血糖控制率|55|%|=|target|2025']);
  });
  it('should support a bound word written once for a list', () => {
    expect(brief(indicators('新创建至少10个医养结合服务试点、6个医养结合机构、1-2个安宁疗护试点机构。'))).toEqual([
      '医养结合服务试点|10|个|>=|target|',
      '医养结合机构|6|个|>=|target|',
      '安宁疗护试点机构|[1,2]|个|range|target|',
    ]);
    expect(brief(indicators('三级医院和二级医院电子病历系统应用水平分别达到 4 级和 3 级 以上。'))).toEqual([
      '三级医院电子病历系统应用水平|4|级|>=|target|',
      '二级医院电子病历系统应用水平|3|级|>=|target|',
    ]);
  });
  it('should support counted objects after the unit', () => {
    expect(indicators('推动2家综合性医院互联网医院上线。').map((i) => i.metric)).toEqual(['综合性医院']);
    expect(indicators('建成 4 个基层医疗机构中医馆。').map((i) => i.metric)).toEqual(['基层医疗机构中医馆']);
    expect(indicators('打造 2 个设施设备 齐全, 服务流程合理的高质量体检中心。').map((i) => i.metric)).toEqual(['高质量体检中心']);
    expect(indicators('完成扶贫一线干部共 240 人的体检工作。').map((i) => i.metric)).toEqual(['扶贫一线干部']);
  });
  it('should support a verb, its object, then the count', () => {
    expect(brief(indicators('新增床位2000张。'))).toEqual(['床位|2000|张|=|target|']);
    expect(indicators('每个机构每年推荐不超过四名。').map((i) => [i.metric, i.value, i.comparator])).toEqual([['每个机构每年推荐', 4, '<=']]);
  });
  it('should support 淘汰 / 关停 (eliminating, shutting down) as verbs of a counted object', () => {
    expect(brief(indicators('淘汰燃煤锅炉50台，关停落后产能企业12家。', ANNUAL_2024))).toEqual([
      '燃煤锅炉|50|台|=|target|2024',
      '落后产能企业|12|家|=|target|2024',
    ]);
  });
  it('should support a bound written with 及 inside the object (国三及以下), which is no list', () => {
    expect(brief(indicators('淘汰国三及以下排放标准营运柴油货车 1200 辆。', ANNUAL_2024))).toEqual(['国三及以下排放标准营运柴油货车|1200|辆|=|target|2024']);
  });
  it('should support 拥有 as the verb of a counted object, with its list', () => {
    expect(indicators('每千人口拥有执业（助理）医师3.2人、注册护士3.8人。').map((i) => [i.value, i.unit])).toEqual([[3.2, '人'], [3.8, '人']]);
  });
  it('should support a long object between the verb and the count', () => {
    expect(brief(indicators('培育省级智慧健康养老应用试点示范企业15家。'))).toEqual(['省级智慧健康养老应用试点示范企业|15|家|=|target|']);
    expect(brief(indicators('累计建成市级以上智能工厂（数字化车间）120个。'))).toEqual(['市级以上智能工厂（数字化车间）|120|个|=|target|']);
  });
  it('should support the parts of a total after 其中, like the total', () => {
    expect(brief(indicators('启动建设14座水闸，其中完建4座、在建10座。', ANNUAL_2024))).toEqual([
      '水闸|14|座|=|target|2024',
      '完建|4|座|=|target|2024',
      '在建|10|座|=|target|2024',
    ]);
    expect(brief(indicators('引进亿元以上产业项目30个，其中10亿元以上项目3—5个。', ANNUAL_2024))).toEqual([
      '亿元以上产业项目|30|个|=|target|2024',
      '10亿元以上项目|[3,5]|个|range|target|2024',
    ]);
  });
  it('should not support parts after 其中 when the total is no item or has another unit', () => {
    expect(indicators('本区骨干河道39条段，其中主干河道10条段。', ANNUAL_2024)).toEqual([]);
    expect(indicators('新增床位2000张，其中康复科室5个。', ANNUAL_2024).map((i) => i.value)).toEqual([2000]);
  });
  it('should support a metric named right before its count', () => {
    expect(brief(indicators('到2025年,每千人口执业(助理)医师数3.2人。'))).toEqual(['每千人口执业(助理)医师数|3.2|人|=|target|2025']);
  });
  it('should not support per-person grants in 万元 and 元 as targets (a reward standard, INDICATORS.md and g19)', () => {
    expect(brief(indicators('对新引进的博士给予每人每月3000元生活补贴,一次性给予20万元安家费。'))).toEqual([]);
  });
  it('should support a change against a base year (比2015年降低)', () => {
    expect(brief(indicators('到2020年,重大慢性病过早死亡率比2015年降低10%。'))).toEqual(['重大慢性病过早死亡率|10|%|=|change|2020']);
  });
  it('should support age limits of a service', () => {
    expect(brief(indicators('为农村 35—64 岁妇女免费做"两癌"检查。'))).toEqual(['农村妇女免费"两癌"检查年龄|[35,64]|岁|range|target|']);
    expect(brief(indicators('35岁以上就诊人群首诊时,做好血压普查工作。'))).toEqual(['就诊人群首诊时年龄|35|岁|>=|target|']);
  });
  it('should not support an age that is part of a metric name', () => {
    expect(indicators('65岁及以上老年人城乡社区规范健康管理服务率达到65%以上。').map((i) => i.unit)).toEqual(['%']);
    expect(indicators('为 65 岁以上失能老年人每年提供 1 次上门健康评估。').map((i) => i.unit)).toEqual(['次']);
  });
  it('should support a plan word after an actual cue as turning back to targets (目前已完成2处，计划完成8处)', () => {
    expect(indicators('目前已完成闸河配套2处，“十四五”计划完成闸河配套8处，闸河配套率40%。').map((i) => [i.value, i.kind])).toEqual([
      [2, 'actual'],
      [8, 'target'],
      [40, 'target'],
    ]);
  });
  it('should support an existing capacity as actual', () => {
    expect(brief(indicators('我市已建立核酸城市检测基地,24小时检测人次最高可达200万份。', ANNUAL_2024))).toEqual([
      '24小时检测人次|200|万份|max|actual|',
    ]);
  });
});

describe('years', () => {
  it('should support a date that opens its clause after an adverb of resolve or plan (确保到2027年, 计划到2028年, 确保在…底前)', () => {
    expect(brief(indicators('确保到2027年，城乡居民基本医疗保险参保率稳定在95%以上。', ANNUAL_2024))).toEqual(['城乡居民基本医疗保险参保率|95|%|>=|target|2027']);
    expect(brief(indicators('计划到2028年，农村卫生厕所普及率达到90%。', ANNUAL_2024))).toEqual(['农村卫生厕所普及率|90|%|=|target|2028']);
    expect(brief(indicators('确保在2026年底前，县域内就诊率达到90%。', ANNUAL_2024))).toEqual(['县域内就诊率|90|%|=|target|2026']);
  });
  it('should not support a date after words of the clause that are no lead (全市居民2027年…) as opening the clause', () => {
    // (A scope alone before the year, 全市2027年…, opens the clause as a lead word does: age-statistics-and-scoped-years.test.ts.)
    expect(brief(indicators('加快建设，全市居民2027年人均体育场地面积达到2.6平方米，森林覆盖率达到45%。', ANNUAL_2024)).map((b) => b.split('|').pop())).toEqual(['2027', '2024']);
  });
  it('should support the year after the verb that closes a baseline as the target\'s year (由2020年的56.3%提高到2025年的62%)', () => {
    expect(brief(indicators('全省常住人口城镇化率由2020年的56.3%提高到2025年的62%。'))).toEqual(['常住人口城镇化率|56.3|%|=|baseline|2020', '常住人口城镇化率|62|%|=|target|2025']);
  });
  it('should not support a year before 的 after a verb without a baseline as the value\'s year (达到2020年的1.5倍)', () => {
    expect(brief(indicators('研发经费投入达到2020年的1.5倍。'))).toEqual(['研发经费投入|1.5|倍|=|target|']);
  });
  it('should support a later milestone after ； with no subject of its own as the metric before it (…65%；到2035年，达到80%以上)', () => {
    expect(brief(indicators('到2027年，全省养老机构护理型床位占比达到65%；到2035年，达到80%以上。'))).toEqual([
      '养老机构护理型床位占比|65|%|=|target|2027',
      '养老机构护理型床位占比|80|%|>=|target|2035',
    ]);
  });
  it('should support a dated change with no subject after ； as the metric before (…增长5.6%；“十四五”时期年均增长6.1%)', () => {
    const review = { years: [2026, 2026] as [number, number], annual: true, review: true, reviewYear: 2025 };
    expect(brief(indicators('全县地区生产总值完成312.5亿元，增长5.6%；“十四五”时期年均增长6.1%。', review))).toEqual([
      '地区生产总值|312.5|亿元|=|actual|2025',
      '地区生产总值|5.6|%|=|actual|2025',
      '地区生产总值|6.1|%|=|actual|',
    ]);
  });
  it('should not support an undated change with no subject after ； as the metric before', () => {
    expect(brief(indicators('一般公共预算收入58.3亿元；增长4.2%。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['58.3|亿元']);
  });
  it('should not support a milestone with no subject after 。 as the metric of the sentence before', () => {
    expect(brief(indicators('到2025年，森林覆盖率达到45%。到2035年，达到50%以上。'))).toEqual(['森林覆盖率|45|%|=|target|2025']);
  });
  it('should support a date that opens a later clause as the year of the rest of its sentence, across ；', () => {
    expect(brief(indicators('有序推进海上风电开发，到2025年，全省风电装机容量达到1300万千瓦；光伏发电装机容量达到1200万千瓦以上。')).map((b) => b.split('|').slice(-1)[0])).toEqual(['2025', '2025']);
  });
  it('should support the year a sentence opens with past a span that ends in it (2020年…，“十三五”期间年均增长…；…)', () => {
    const text = '2020年，全市地区生产总值达到520亿元，“十三五”期间年均增长6.8%；一般公共预算收入完成41.2亿元；城乡居民人均可支配收入分别达到48000元和23000元。';
    expect(brief(indicators(text)).map((b) => b.split('|').slice(-2).join(' '))).toEqual(['actual 2020', 'actual ', 'actual 2020', 'actual 2020', 'actual 2020']);
  });
  it('should not support a point year past a span that ends in another year, nor a span that opens its sentence', () => {
    expect(brief(indicators('2019年，全市地区生产总值达到520亿元，“十二五”期间年均增长6.8%；一般公共预算收入完成41.2亿元。')).map((b) => b.split('|').slice(-1)[0])).toEqual(['2019', '', '']);
    expect(brief(indicators('“十三五”期间，全县累计完成固定资产投资820亿元；新建学校12所。')).map((b) => b.split('|').slice(-1)[0])).toEqual(['', '']);
  });
  it('should not support a date that opens a later clause as the year of the sentences after 。', () => {
    expect(brief(indicators('有序推进海上风电开发，到2025年，全省风电装机容量达到1300万千瓦。光伏发电装机容量达到1200万千瓦以上。')).map((b) => b.split('|').slice(-1)[0])).toEqual(['2025', '']);
  });
  it('should support the plan year as the default of an annual plan', () => {
    expect(indicators('免疫规划疫苗接种率保持在95%以上。', ANNUAL_2024).map((i) => i.year)).toEqual([2024]);
  });
  it('should support no year in a multi-year plan', () => {
    expect(indicators('县域就诊率达到90%以上。').map((i) => i.year)).toEqual([null]);
  });
  it('should support a deadline that governs the sentence after it only', () => {
    expect(indicators('保证优良天数不少于310天,到2025年细颗粒物浓度控制在35微克/立方米以下。').map((i) => i.year)).toEqual([null, 2025]);
  });
  it('should support a deadline that opens a clause as governing the clauses after it', () => {
    expect(indicators('到2025年，城镇污水处理率达到99%，污泥无害化处置率达到100%。').map((i) => i.year)).toEqual([2025, 2025]);
  });
  it('should not support a deadline after its clause\'s metric as governing the next clause', () => {
    expect(indicators('城镇污水处理率至2025年达到99%，出水水质不低于国家一级A排放标准。').map((i) => i.year)).toEqual([2025, null]);
  });
  it('should support a deadline that opens the paragraph', () => {
    expect(indicators('到2025年,健康水平显著改善。婴儿死亡率下降到4‰以下。').map((i) => i.year)).toEqual([2025]);
  });
  it('should support a deadline that opens a later sentence of the paragraph', () => {
    expect(indicators('(二)具体目标。到2022年,健康素养水平达到22%。婴儿死亡率下降到5‰以下。').map((i) => i.year)).toEqual([2022, 2022]);
  });
  it('should support 年底前 and 末 deadlines', () => {
    expect(indicators('力争2024年底前,筛查率达到90%。').map((i) => i.year)).toEqual([2024]);
    expect(indicators('到2022年末,筛查覆盖率达到80%。').map((i) => i.year)).toEqual([2022]);
  });
  it('should support period names', () => {
    expect(indicators('“十三五”期间,我市婴儿死亡率下降到4‰。').map((i) => [i.year, i.kind])).toEqual([[2020, 'actual']]);
  });
});

describe('damaged values', () => {
  it('should support lost numbers (由‰下降到‰)', () => {
    const items = indicators('婴儿死亡率由‰下降到‰。');
    expect(brief(items)).toEqual(['婴儿死亡率|null|‰|=|baseline|', '婴儿死亡率|null|‰|=|target|']);
    expect(items.every((i) => i.damaged)).toBe(true);
  });
  it('should support a lost number and unit (下降到万以下)', () => {
    expect(brief(indicators('孕产妇死亡率下降到万以下。'))).toEqual(['孕产妇死亡率|null|/10万|<=|target|']);
  });
  it('should support a lost baseline before a legible target', () => {
    expect(indicators('孕产妇死亡率由万下降到0/10万。').map((i) => [i.value, i.damaged ?? false])).toEqual([
      [null, true],
      [0, false],
    ]);
  });
  it('should not support damage where a number is present', () => {
    expect(indicators('婴儿死亡率下降到4‰以下。').some((i) => i.damaged)).toBe(false);
  });
});

describe('exclusions', () => {
  const none = (text: string) => expect(indicators(text, ANNUAL_2024)).toEqual([]);
  it('should not support a count that closes a list with 等 (等4类疾病, 等5座水厂 with no verb of works)', () => {
    none('覆盖高血压、糖尿病等4类疾病。');
    none('辖区有城桥、新河、堡镇等5座污水处理厂。');
  });
  it('should support a length of works after 等, the amount the list adds up to', () => {
    expect(indicators('整治横河、南环河、北环河等27公里河道。').map((i) => [i.value, i.unit])).toEqual([[27, '公里']]);
  });
  it('should not support names and labels', () => {
    none('确保“十四五”健康中山建设开好局。');
    none('不断巩固“2+5+1+N”医疗服务体系。');
    none('市第五医院要以创“三甲”为契机。');
    none('推动三级医院日间手术常态化,加强二、三级公立医院绩效考核。');
    none('以高血压和2型糖尿病为切入点。');
    none('推荐社区卫生服务中心申报创建第三批示范社区。');
    none('实施“一村一名大学生村医计划”。');
    none('开展卫生健康领域5G应用场景建设,推进数字化转型3.0版。');
  });
  it('should not support document numbers and dates', () => {
    none('《区域卫生规划(2016—2020年)的通知》(辽府办发〔2016〕24号)。');
    none('2022年12月30日');
  });
  it('should not support procedural durations and descriptive counts', () => {
    none('无居家条件的,实施14天集中隔离健康观察。');
    none('对医疗机构、隔离酒店等13类重点场所开展常态化监测。');
    none('继续推进区内6家区域性医疗中心服务能力提升。');
    none('开展环境以及其他影响因素等6个维度的日常监测工作。');
    none('推进健康中山10项专项行动。');
    none('实施公共卫生防控救治能力建设三年行动。');
    none('持续建设一支素质过硬的中医全科医师队伍。');
    none('贯彻落实吉林省3岁以下婴幼儿照护服务政策制度和标准规范。');
    none('贯彻落实国家关于促进3岁以下婴幼儿照护服务发展的决策部署。');
    none('全市建成15分钟健康服务圈。');
    none('围绕筛查、诊疗和管理三个核心环节。');
  });
  it('should not support an amount bounded before it (超, 超过) that qualifies the noun after 的 whose count follows', () => {
    expect(brief(indicators('培育年营业收入超10亿元的企业20家。', ANNUAL_2024))).toEqual(['年营业收入超10亿元的企业|20|家|=|target|2024']);
  });
  it('should not support an amount bounded before it that runs straight into the noun whose count follows (产值超10亿元企业8家)', () => {
    expect(brief(indicators('培育产值超10亿元企业8家。', ANNUAL_2024))).toEqual(['产值超10亿元企业|8|家|=|target|2024']);
    expect(brief(indicators('营业收入超过200亿元企业数量达到12家。', ANNUAL_2024))).toEqual(['营业收入超过200亿元企业数量|12|家|=|target|2024']);
  });
  it('should support an amount bounded before it with no count of its noun after it (营业收入超10亿元，净利润…)', () => {
    expect(brief(indicators('力争营业收入超10亿元，净利润增长8%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'))).toEqual(['营业收入|10|亿元|>=', '净利润|8|%|=']);
  });
  it('should not support a bracketed tally of the items listed under a heading (（共5方面20项）, （4项）)', () => {
    none('重点工作任务（共5方面20项）');
    none('全力扩大有效投资（4项）');
    none('加快建设现代化产业体系（4项）');
    none('落实十条措施（共10条）');
  });
  it('should support a count in brackets that is no tally (新建学校（12所）)', () => {
    expect(brief(indicators('新建中小学（12所）。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['12|所']);
  });
  it('should support an amount bounded before it that is the level itself (旅游总收入超过100亿元)', () => {
    expect(brief(indicators('旅游总收入超过100亿元。', ANNUAL_2024))).toEqual(['旅游总收入|100|亿元|>=|target|2024']);
  });
  it('should not support a bounded count of people that qualifies the noun after it (56人以上超大班额, 100人以上企业)', () => {
    expect(indicators('全面消除56人以上超大班额。', ANNUAL_2024)).toEqual([]);
    expect(brief(indicators('新增就业1000人以上的企业10家。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['10|家']);
  });
  it('should support a bounded count of people after its verb or its own noun (培训500人以上医务人员, 招聘教师100人以上)', () => {
    expect(brief(indicators('培训500人以上医务人员，招聘教师100人以上。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['500|人|>=', '100|人|>=']);
  });
  it('should not support a size or an amount of money that qualifies the noun after it (50万元以上的村)', () => {
    expect(brief(indicators('村级集体经济年经营性收入50万元以上的村占比达到85%。', ANNUAL_2024))).toEqual([
      '村级集体经济年经营性收入50万元以上的村占比|85|%|=|target|2024',
    ]);
    none('支持年营业收入20亿元以上的龙头企业建设智能工厂。');
    none('鼓励日处理能力1万吨以上的污水处理厂开展提标改造。');
    expect(indicators('引进亿元以上产业项目30个，其中10亿元以上项目3—5个。', ANNUAL_2024).map((i) => i.value)).not.toContain(10);
  });
  it('should support a bounded size or amount that a verb sets, also before 的', () => {
    expect(brief(indicators('建成1000亩以上的示范基地。', ANNUAL_2024))).toEqual(['示范基地|1000|亩|>=|target|2024']);
    expect(brief(indicators('粮食产量稳定在6.8万吨以上，农民收入稳步增长。', ANNUAL_2024))).toEqual(['粮食产量|6.8|万吨|>=|target|2024']);
  });
  it('should support a quantity whose next clause opens with a label word (，项目区…)', () => {
    expect(brief(indicators('新增高效节水灌溉面积1.5万亩，项目区亩均粮食产能明显提高。', ANNUAL_2024))).toEqual([
      '新增高效节水灌溉面积|1.5|万亩|=|target|2024',
    ]);
  });
  it('should not support targets without a number', () => {
    none('逐步实现二级以上医院全覆盖,人均预期寿命逐步提高。');
  });
});

describe('text and position', () => {
  it('should support the exact source slice, stray spaces and line breaks included', () => {
    const text = '各区(市、县)65 以\n\n上老年人和 0-3 岁儿童中医药健康管理率均达到 45%。';
    const items = indicators(text);
    expect(items[0]?.text).toBe('各区(市、县)65 以\n\n上老年人和 0-3 岁儿童中医药健康管理率均达到 45%');
    expect(items[1]?.text).toBe(items[0]?.text);
  });
});

describe('count units', () => {
  it('should support the longer of two units that share a first character (批次 before 批)', () => {
    expect(brief(indicators('全年开展食品安全监督抽检不少于1200批次。', ANNUAL_2024))).toEqual(['开展食品安全监督抽检|1200|批次|>=|target|2024']);
  });
});

describe('target verbs', () => {
  it('should support 压缩至 / 压缩到 (cutting a time limit) as a target verb that ends the metric', () => {
    expect(brief(indicators('企业开办时间压缩到1个工作日。', ANNUAL_2024))).toEqual(['企业开办时间|1|个工作日|=|target|2024']);
    expect(brief(indicators('一般企业投资项目审批时间压缩至20个工作日以内。', ANNUAL_2024))).toEqual(['一般企业投资项目审批时间|20|个工作日|<=|target|2024']);
  });
});

describe('growth rates named as the metric', () => {
  it('should support 年均增长 and 增幅 with their value as a target, not a change (增幅, a noun, named with the metric)', () => {
    expect(brief(indicators('基层医疗卫生机构护士数量年均增长5%左右。'))).toEqual(['基层医疗卫生机构护士数量|5|%|~|target|']);
    expect(brief(indicators('公立医院医疗收入增幅控制在8%以内。', ANNUAL_2024))).toEqual(['公立医院医疗收入增幅|8|%|<=|target|2024']);
  });
  it('should support 年均 parted from its verb by a distributor (年均分别增长6%和7.5%) as one yearly rate per metric', () => {
    expect(brief(indicators('城镇和农村居民人均可支配收入年均分别增长6%和7.5%，接待游客人次和旅游总收入年均分别增长10%和12%。'))).toEqual([
      '城镇居民人均可支配收入|6|%|=|target|',
      '农村居民人均可支配收入|7.5|%|=|target|',
      '接待游客人次|10|%|=|target|',
      '旅游总收入|12|%|=|target|',
    ]);
  });
  it('should not support a plain growth as a target: it is a change', () => {
    expect(brief(indicators('地区生产总值增长5.5%左右。', ANNUAL_2024))).toEqual(['地区生产总值|5.5|%|~|change|2024']);
    expect(brief(indicators('城镇和农村居民人均可支配收入分别增长6%和7.5%。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['change', 'change']);
  });
});

describe('grades of a standard', () => {
  it('should support the grade of a discharge or quality standard, in Chinese numerals and with a letter grade', () => {
    expect(brief(indicators('城镇污水处理厂出水水质不低于国家一级A排放标准。', ANNUAL_2024))).toEqual(['城镇污水处理厂出水水质|1|级|>=|target|2024']);
    expect(brief(indicators('空气质量达到国家二级标准。', ANNUAL_2024))).toEqual(['空气质量|2|级|=|target|2024']);
  });
  it('should not support a grade that names an institution (三级医院)', () => {
    expect(indicators('推动二级医院达到三级医院水平。', ANNUAL_2024)).toEqual([]);
  });
});

describe('housing targets', () => {
  it('should support 开工 and 筹集 as verbs of a counted object, and the unit 间 (套（间）)', () => {
    expect(brief(indicators('全年新开工保障性租赁住房5000套（间），筹集公租房1200套。', ANNUAL_2024))).toEqual([
      '保障性租赁住房|5000|套（间）|=|target|2024',
      '公租房|1200|套|=|target|2024',
    ]);
  });
  it('should not support 间 after a Chinese numeral or inside a word (一间, 时间)', () => {
    expect(indicators('腾出一间办公用房，时间间隔不长。', ANNUAL_2024)).toEqual([]);
  });
});

describe('doubling', () => {
  it('should support 翻一番 / 翻两番 as a change of 1 or 2 番', () => {
    expect(brief(indicators('全县村级集体经济总收入比2020年翻一番。', ANNUAL_2024))).toEqual(['村级集体经济总收入|1|番|=|change|2024']);
    expect(brief(indicators('到2035年人均收入翻两番。'))).toEqual(['人均收入|2|番|=|change|2035']);
  });
  it('should not support 番 without the verb 翻 (三番五次)', () => {
    expect(indicators('各地三番五次强调安全生产。', ANNUAL_2024)).toEqual([]);
  });
});

describe('units of works, yields, visits and working days', () => {
  it('should support 眼 (wells), 斤 (yield), 家次 (institutions per visit) and 个工作日', () => {
    expect(brief(indicators('新建和改造机井860眼。', ANNUAL_2024))).toEqual(['机井|860|眼|=|target|2024']);
    expect(brief(indicators('项目区亩均粮食产能提高100斤以上。', ANNUAL_2024))).toEqual(['项目区亩均粮食产能|100|斤|>=|change|2024']);
    expect(brief(indicators('年服务企业800家次以上。', ANNUAL_2024))).toEqual(['年服务企业|800|家次|>=|target|2024']);
    expect(indicators('审批时间不超过20个工作日。', ANNUAL_2024).map((i) => [i.value, i.unit])).toEqual([[20, '个工作日']]);
  });
  it('should support an alternative classifier in brackets as part of the unit (台（套）, 个(家))', () => {
    expect(brief(indicators('工业互联网平台连接设备数超过30万台（套）。'))).toEqual(['工业互联网平台连接设备数|30|万台（套）|>=|target|']);
    expect(brief(indicators('新建托育机构10个(家)。'))).toEqual(['托育机构|10|个(家)|=|target|']);
  });
  it('should not support a bracket that holds no unit as part of the unit', () => {
    expect(indicators('新建托育机构10个（含普惠性机构）。').map((i) => i.unit)).toEqual(['个']);
  });
  it('should support 条段 (river segments) before 条', () => {
    const review = { years: [2021, 2025] as [number, number], annual: false, review: true };
    expect(indicators('打通全区900余条段断头河。', review).map((i) => [i.metric, i.value, i.unit, i.comparator])).toEqual([['断头河', 900, '条段', '>=']]);
  });
  it('should not support these units after a Chinese numeral in running text (一眼, 半斤)', () => {
    expect(indicators('群众一眼就能看到服务清单。', ANNUAL_2024)).toEqual([]);
  });
});

describe('units of economic, energy and farm plans', () => {
  it('should support 件, 公斤, 千克, 美元, 千瓦, 千瓦时 and 兆瓦', () => {
    const read = (t: string) => indicators(t).map((i) => [i.metric, i.value, i.unit]);
    expect(read('到2027年，每万人口高价值发明专利拥有量达到12件。')).toEqual([['每万人口高价值发明专利拥有量', 12, '件']]);
    expect(read('亩产提高50公斤，生猪出栏体重达到120千克。')).toEqual([['亩产', 50, '公斤'], ['生猪出栏体重', 120, '千克']]);
    expect(read('外贸进出口总额达到1000亿美元。')).toEqual([['外贸进出口总额', 1000, '亿美元']]);
    expect(read('光伏装机容量达到800千瓦，年发电量达到9600千瓦时，储能规模达到200兆瓦。')).toEqual([
      ['光伏装机容量', 800, '千瓦'],
      ['年发电量', 9600, '千瓦时'],
      ['储能规模', 200, '兆瓦'],
    ]);
  });
  it('should support one multiplier before a unit that starts with another (300万千瓦, 450亿千瓦时), and two before a plain unit (9.5万亿元)', () => {
    const read = (t: string) => indicators(t).map((i) => [i.value, i.unit]);
    expect(read('可再生能源装机容量达到300万千瓦，全社会用电量达到450亿千瓦时。')).toEqual([[300, '万千瓦'], [450, '亿千瓦时']]);
    expect(read('地区生产总值达到9.5万亿元。')).toEqual([[9.5, '万亿元']]);
  });
  it('should not support 件 after a Chinese numeral in running text (高效办成一件事)', () => {
    expect(indicators('推进高效办成一件事。')).toEqual([]);
  });
});

describe('items run together in one paragraph', () => {
  it('should support an item marker that opens a sentence as no part of the metric', () => {
    expect(indicators('4.孕产妇系统管理率达到90%以上。5.儿童青少年总体近视率每年降低0.5个百分点。', ANNUAL_2024).map((i) => i.metric)).toEqual([
      '孕产妇系统管理率',
      '儿童青少年总体近视率',
    ]);
  });
  it('should support a circled item marker and a circled note mark after a term as no part of the metric', () => {
    expect(indicators('①城乡居民健康素养水平达到30%。建成“15分钟健身圈”②的县（市、区）达到65个。', ANNUAL_2024).map((i) => i.metric)).toEqual([
      '城乡居民健康素养水平',
      '建成“15分钟健身圈”的县（市、区）',
    ]);
  });
});

describe('a breakdown of a count in brackets', () => {
  it('should support the parts in brackets after a count as the parts after 其中 are read', () => {
    expect(brief(indicators('改造老旧小区30个（新建12个、改造18个）。', ANNUAL_2024))).toEqual([
      '老旧小区|30|个|=|target|2024',
      '老旧小区|12|个|=|target|2024',
      '老旧小区|18|个|=|target|2024',
    ]);
    expect(indicators('新建学校10所（含民办学校2所）。', ANNUAL_2024).map((i) => i.metric)).toEqual(['学校', '民办学校']);
  });
  it('should not support a bracket holding one value of another kind as a breakdown', () => {
    expect(brief(indicators('森林覆盖率达到65%（2020年为60%）。', ANNUAL_2024))).toEqual(['森林覆盖率|65|%|=|target|2024', '森林覆盖率|60|%|=|baseline|2020']);
  });
  it('should not support 含 inside a word (含税, 含水率) as the lead word of a part', () => {
    expect(indicators('土壤含水率保持在20%以上。', ANNUAL_2024).map((i) => i.metric)).toEqual(['土壤含水率']);
  });
});

describe('markdown emphasis in a metric name', () => {
  it('should support a name set in bold or the ** closing a bold run-in title before it, without the marks', () => {
    expect(brief(indicators('**城镇新增就业**5200人以上。', ANNUAL_2024))).toEqual(['城镇新增就业|5200|人|>=|target|2024']);
    expect(brief(indicators('**（二）民生福祉持续增进。** 城镇新增就业5200人。', ANNUAL_2024))).toEqual(['城镇新增就业|5200|人|=|target|2024']);
  });
  it('should support a lone * after a term as a note mark, no part of the name', () => {
    expect(indicators('森林覆盖率*达到62%。', ANNUAL_2024).map((i) => i.metric)).toEqual(['森林覆盖率']);
  });
  it('should not support dropping a single underscore inside a name', () => {
    expect(indicators('PM2_5年均浓度控制在30微克/立方米以下。', ANNUAL_2024).map((i) => i.metric)).toEqual(['PM2_5年均浓度']);
  });
});

describe('decorations in a metric name', () => {
  it('should support emoji and block bullets of 公众号 copies dropped from a name, also mid-line', () => {
    expect(indicators('参保率稳定在98%以上，🔹职工医保统筹基金可支付月数保持在6个月以上。', ANNUAL_2024).map((i) => i.metric)).toEqual(['参保率', '职工医保统筹基金可支付月数']);
    expect(indicators('■家庭医生签约率达到75%。', ANNUAL_2024).map((i) => i.metric)).toEqual(['家庭医生签约率']);
  });
});

describe('a condition inside a name that a level is reached after (经…后)', () => {
  it('should support the name without the condition', () => {
    expect(indicators('特困人员经基本医保、大病保险和医疗救助综合保障后政策范围内住院费用报销比例不低于85%。', ANNUAL_2024).map((i) => i.metric)).toEqual(['特困人员政策范围内住院费用报销比例']);
  });
  it('should not support words that begin with 经 as a condition (经常, 经济, 经营)', () => {
    expect(indicators('经常参加体育锻炼人数比例达到38%，经营主体增长10%。', ANNUAL_2024).map((i) => i.metric)).toEqual(['经常参加体育锻炼人数比例', '经营主体']);
  });
});
