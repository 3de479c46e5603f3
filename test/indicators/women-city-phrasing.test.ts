// How targets of 妇女/儿童发展规划, 职业病防治, 中医药 and 城市管理 plans are phrased (a life lengthened to an age, grams of a
// standard, …); each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a length of life or time lengthened to a level (延长至/延长到)', () => {
  it('should support the level after 延长至 and 延长到 as a target', () => {
    expect(brief(indicators('全市人均预期寿命延长至81.5岁。', ANNUAL_2024))).toEqual(['人均预期寿命|81.5|岁|=|target|2024']);
    expect(brief(indicators('儿童平均预期寿命延长到80岁以上。', ANNUAL_2024))).toEqual(['儿童平均预期寿命|80|岁|>=|target|2024']);
  });
  it('should not support a term extended by a number of years (延长 alone names a policy, not a change)', () => {
    expect(brief(indicators('第二轮土地承包到期后再延长30年。', ANNUAL_2024))).toEqual([]);
  });
});

describe('grams (克) of an intake or cleaning standard', () => {
  it('should support grams after a bound', () => {
    expect(brief(indicators('人均每日食盐摄入量不高于5克。', ANNUAL_2024))).toEqual(['人均每日食盐摄入量|5|克|<=|target|2024']);
    expect(brief(indicators('城区道路每平方米浮尘量不超过10克。', ANNUAL_2024))).toEqual(['城区道路每平方米浮尘量|10|克|<=|target|2024']);
  });
  it('should not support 克 of a word after a Chinese numeral or no number', () => {
    expect(brief(indicators('坚持以克论净，攻克三克难关。', ANNUAL_2024))).toEqual([]);
  });
});

describe('demolitions counted after 拆除 and its object', () => {
  it('should support the count, named with the verb (what is pulled down, not what stands)', () => {
    expect(brief(indicators('全年拆除占道经营违规棚亭150处。', ANNUAL_2024))).toEqual(['拆除占道经营违规棚亭|150|处|=|target|2024']);
  });
  it('should not support a count that only describes what stands', () => {
    expect(brief(indicators('城区现有老旧棚亭150处。', ANNUAL_2024))).toEqual([]);
  });
});

describe('cases counted after 报告 and their kind (共报告新发职业病38例)', () => {
  it('should support the cases reported as the level of the kind named between the verb and the count', () => {
    expect(brief(indicators('2023年，全县共报告法定传染病1260例。', ANNUAL_2024))).toEqual(['法定传染病|1260|例|=|actual|2023']);
  });
  it('should not support a report right before a number (a count of reports, not of cases)', () => {
    expect(brief(indicators('形成专题报告2篇。', ANNUAL_2024)).some((b) => b.startsWith('专题报告|2|篇'))).toBe(true);
    expect(brief(indicators('全县发热门诊病例报告及时，无迟报漏报。', ANNUAL_2024))).toEqual([]);
  });
});

describe('equipment renewed and staff put in place for the institutions counted after 为 (为8个中医馆更新中医诊疗设备)', () => {
  it('should support the institutions counted as the target of 更新 and 配备', () => {
    expect(brief(indicators('为12个村卫生室更新基本诊疗设备。', ANNUAL_2024))).toEqual(['更新基本诊疗设备的村卫生室|12|个|=|target|2024']);
    expect(brief(indicators('为全县30所中小学配备专职校医。', ANNUAL_2024))).toEqual(['配备专职校医的中小学|30|所|=|target|2024']);
  });
  it('should not support a count after 为 with no service verb after its noun', () => {
    expect(brief(indicators('市领导为8个中医馆授牌。', ANNUAL_2024))).toEqual([]);
  });
});

describe('conjuncts that end in the word of their class (宫颈癌和乳腺癌筛查覆盖率)', () => {
  it('should support the tail after the class character of the last conjunct as shared', () => {
    expect(brief(indicators('肺癌和结直肠癌早诊率分别达到55%和60%。', ANNUAL_2024))).toEqual(['肺癌早诊率|55|%|=|target|2024', '结直肠癌早诊率|60|%|=|target|2024']);
    expect(brief(indicators('乙肝和丙肝病毒感染者随访管理率均达到90%。', ANNUAL_2024))).toEqual([
      '乙肝病毒感染者随访管理率|90|%|=|target|2024',
      '丙肝病毒感染者随访管理率|90|%|=|target|2024',
    ]);
  });
  it('should not support a class character that leaves no more than the head word to share', () => {
    expect(brief(indicators('门诊和住院满意度均达到90%。', ANNUAL_2024))).toEqual(['门诊满意度|90|%|=|target|2024', '住院满意度|90|%|=|target|2024']);
  });
});

describe('a conjunct that ends in a shorter form of the last one\'s population word (负责人和管理人员培训率)', () => {
  it('should support the tail after the population word as shared, not the word', () => {
    expect(brief(indicators('企业负责人和安全管理人员培训合格率均达到100%。', ANNUAL_2024))).toEqual([
      '企业负责人培训合格率|100|%|=|target|2024',
      '安全管理人员培训合格率|100|%|=|target|2024',
    ]);
  });
  it('should not support cutting conjuncts that are written in full', () => {
    expect(brief(indicators('企业负责人培训率和安全管理人员培训率均达到100%。', ANNUAL_2024))).toEqual([
      '企业负责人培训率|100|%|=|target|2024',
      '安全管理人员培训率|100|%|=|target|2024',
    ]);
  });
});

describe('examples listed before their class with 等 (燃气、户外广告等重点领域安全检查)', () => {
  it('should support the count named by the examples and their class, not by the first example', () => {
    // (the event counted is named in full, the check with what it checks: grammar eventNouns)
    expect(brief(indicators('每季度至少开展1次商场、车站等人员密集场所消防检查。', ANNUAL_2024))).toEqual(['商场、车站等人员密集场所消防检查|1|次|>=|target|2024']);
  });
  it('should not support a list with no 等 as one thing counted', () => {
    expect(brief(indicators('新建5个口袋公园、街心花园。', ANNUAL_2024))).toEqual(['口袋公园|5|个|=|target|2024']);
  });
});

describe('a share that opens its own clause after a clause with no number (…实现全覆盖，80%以上的村卫生室能够…)', () => {
  it('should support the share named by its population and what it does, not by the clause before', () => {
    expect(brief(indicators('社区卫生服务中心中医馆实现全覆盖，85%以上的村卫生室能够开展中医药服务。', ANNUAL_2024))).toEqual([
      '能够开展中医药服务的村卫生室比例|85|%|>=|target|2024',
    ]);
  });
  it('should not support a later milestone that opens its clause with no 的 after it as a share', () => {
    expect(brief(indicators('住院分娩率2025年达到98%，2026年99%以上。', ANNUAL_2024))).toEqual(['住院分娩率|98|%|=|target|2025', '住院分娩率|99|%|>=|target|2026']);
  });
});
