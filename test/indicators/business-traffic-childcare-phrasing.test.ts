// How targets of 优化营商环境, 道路交通安全 and 生育支持/托育 plans are phrased; each probed with sentences written for the
// test (acc21); also 河湖长制 and 农业面源 phrasing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('内 closing a value a target verb sets (压缩至1个工作日内)', () => {
  it('should support N…内 after a target verb as an upper bound, as 以内', () => {
    expect(brief(indicators('不动产登记办理时间压缩至2个工作日内。', ANNUAL_2024))).toEqual(['不动产登记办理时间|2|个工作日|<=|target|2024']);
    expect(brief(indicators('施工许可审批时间控制在7个工作日之内。', ANNUAL_2024))).toEqual(['施工许可审批时间|7|个工作日|<=|target|2024']);
  });
  it('should support the bound also before the step the time limit is for (压缩至1个工作日内办结, 控制在…内办结)', () => {
    expect(brief(indicators('企业开办全流程压缩至1个工作日内办结。', ANNUAL_2024))).toEqual(['企业开办全流程|1|个工作日|<=|target|2024']);
    expect(brief(indicators('工程建设项目审批时间控制在30个工作日内办结。', ANNUAL_2024))).toEqual(['工程建设项目审批时间|30|个工作日|<=|target|2024']);
  });
  it('should not support a procedure’s time limit (a step of work after 内) nor a duration without a target verb', () => {
    expect(brief(indicators('窗口收到申请材料后3个工作日内反馈审查意见。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('一般投诉在受理后7个工作日内办结。', ANNUAL_2024))).toEqual([]);
  });
});

describe('拓展至 / 扩展至 as target verbs (事项拓展至40项)', () => {
  it('should support the number of matters a reform is widened to', () => {
    expect(brief(indicators('“高效办成一件事”事项拓展至36项。', ANNUAL_2024))).toEqual(['“高效办成一件事”事项|36|项|=|target|2024']);
    expect(brief(indicators('跨省通办事项扩展到150项以上。', ANNUAL_2024))).toEqual(['跨省通办事项|150|项|>=|target|2024']);
  });
  it('should support 发展到/发展至 as the size a stock of institutions or members grows to', () => {
    expect(brief(indicators('全市医养结合机构发展到150家。', ANNUAL_2024))).toEqual(['医养结合机构|150|家|=|target|2024']);
    expect(brief(indicators('到2030年，家庭农场发展至8000家以上。', ANNUAL_2024))).toEqual(['家庭农场|8000|家|>=|target|2030']);
  });
  it('should not support 发展到 before a level with no number', () => {
    expect(brief(indicators('推动文旅融合发展到新水平。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support 拓展 without 至/到 before a number as a level', () => {
    // The count after 推进 is the works pushed forward (a pivot verb before a count: see clause.test.ts), not a level 拓展 sets.
    expect(brief(indicators('拓展应用场景，推进3项改革试点。', ANNUAL_2024))).toEqual(['改革试点|3|项|=|target|2024']);
    expect(brief(indicators('拓展应用场景3项。', ANNUAL_2024))).toEqual([]);
  });
});

describe('金额 as the total a share is taken of (不低于合同金额的30%)', () => {
  it('should support a bound on a share of a contract sum, the bound being the share’s', () => {
    expect(brief(indicators('中小企业预付款比例不低于合同金额的40%。', ANNUAL_2024))).toEqual(['中小企业预付款比例|40|%|>=|target|2024']);
    expect(brief(indicators('履约保证金比例不超过合同金额的5%。', ANNUAL_2024))).toEqual(['履约保证金比例|5|%|<=|target|2024']);
  });
  it('should not support 金额 as a base when no share follows (the amount is the metric)', () => {
    expect(brief(indicators('单笔担保金额不超过300万元。', ANNUAL_2024))).toEqual(['单笔担保金额|300|万元|<=|target|2024']);
  });
});

describe('a copula inside a word (违法行为) is no copula', () => {
  it('should support the count of 行为 named whole after 查处', () => {
    expect(brief(indicators('全年查处超速违法行为12000起。', ANNUAL_2024))).toEqual(['查处超速违法行为|12000|起|=|target|2024']);
    expect(brief(indicators('查处非法营运行为不少于300起。', ANNUAL_2024))).toEqual(['查处非法营运行为|300|起|>=|target|2024']);
  });
  it('should not support a copula before a count (为2家医院) as setting its value', () => {
    expect(brief(indicators('牵头单位为3家医院。', ANNUAL_2024))).toEqual([]);
  });
});

describe('a count per base of population after a copula (每千人口托位数为4.1个)', () => {
  it('should support a per-thousand count set by 为, as a rate', () => {
    expect(brief(indicators('2023年，全市每千人口托位数为3.6个。', ANNUAL_2024))).toEqual(['每千人口托位数|3.6|个|=|actual|2023']);
    expect(brief(indicators('每万人口全科医生数为3.9人。', ANNUAL_2024))).toEqual(['每万人口全科医生数|3.9|人|=|target|2024']);
  });
  it('should not support 为 before a plain count, nor a per-base count that runs into a noun', () => {
    expect(brief(indicators('全县托育机构为23家。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('每千人口托位数为4个方面的重点指标之一。', ANNUAL_2024))).toEqual([]);
  });
});

describe('a per-unit base after the amount (生育补贴3000元/孩) is a standard of what each one receives', () => {
  it('should not support an amount per child, person or household paid out as a target', () => {
    expect(brief(indicators('对生育三孩的家庭发放一次性生育补贴5000元/孩。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('对新就业的高校毕业生发放就业补贴2000元/人。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a total paid out in 万元, and a standard raised by a target verb', () => {
    expect(brief(indicators('全年发放生育补贴1200万元。', ANNUAL_2024))).toEqual(['生育补贴|1200|万元|=|target|2024']);
    expect(brief(indicators('育儿补贴标准提高到3600元/孩。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['3600|元|='].map((x) => x));
  });
});

describe('a column header’s bracket that names the column’s role (2025年（基数）) is no unit', () => {
  it('should support the row’s unit for the cells of a 基数 column', async () => {
    const text = '某县托育服务发展实施方案\n一、分年度目标\n指标\n2025年（基数）\n2026年\n2027年\n每千人口托位数（个）\n4.1\n4.5\n4.9\n普惠托位占比（%）\n55\n60\n65\n二、保障措施\n加强组织领导。\n';
    const plan = await extract(text);
    const rows = (plan.indicators as Array<{ metric: string; value: number; unit: string; kind: string; year: number }>).map((i) => `${i.metric}|${i.value}|${i.unit}|${i.kind}|${i.year}`);
    expect(rows).toEqual([
      '每千人口托位数|4.1|个|baseline|2025',
      '每千人口托位数|4.5|个|target|2026',
      '每千人口托位数|4.9|个|target|2027',
      '普惠托位占比|55|%|baseline|2025',
      '普惠托位占比|60|%|target|2026',
      '普惠托位占比|65|%|target|2027',
    ]);
  });
  it('should support the row’s unit for the cells of a column whose bracket gives its values’ status (2025年（预计）, 2024年（实际）)', async () => {
    const text = '某市养老服务发展规划（2026—2030年）\n一、主要指标\n指标\t2025年（预计）\t2030年（目标）\t属性\n养老机构床位数（万张）\t1.8\t2.4\t预期性\n护理型床位占比（%）\t62\t≥70\t约束性\n二、保障措施\n加强组织领导。\n';
    const plan = await extract(text);
    const rows = (plan.indicators as Array<{ metric: string; value: number; unit: string; kind: string; year: number }>).map((i) => `${i.metric}|${i.value}|${i.unit}|${i.kind}|${i.year}`);
    expect(rows).toEqual(['养老机构床位数|1.8|万张|baseline|2025', '养老机构床位数|2.4|万张|target|2030', '护理型床位占比|62|%|baseline|2025', '护理型床位占比|70|%|target|2030']);
    const actual = await extract('某县2026年卫生健康工作计划\n一、主要指标\n指标\t2024年（实际）\t2026年（目标）\n孕产妇系统管理率（%）\t93\t95\n二、保障措施\n加强组织领导。\n');
    expect((actual.indicators as Array<{ unit: string }>).map((i) => i.unit)).toEqual(['%', '%']);
  });
  it('should not drop a unit a header’s bracket does give (2025年（万人）)', async () => {
    const text = '某县就业工作实施方案\n一、分年度目标\n指标\n2025年（万人）\n2026年（万人）\n城镇新增就业\n1.2\n1.3\n二、保障措施\n加强组织领导。\n';
    const plan = await extract(text);
    expect((plan.indicators as Array<{ unit: string }>).map((i) => i.unit)).toEqual(['万人', '万人']);
  });
});

describe('a size bounded after it between a count and its noun (37条流域面积10平方公里以上河流)', () => {
  it('should support the count, the bounded size naming the class counted', () => {
    expect(brief(indicators('对全县42条流域面积50平方公里以上河流开展健康评价。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['42|条']);
    expect(brief(indicators('对全市86家年综合能耗5000吨标准煤以上企业开展节能监察。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['86|家']);
  });
  it('should not support it when a verb sets the size', () => {
    expect(brief(indicators('新增水土流失治理面积12平方公里以上。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['12|平方公里|>=']);
    expect(brief(indicators('整治河道8条，治理河道长度不少于30公里。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['8|条|=', '30|公里|>=']);
  });
});

describe('a verb of taking part right after a count of people (聘请监督员60名参与监督)', () => {
  it('should support the noun before the count as what is counted', () => {
    expect(brief(indicators('聘请社会监督员40名参与河湖巡查。', ANNUAL_2024))).toEqual(['社会监督员|40|名|=|target|2024']);
    expect(brief(indicators('选派骨干医师25名参加对口帮扶。', ANNUAL_2024))).toEqual(['骨干医师|25|名|=|target|2024']);
  });
  it('should not support it over a noun that follows the count (建成 N 个 X)', () => {
    expect(brief(indicators('建成5个参与式社区治理示范点。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['5|个']);
  });
});

describe('化肥农药 as a pair split by 分别', () => {
  it('should support one metric per member with 分别 and two values', () => {
    expect(brief(indicators('化肥农药利用率分别达到43%和45%。', ANNUAL_2024))).toEqual(['化肥利用率|43|%|=|target|2024', '农药利用率|45|%|=|target|2024']);
  });
  it('should not support a split without 分别 (one level for the pair)', () => {
    expect(brief(indicators('化肥农药使用量持续减少，化肥农药利用率达到43%。', ANNUAL_2024))).toEqual(['化肥农药利用率|43|%|=|target|2024']);
  });
});

describe('新发展 before the units or members newly brought in, and 新增城镇就业 as one statistic', () => {
  it('should support 新发展 as the verb of the count of what follows it', () => {
    expect(brief(indicators('新发展诚信经营示范店40家。', ANNUAL_2024))).toEqual(['诚信经营示范店|40|家|=|target|2024']);
  });
  it('should support 新增城镇就业 named whole, its 新增 no verb', () => {
    expect(brief(indicators('新增城镇就业6500人以上。', ANNUAL_2024))).toEqual(['新增城镇就业|6500|人|>=|target|2024']);
  });
});
