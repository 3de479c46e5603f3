// Targets of economic and business-environment plans (政府工作报告 主要预期目标, 营商环境 工作要点):
// their units (千瓦, 标箱, 件, 个工作日), verbs (压缩至, 更新, 竣工 …) and 突破 as a threshold.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';
import { grammars } from '../grammar-helpers.js';
import { quotedMask, scanQuantities } from '../../src/indicators/quantity.js';

const scan = (text: string) => scanQuantities(text, grammars().indicators, quotedMask(text)).map((q) => `${text.slice(q.start, q.end)}=${JSON.stringify(q.value)}${q.unitText}`);

describe('units of economic targets', () => {
  it('should support a multiplier before a unit that starts with a multiplier character (万千瓦)', () => {
    expect(scan('新增装机容量50万千瓦')).toEqual(['50万千瓦=50万千瓦']);
    expect(scan('总投资9.5万亿元')).toEqual(['9.5万亿元=9.5万亿元']);
  });
  it('should support installed power, container throughput, cases and working days', () => {
    expect(brief(indicators('光伏装机容量达到120万千瓦。', ANNUAL_2024))).toEqual(['光伏装机容量|120|万千瓦|=|target|2024']);
    expect(brief(indicators('港口集装箱吞吐量达到300万标箱。', ANNUAL_2024))).toEqual(['港口集装箱吞吐量|300|万标箱|=|target|2024']);
    expect(brief(indicators('集装箱吞吐量达到４２０万标准箱，海铁联运量达到９０万标准箱。', ANNUAL_2024))).toEqual(['集装箱吞吐量|420|万标准箱|=|target|2024', '海铁联运量|90|万标准箱|=|target|2024']);
    expect(brief(indicators('每万人口高价值发明专利拥有量达到12件。', ANNUAL_2024))).toEqual(['每万人口高价值发明专利拥有量|12|件|=|target|2024']);
    expect(brief(indicators('企业开办时间压缩至1个工作日以内。', ANNUAL_2024))).toEqual(['企业开办时间|1|个工作日|<=|target|2024']);
  });
  it('should support the small lengths of construction standards (厘米, 毫米), not read as 米', () => {
    expect(brief(indicators('田面高差控制在5厘米以内，路面平整度偏差不超过8毫米。', ANNUAL_2024))).toEqual(['田面高差|5|厘米|<=|target|2024', '路面平整度偏差|8|毫米|<=|target|2024']);
  });
  it('should support yields per mu as one unit (斤/亩, 公斤/亩) and 推出 as the verb of the routes and scenes a plan launches', () => {
    expect(brief(indicators('玉米平均单产提高到1100斤/亩，大豆亩产达到180公斤/亩。', ANNUAL_2024))).toEqual(['玉米平均单产|1100|斤/亩|=|target|2024', '大豆亩产|180|公斤/亩|=|target|2024']);
    expect(brief(indicators('推出研学旅游精品线路8条。', ANNUAL_2024))).toEqual(['研学旅游精品线路|8|条|=|target|2024']);
  });
  it('should support seed and grain stored in 斤 or 公斤 after their verb, as tonnes are (储备救灾备荒种子30万斤)', () => {
    expect(brief(indicators('储备救灾备荒种子30万斤，调运化肥500吨。', ANNUAL_2024))).toEqual(['储备救灾备荒种子|30|万斤|=|target|2024', '调运化肥|500|吨|=|target|2024']);
    expect(brief(indicators('储备蔬菜种子8000公斤。', ANNUAL_2024))).toEqual(['储备蔬菜种子|8000|公斤|=|target|2024']);
  });
  it('should not support 推出 before an article (推出一批精品线路) as a count', () => {
    expect(indicators('推出一批精品线路。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 新辟 as the verb of the routes a transport plan opens (新辟公交线路6条)', () => {
    expect(brief(indicators('新辟城乡公交线路6条。', ANNUAL_2024))).toEqual(['城乡公交线路|6|条|=|target|2024']);
  });
  it('should support standard coal (吨标准煤), road network density (公里/百平方公里) and showings (场次) as whole units', () => {
    expect(brief(indicators('年节约能源约3600吨标准煤。', ANNUAL_2024))).toEqual(['年节约能源|3600|吨标准煤|~|target|2024']);
    expect(brief(indicators('能耗总量控制在120万吨标准煤以内。', ANNUAL_2024))).toEqual(['能耗总量|120|万吨标准煤|<=|target|2024']);
    expect(brief(indicators('公路网密度达到102.6公里/百平方公里。', ANNUAL_2024))).toEqual(['公路网密度|102.6|公里/百平方公里|=|target|2024']);
    expect(brief(indicators('举办节庆活动20场次以上。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['20|场次|>=']);
  });
  it('should support the units of digital infrastructure: computing power (PFlops), telecom penetration (部/百户) and latency (毫秒)', () => {
    expect(brief(indicators('算力总规模达到800PFlops，固定宽带家庭普及率达到105部/百户，算力网络时延控制在5毫秒以内。', ANNUAL_2024))).toEqual([
      '算力总规模|800|PFlops|=|target|2024',
      '固定宽带家庭普及率|105|部/百户|=|target|2024',
      '算力网络时延|5|毫秒|<=|target|2024',
    ]);
    expect(brief(indicators('移动电话普及率达到110部/百人，智能算力规模达到2EFLOPS。', ANNUAL_2024))).toEqual(['移动电话普及率|110|部/百人|=|target|2024', '智能算力规模|2|EFLOPS|=|target|2024']);
  });
  it('should support bandwidth (Tbps, Gbps, Mbps) and data-centre racks (标准机架)', () => {
    expect(brief(indicators('城域网出口带宽达到20Tbps，家庭宽带平均接入速率达到500Mbps，数据中心机架规模达到5万标准机架。', ANNUAL_2024))).toEqual([
      '城域网出口带宽|20|Tbps|=|target|2024',
      '家庭宽带平均接入速率|500|Mbps|=|target|2024',
      '数据中心机架规模|5|万标准机架|=|target|2024',
    ]);
  });
  it('should not support a Latin unit inside a longer word or a 部 alone as a penetration unit', () => {
    expect(scan('达到800PFlopsX')).toEqual([]);
    expect(indicators('由3部门联合开展检查。')).toEqual([]);
  });
  it('should support a negative value written with a minus sign after a word (年均增长-0.6%, 为−1.2%)', () => {
    expect(brief(indicators('全省煤炭消费量年均增长-0.6%，工业品出厂价格指数涨幅为−1.2%。', { years: [2021, 2025], annual: false, review: true }))).toEqual([
      '煤炭消费量|-0.6|%|=|actual|',
      '工业品出厂价格指数涨幅|-1.2|%|=|actual|',
    ]);
    expect(scan('增速（-2.5%）')).toEqual(['-2.5%=-2.5%']);
  });
  it('should not support a minus that joins a range or a code as a sign (1-3个百分点, 1万-2万元, G15-1)', () => {
    expect(scan('提高1-3个百分点')).toEqual(['1-3个百分点=[1,3]个百分点']);
    expect(scan('补助1万-2万元')).toEqual(['1万-2万元=[1,2]万元']);
    expect(scan('G15-1公里')).toEqual(['1公里=1公里']);
  });
  it('should support a multiple (倍) as a level with a target verb and as a change with a change verb; a year before 的 is its base', () => {
    expect(brief(indicators('研发经费投入达到2020年的1.5倍，数字经济规模增长2倍。'))).toEqual(['研发经费投入|1.5|倍|=|target|', '数字经济规模|2|倍|=|change|']);
  });
  it('should not support a deadline before 的 as a base (到2025年的目标是…)', () => {
    expect(brief(indicators('到2025年的目标是森林覆盖率达到45%。'))).toEqual(['目标是森林覆盖率|45|%|=|target|2025']);
  });
  it('should not support 倍 without a number (倍增计划)', () => {
    expect(indicators('实施高新技术企业倍增计划，实现倍增。')).toEqual([]);
  });
  it('should not support 吨 or 公里 alone where the source writes a longer unit', () => {
    expect(scan('节约3600吨标准煤')).toEqual(['3600吨标准煤=3600吨标准煤']);
    expect(scan('密度102.6公里/百平方公里')).toEqual(['102.6公里/百平方公里=102.6公里/百平方公里']);
  });
  it('should support 容量 as the head of a metric named right before its value (新增装机容量12兆瓦)', () => {
    expect(brief(indicators('新增装机容量12兆瓦，年发电量约1200万千瓦时。', ANNUAL_2024))).toEqual(['新增装机容量|12|兆瓦|=|target|2024', '年发电量|1200|万千瓦时|~|target|2024']);
  });
  it('should not support a capacity that only describes the stock (现有…库容量)', () => {
    expect(indicators('现有水库总库容量1.2亿立方米。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a count of cases with no target verb or comparator', () => {
    expect(indicators('受理投诉举报等12件事项的办理流程。', ANNUAL_2024)).toEqual([]);
  });
});

describe('statistics written without 量 (生猪出栏80万头, 新增算力1000PFlops)', () => {
  it('should support 出栏 and 存栏 as the heads of a value right after them', () => {
    expect(brief(indicators('粮食总产量稳定在45万吨以上，生猪出栏80万头，牛羊存栏12万头。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '粮食总产量|45|万吨',
      '生猪出栏|80|万头',
      '牛羊存栏|12|万头',
    ]);
  });
  it('should support 算力 as the head of computing power given right after it (新增算力1000PFlops)', () => {
    expect(brief(indicators('新增算力1000PFlops，智能算力2000PFlops。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['新增算力|1000|PFlops', '智能算力|2000|PFlops']);
  });
  it('should support 计划投资 as the head of the investment planned for the year, not 总投资 (a project\'s scale)', () => {
    expect(brief(indicators('实施重点项目50个，总投资320亿元，年度计划投资85亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['50|个', '85|亿元']);
  });
  it('should not support an amount named by its attribute before the 的 of a noun as a target (实施总投资8.6亿元的…项目): the size of that thing', () => {
    expect(brief(indicators('开工建设总投资12.5亿元的城南片区综合改造等一批项目。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('新引进年营业收入3亿元的企业5家。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['5|家']);
  });
  it('should support the amount before 的 and a target word, and an investment with no 的 after it, as targets', () => {
    expect(brief(indicators('确保实现完成投资22亿元的目标。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['22|亿元']);
    expect(brief(indicators('全年完成投资18亿元，带动社会投资5亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['18|亿元', '5|亿元']);
  });
  it('should support 装机 as the head of installed capacity given right after it (新增光伏装机120万千瓦)', () => {
    expect(brief(indicators('新增光伏装机120万千瓦，新型储能装机达到260万千瓦。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '新增光伏装机|120|万千瓦',
      '新型储能装机|260|万千瓦',
    ]);
  });
  it('should not support a count after 出栏 that is no value of it (出栏后3天内完成检疫)', () => {
    expect(indicators('生猪出栏后3天内完成检疫申报。', ANNUAL_2024)).toEqual([]);
  });
});

describe('firms among market entities (…万户，其中企业4000家)', () => {
  it('should support a part after 其中 counted in 家 under a total of market entities counted in 户', () => {
    expect(brief(indicators('新增经营主体1.5万户，其中企业4000家。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['经营主体|1.5|万户', '企业|4000|家']);
  });
  it('should not support a count in 家 after 其中 that names no institution as a part of households', () => {
    expect(brief(indicators('惠及居民3600户，其中困难群众200家。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['3600|户']);
  });
});

describe('a word of the metric that ends in an adverb character (供应)', () => {
  it('should support 供应 before the number as the end of the metric, not the adverb 应', () => {
    expect(brief(indicators('新增建设用地供应1.2万亩，年度建设用地供应3000亩以上。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['新增建设用地供应|1.2', '年度建设用地供应|3000']);
  });
  it('should not support 应 as part of the metric where it is the adverb (全年应完成检查200次)', () => {
    expect(brief(indicators('全年应完成检查200次。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['检查']);
  });
});

describe('records gathered and bonds issued (归集, 汇聚, 发行)', () => {
  it('should support 归集 / 汇聚 as object verbs of counted records', () => {
    expect(brief(indicators('归集公共数据12亿条，汇聚数据资源5000万条。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['公共数据|12|亿条', '数据资源|5000|万条']);
  });
  it('should support 发行 as the object verb of bonds issued (发行地方政府专项债券30亿元)', () => {
    expect(brief(indicators('发行地方政府专项债券30亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['地方政府专项债券|30|亿元']);
  });
  it('should not support a count in another clause as their object (汇聚各方力量，建成平台3个)', () => {
    expect(brief(indicators('汇聚各方力量，建成平台3个。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['平台']);
  });
});

describe('verbs of economic targets', () => {
  it('should support 压缩至 and 压减至 as target verbs', () => {
    expect(brief(indicators('工程建设项目审批时间压减至60个工作日。', ANNUAL_2024))).toEqual(['工程建设项目审批时间|60|个工作日|=|target|2024']);
  });
  it('should support 压减, 压降, 削减 and 缩减 as cuts by an amount (kind change), the metric before them', () => {
    expect(brief(indicators('政府一般性支出压减10%以上。', ANNUAL_2024))).toEqual(['政府一般性支出|10|%|>=|change|2024']);
    expect(brief(indicators('会议费压降10%，公用经费削减5%。', ANNUAL_2024))).toEqual(['会议费|10|%|=|change|2024', '公用经费|5|%|=|change|2024']);
  });
  it('should support 精简 and 压缩 as cuts by an amount (kind change): paperwork and time', () => {
    expect(brief(indicators('办事材料较2023年精简30%，审批时限压缩50%以上。'))).toEqual(['办事材料|30|%|=|change|', '审批时限|50|%|>=|change|']);
  });
  it('should not support 压缩 as a change where 压缩至 sets the level to reach', () => {
    expect(brief(indicators('企业开办时间压缩至0.5个工作日以内。'))).toEqual(['企业开办时间|0.5|个工作日|<=|target|']);
  });
  it('should not support 压减 as a change where 压减至 sets the level to reach', () => {
    expect(brief(indicators('一般性支出压减至8亿元。', ANNUAL_2024))).toEqual(['一般性支出|8|亿元|=|target|2024']);
  });
  it('should support 突破 as a threshold to pass (>=)', () => {
    expect(brief(indicators('外贸进出口总额突破1000亿元。', ANNUAL_2024))).toEqual(['外贸进出口总额|1000|亿元|>=|target|2024']);
    expect(brief(indicators('接待游客突破3000万人次。', ANNUAL_2024))).toEqual(['接待游客|3000|万人次|>=|target|2024']);
  });
  it('should support 更新, 整治, 修缮, 招引 and 开通 as verbs before their counted object', () => {
    expect(brief(indicators('更新健身路径100条。', ANNUAL_2024))).toEqual(['健身路径|100|条|=|target|2024']);
    expect(brief(indicators('招引亿元以上项目30个。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['30|个']);
  });
  it('should support 吸引 and 接待 as verbs before their counted object (visitors, investment)', () => {
    expect(brief(indicators('单场活动吸引游客5—8万人次。', ANNUAL_2024))).toEqual(['游客|[5,8]|万人次|range|target|2024']);
    expect(brief(indicators('接待游客2000万人次。', ANNUAL_2024))).toEqual(['接待游客|2000|万人次|=|target|2024']);
  });
  it('should not support 吸引 or 接待 without a counted object', () => {
    expect(indicators('吸引了大量游客，接待能力不断增强。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 实现 as a verb before its counted object or amount (实现利税30亿元, 实现26座水闸全部排除病险)', () => {
    expect(brief(indicators('力争实现规上工业产值500亿元，实现利税30亿元。', ANNUAL_2024))).toEqual(['规上工业产值|500|亿元|=|target|2024', '利税|30|亿元|=|target|2024']);
    expect(brief(indicators('实现26座水闸全部排除病险。', ANNUAL_2024))).toEqual(['水闸|26|座|=|target|2024']);
  });
  it('should not support 实现 before a label or a target with no number (实现5G网络全覆盖)', () => {
    expect(indicators('实现5G网络全覆盖，实现一网通办。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 部 as the count of works, films and regulations', () => {
    expect(brief(indicators('每年创作排演本土题材精品剧目不少于2部，完成微电影拍摄5部。')).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|部|>=', '5|部|=']);
  });
  it('should not support 部 after a Chinese numeral (一部分, 一部法规) or in 部门 without a target', () => {
    expect(indicators('一部分企业制定了一部企业标准。')).toEqual([]);
    expect(indicators('市直3部门负责。')).toEqual([]);
  });
  it('should support 实际使用外资 / 实际利用外资 as a statistic named with its verb', () => {
    expect(brief(indicators('力争实际使用外资3亿美元，全年实际利用外资增长8%。', ANNUAL_2024))).toEqual(['实际使用外资|3|亿美元|=|target|2024', '实际利用外资|8|%|=|change|2024']);
  });
  it('should not support an amount after 使用 or 利用 alone as a statistic', () => {
    expect(indicators('合理使用资金3亿美元。', ANNUAL_2024)).toEqual([]);
  });
  it('should support 争创, 引育, 申报 and 获批 as verbs before their counted object', () => {
    const counts = (t: string) => brief(indicators(t, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));
    expect(counts('争创省级以上示范区3个。')).toEqual(['省级以上示范区|3|个']);
    expect(counts('新引育高层次人才200名，申报国家级非遗项目2项，获批省级重点实验室3家。')).toEqual(['高层次人才|200|名', '国家级非遗项目|2|项', '省级重点实验室|3|家']);
  });
  it('should not support 签约 (家庭医生签约) or 落地 (落地项目) as verbs, nor these verbs without a count', () => {
    expect(brief(indicators('家庭医生签约百分百覆盖残疾人群。'))).toEqual(['家庭医生签约|100|%|=|target|']);
    expect(indicators('积极争创国家生态文明建设示范县。', ANNUAL_2024)).toEqual([]);
    expect(brief(indicators('全省落地项目2200个、总投资额7200亿元。', { years: [2021, 2025], annual: false, review: true })).map((b) => b.split('|')[0])).toEqual(['落地项目', '总投资额']);
  });
  it('should support 规划 as a verb before its counted object, with a breakdown in brackets (规划水闸43座（其中：…）)', () => {
    expect(brief(indicators('按照崇明三岛规划水闸43座（其中：崇明岛27座、长兴岛10座）的远景目标要求，推进建设。'))).toEqual(['水闸|43|座|=|target|', '崇明岛|27|座|=|target|', '长兴岛|10|座|=|target|']);
  });
  it('should not support 规划 in 规划期内 or a plan\'s name as the verb of a count', () => {
    expect(brief(indicators('规划期内新增学校12所。')).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['学校|12']);
    expect(indicators('按照《某市国土空间总体规划》，全市划分3个片区。')).toEqual([]);
  });
  it('should support 竣工 and 投产 as verbs before their counted object', () => {
    expect(brief(indicators('竣工投产项目50个。', ANNUAL_2024))).toEqual(['竣工投产项目|50|个|=|target|2024']);
  });
  it('should not support 实施 before a duration as a counted target (实施14天集中隔离)', () => {
    expect(indicators('严格实施14天集中隔离健康观察。')).toEqual([]);
  });
});

describe('an object verb before the change verb', () => {
  it('should support an object verb before the change verb of a rate as part of the metric (经费投入增长)', () => {
    expect(brief(indicators('研发经费投入年均增长10%以上。'))).toEqual(['研发经费投入|10|%|>=|target|']);
  });
  it('should not support an object verb before the change verb of a count as part of the metric (改造提升24个)', () => {
    expect(brief(indicators('改造提升24个高速公路服务区。'))).toEqual(['高速公路服务|24|个|=|target|']);
  });
  it('should still support 均 as a distributor after a conjunction (…和…均达到45%)', () => {
    expect(brief(indicators('甲率和乙率均达到45%。')).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['甲率|45|%', '乙率|45|%']);
  });
});

describe('ratios and rates written bare (城乡居民收入比, 收入倍差, 万台事故率)', () => {
  it('should support 收入比 / 收入倍差 with a bare quotient as an item of unit null', () => {
    expect(brief(indicators('城乡居民收入比缩小至1.61，城乡居民收入倍差缩小到1.7以内。', ANNUAL_2024))).toEqual([
      '城乡居民收入比|1.61||=|target|2024',
      '城乡居民收入倍差|1.7||<=|target|2024',
    ]);
  });
  it('should support a bare baseline and the level its verb reaches (系数由2020年的0.55提高到0.6, 收入比由1.96缩小到1.83)', () => {
    expect(brief(indicators('农田灌溉水有效利用系数由2020年的0.55提高到0.6，城乡居民收入比由1.96缩小到1.83。', ANNUAL_2024))).toEqual([
      '农田灌溉水有效利用系数|0.55||=|baseline|2020',
      '农田灌溉水有效利用系数|0.6||=|target|2024',
      '城乡居民收入比|1.96||=|baseline|',
      '城乡居民收入比|1.83||=|target|2024',
    ]);
  });
  it('should not support bare numbers without a unitless head before them, nor a second bare number that no verb reaches', () => {
    expect(indicators('由0.55提高到0.6。', ANNUAL_2024)).toEqual([]);
    expect(brief(indicators('农田灌溉水有效利用系数由0.55，0.6。', ANNUAL_2024))).toEqual([]);
  });
  it('should support accident rates written bare with their base in the name (电梯万台事故率控制在0.15以下)', () => {
    expect(brief(indicators('电梯万台事故率控制在0.15以下。', ANNUAL_2024))).toEqual(['电梯万台事故率|0.15||<=|target|2024']);
    expect(brief(indicators('生产安全事故率下降10%。', ANNUAL_2024))).toEqual(['生产安全事故率|10|%|=|change|2024']);
  });
  it('should not support a bare number after 收入比上年 (a comparison, not the ratio) as an item', () => {
    expect(brief(indicators('农村居民收入比上年增长7%，城乡居民收入比上年缩小0.05。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['7|%']);
  });
});

describe('an amount class between an object verb and its count (引进10亿元以上产业项目6个)', () => {
  it('should support a bounded amount or size right after the verb as part of the counted noun, the count as the value', () => {
    expect(brief(indicators('引进10亿元以上产业项目6个，实施5000万元以上的技改项目30个，新建500平方米以上的综合服务中心12个。', ANNUAL_2024))).toEqual([
      '10亿元以上产业项目|6|个|=|target|2024',
      '5000万元以上的技改项目|30|个|=|target|2024',
      '500平方米以上的综合服务中心|12|个|=|target|2024',
    ]);
  });
  it('should not support it when the amount ends its clause or the count is in another clause (投入资金5000万元以上，建设项目20个)', () => {
    expect(brief(indicators('投入资金5000万元以上，建设项目20个。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['5000|万元|>=', '20|个|=']);
    expect(brief(indicators('新增贷款50亿元以上用于科技企业。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['50|亿元|>=']);
  });
});

describe('a verb written once for counts whose first carries its own bound (建设良种基地5个以上、保障性苗圃12个)', () => {
  it('should support the later counts as objects of the verb, the bound staying with the count it follows', () => {
    expect(brief(indicators('建设林木良种基地5个以上、保障性苗圃12个，新建城市公园10个以上和口袋公园30个。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'))).toEqual([
      '林木良种基地|5|个|>=',
      '保障性苗圃|12|个|=',
      '城市公园|10|个|>=',
      '口袋公园|30|个|=',
    ]);
  });
  it('should support a bound after the last member as every member\'s, as before (分别控制在…、7.0‰和9.5‰以内)', () => {
    expect(brief(indicators('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在20/10万、7.0‰和9.5‰以内。', ANNUAL_2024)).map((b) => b.split('|')[3])).toEqual(['<=', '<=', '<=']);
  });
  it('should not support a later count with a verb or metric of its own, or in another clause, as an object of the first verb', () => {
    expect(brief(indicators('新增床位200张以上，护理型床位占比60%。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['床位|200', '护理型床位占比|60']);
  });
});

describe('the purpose of an amount (…5000万元用于数据要素发展)', () => {
  it('should support the metric named before the amount, not the purpose after it', () => {
    expect(brief(indicators('市级数字经济专项资金每年安排不少于5000万元用于数据要素发展，安排资金3000万元专项用于老旧小区改造。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual([
      '市级数字经济专项资金每年|5000',
      '资金|3000',
    ]);
  });
  it('should not support a purpose after a count as its noun, nor losing the noun named before it (新建停车位2000个用于缓解停车难)', () => {
    expect(brief(indicators('建成冷链物流仓库3座，新建停车位2000个用于缓解停车难。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['冷链物流仓库|3', '停车位|2000']);
  });
});

describe('statistical terms that hold a verb (verbNouns)', () => {
  it('should support 城镇新增就业 as the metric of its count, not 就业', () => {
    expect(brief(indicators('城镇新增就业5万人。', ANNUAL_2024))).toEqual(['城镇新增就业|5|万人|=|target|2024']);
    expect(brief(indicators('全年城镇新增就业3.2万人以上。', ANNUAL_2024))).toEqual(['城镇新增就业|3.2|万人|>=|target|2024']);
  });
  it('should support 植树 as the act its count of trees names (义务植树50万株)', () => {
    expect(brief(indicators('全年义务植树80万株以上。', ANNUAL_2024))).toEqual(['义务植树|80|万株|>=|target|2024']);
    expect(brief(indicators('组织植树活动12场。', ANNUAL_2024))).toEqual(['植树活动|12|场|=|target|2024']);
    // 完成 before such a term only says its amount is reached.
    expect(brief(indicators('完成义务植树60万株。', ANNUAL_2024))).toEqual(['义务植树|60|万株|=|target|2024']);
    expect(brief(indicators('完成新增城镇就业1.5万人。', ANNUAL_2024))).toEqual(['新增城镇就业|1.5|万人|=|target|2024']);
  });
  it('should still support 新增 as the verb of its counted object elsewhere', () => {
    expect(brief(indicators('新增托位2000个。', ANNUAL_2024))).toEqual(['托位|2000|个|=|target|2024']);
  });
});

describe('a comparison with the previous year (比上年, 较上年)', () => {
  it('should not support 较上年 as part of the metric', () => {
    expect(brief(indicators('实际利用外资较上年增长10%。', ANNUAL_2024))).toEqual(['实际利用外资|10|%|=|change|2024']);
  });
  it('should support 比上年 after a first value as a second change of the same metric', () => {
    expect(brief(indicators('居民收入增长7%，比上年提高1个百分点。', ANNUAL_2024))).toEqual(['居民收入|7|%|=|change|2024', '居民收入|1|个百分点|=|change|2024']);
  });
});

describe('a share whose subject was said before it (占…比重)', () => {
  it('should support the metric before as the subject of 占…比重', () => {
    expect(brief(indicators('到2025年，数字经济规模突破2万亿元，占GDP比重达到45%。'))).toEqual(['数字经济规模|2|万亿元|>=|target|2025', '数字经济规模占GDP比重|45|%|=|target|2025']);
  });
  it('should support the things counted, not their total count, as the subject of 占…比例 (…人才总量达到…，占…比例)', () => {
    expect(brief(indicators('全市高技能人才总量达到15万人，占技能人才比例提高到33%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['高技能人才总量', '高技能人才占技能人才比例']);
    expect(brief(indicators('到2030年，60岁及以上老年人口总数达到95万人，占常住人口比重达到24%。')).map((b) => b.split('|')[0])).toEqual(['60岁及以上老年人口总数', '60岁及以上老年人口占常住人口比重']);
  });
  it('should not support dropping the measure of an amount that is no count (数字经济规模…，占GDP比重)', () => {
    expect(brief(indicators('到2030年，文化产业规模突破800亿元，占GDP比重达到6%。')).map((b) => b.split('|')[0])).toEqual(['文化产业规模', '文化产业规模占GDP比重']);
  });
  it('should not support a subject taken from another sentence', () => {
    expect(brief(indicators('数字经济规模突破2万亿元。占GDP比重达到45%。')).map((b) => b.split('|')[0])).toEqual(['数字经济规模', '占GDP比重']);
  });
  it('should support the metric before as the subject of 总数 and 总量 (新增市场主体2.1万户，总数达到28.6万户)', () => {
    expect(brief(indicators('全年新增市场主体2.1万户，总数达到28.6万户。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['市场主体', '市场主体总数']);
  });
  it('should support 总数 after a count whose verb of adding follows its subject (高新技术企业净增300家、总数突破3380家) without that verb', () => {
    expect(brief(indicators('高新技术企业净增300家、总数突破3380家，新增规上工业企业50家，总数达到800家。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual([
      '高新技术企业净增',
      '高新技术企业总数',
      '规上工业企业',
      '规上工业企业总数',
    ]);
  });
  it('should not support 总数 taking a subject from another sentence', () => {
    expect(brief(indicators('新增市场主体2.1万户。总数达到28.6万户。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['市场主体', '总数']);
  });
  it('should support racks and flights as count units', () => {
    expect(brief(indicators('建设数据中心标准机架15万架。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['15|万架']);
  });
});

describe('support policies: reward and subsidy standards', () => {
  it('should not support an amount a beneficiary receives (奖励, 补贴, 补助, 贴息) as a target', () => {
    expect(indicators('对新获评国家级示范步行街的，给予最高200万元奖励。', ANNUAL_2024)).toEqual([]);
    expect(indicators('对个人消费者给予每辆3000元至5000元消费补贴。', ANNUAL_2024)).toEqual([]);
    expect(indicators('对商贸流通企业新增贷款给予贴息，单户企业年度贴息最高50万元。', ANNUAL_2024)).toEqual([]);
    expect(indicators('对新建5G基站按每个2000元给予一次性补助。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support the top of a support standard after 最高 alone, whatever the amount is named (单个项目最高200万元, 给予最高500万元支持)', () => {
    expect(indicators('对企业智能化改造按投资额的10%给予奖补，单个企业最高300万元。', ANNUAL_2024).map((i) => i.unit)).toEqual(['%']);
    expect(indicators('对新认定的省级工程研究中心给予最高500万元支持。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a top with a bound word after 最高 (最高不超过, 最高可达) as a cap or a maximum', () => {
    expect(brief(indicators('单个企业最高不超过300万元，贷款额度最高可达800万元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['300|万元|<=', '800|万元|max']);
  });
  it('should support a subsidy standard the plan raises or sets with a target verb (从209元提高到217元)', () => {
    expect(brief(indicators('困难残疾人生活补贴标准从每人每月209元提高到217元，护理补贴提高到290元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual([
      '209|元|=|baseline',
      '217|元|=|target',
      '290|元|=|target',
    ]);
  });
  it('should not support a bounded amount that defines who qualifies in a support policy\'s condition (对…突破1亿元的企业，给予…)', () => {
    expect(indicators('对年度营业额首次突破1亿元的餐饮企业，给予一次性奖励50万元。', ANNUAL_2024)).toEqual([]);
    expect(indicators('凡年纳税额超过500万元的企业，优先保障用地。', ANNUAL_2024)).toEqual([]);
  });
  it('should support a bounded amount that is a target outside a condition (营业收入突破1000亿元)', () => {
    expect(brief(indicators('全市规上工业营业收入突破1000亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1000|亿元|>=']);
  });
  it('should support a subsidy standard with a bound word, a subsidy rate, and funds or loans to raise', () => {
    expect(brief(indicators('每餐补助标准不低于3元，单个项目补助最高不超过300万元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3|元|>=', '300|万元|<=']);
    expect(brief(indicators('争取上级补助资金2亿元，发放创业担保贷款1.2亿元。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2|亿元', '1.2|亿元']);
    expect(brief(indicators('按销售价格的15%给予补贴。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['15|%']);
  });
  it('should support a subsidy rate named by its reward word (补助比例), not by the base it is taken of', () => {
    expect(indicators('对企业数字化改造项目按设备软件投入的15%给予补助。').map((i) => i.metric)).toEqual(['补助比例']);
    expect(indicators('对消费者按销售价格的10%给予一次性补贴。').map((i) => i.metric)).toEqual(['补贴比例']);
  });
  it('should not support a rate without 给予 and a reward word after it as a subsidy rate', () => {
    expect(indicators('农村电商服务站点覆盖率达到95%，给予表彰。').map((i) => i.metric)).toEqual(['农村电商服务站点覆盖率']);
  });
});

describe('a higher figure of a change striven for after it (增长6%左右，力争7%)', () => {
  const kinds = (s: string) => brief(indicators(s, ANNUAL_2024));
  it('should support the figure after 力争/争取 with no verb of its own as the same change', () => {
    expect(kinds('规模以上工业增加值增长7%左右，争取8%。')).toEqual(['规模以上工业增加值|7|%|~|change|2024', '规模以上工业增加值|8|%|=|change|2024']);
  });
  it('should not support it for a level set with a verb of its own after a change', () => {
    expect(kinds('居民人均可支配收入增长6%，城镇登记失业率控制在4%以内。')).toEqual(['居民人均可支配收入|6|%|=|change|2024', '城镇登记失业率|4|%|<=|target|2024']);
  });
});

describe('均 after a year (到2027年均达到70%) is the distributor, not the adverb 年均', () => {
  it('should support the metrics listed before it each reaching the value in that year', () => {
    expect(brief(indicators('孕产妇、儿童健康管理率到2027年均达到92%。', ANNUAL_2024))).toEqual([
      '孕产妇健康管理率|92|%|=|target|2027',
      '儿童健康管理率|92|%|=|target|2027',
    ]);
  });
  it('should not support it for 年均 after a metric (an average per year)', () => {
    expect(brief(indicators('一般公共预算收入年均增长5%。', ANNUAL_2024))).toEqual(['一般公共预算收入|5|%|=|target|2024']);
  });
});

describe('the people put into work, counted right after the group and 就业 (就业困难人员就业3000人)', () => {
  it('should support 就业, 再就业 and 转移就业 as terms that name their count with the group', () => {
    expect(names('就业困难人员就业1800人，农村劳动力转移就业2.4万人。')).toEqual(['就业困难人员就业|1800|人', '农村劳动力转移就业|2.4|万人']);
  });
  it('should not support it where an object verb governs the clause (its object names the count), nor inside a noun (就业岗位)', () => {
    expect(names('帮扶失业人员再就业6000人，开发就业岗位2000个。')).toEqual(['失业人员再就业|6000|人', '就业岗位|2000|个']);
  });
});

describe('funds of a bounded amount and their verb (三年共安排…不低于), and funds named with their purpose', () => {
  it('should support the funds named alike with and without the bound, past the years and the sum word', () => {
    expect(names('三年共安排专项资金不低于2亿元，五年累计安排专项资金5亿元。')).toEqual(['专项资金|2|亿元', '专项资金|5|亿元']);
  });
  it('should support a fund counted before its purpose (…万元专项资金用于X) named by the purpose first', () => {
    expect(names('市财政每年安排600万元专项资金用于家庭医生签约服务。')).toEqual(['家庭医生签约服务专项资金|600|万元']);
  });
  it('should not support it for a purpose after the amount with no fund noun between (资金3000万元用于…)', () => {
    expect(names('安排资金3000万元用于老旧小区改造。')).toEqual(['资金|3000|万元']);
  });
});

describe('a fund a treasury allots (县财政每年安排…专项资金)', () => {
  it('should support the fund alone as the metric, without the treasury and its verb', () => {
    expect(brief(indicators('县财政每年安排乡村医生补助资金不低于800万元。', ANNUAL_2024))).toEqual(['乡村医生补助资金|800|万元|>=|target|2024']);
    expect(brief(indicators('市、区两级财政统筹安排健康城市建设经费不少于500万元。', ANNUAL_2024))).toEqual(['健康城市建设经费|500|万元|>=|target|2024']);
  });
  it('should not support dropping the treasury of a fund named 专项资金 alone, nor of a treasury’s spending (财政投入)', () => {
    expect(brief(indicators('区财政每年安排专项资金不低于600万元。', ANNUAL_2024))[0]).toMatch(/^区财政每年专项资金\|600\|/u);
    expect(brief(indicators('县财政投入增长10%。', ANNUAL_2024))[0]).toMatch(/^县财政投入\|10\|%/u);
  });
});

describe('deposits and loans reported together (存贷款余额分别达到…和…)', () => {
  it('should support one item per account, the pair split where it stands in the name', () => {
    expect(names('年末全市金融机构人民币存贷款余额分别达到2860亿元和2415亿元，分别增长7.2%和9.6%。')).toEqual([
      '金融机构人民币存款余额|2860|亿元',
      '金融机构人民币贷款余额|2415|亿元',
      '金融机构人民币存款余额|7.2|%',
      '金融机构人民币贷款余额|9.6|%',
    ]);
    expect(names('存贷款余额分别增长6%和8%。')).toEqual(['存款余额|6|%', '贷款余额|8|%']);
  });
  it('should not support a split with one value, nor without 分别', () => {
    expect(names('金融机构本外币存贷款余额达到5120亿元。')).toEqual(['金融机构本外币存贷款余额|5120|亿元']);
    expect(names('新增涉农存贷款余额120亿元，增长8%。')).toEqual(['涉农存贷款余额|120|亿元', '涉农存贷款余额|8|%']);
  });
});
