// How targets of 医疗保障, 妇幼健康 and 心理健康 plans are phrased: populations a rate is defined by and groups named by a
// counted label, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('a bounded count inside the name of a rate', () => {
  it('should support the count as part of the rate it defines (次及以上…率/比例)', () => {
    expect(names('孕产妇产前检查5次及以上比例达到92%以上。')).toEqual(['孕产妇产前检查5次及以上比例|92|%']);
    expect(names('全县每周参加体育锻炼3次及以上的人数比例提高到42%。')).toEqual(['每周参加体育锻炼3次及以上的人数比例|42|%']);
    expect(names('高血压患者接受4次以上面对面随访的覆盖率不低于80%。')).toEqual(['高血压患者接受4次以上面对面随访的覆盖率|80|%']);
  });
  it('should not support it when the count ends its clause or a noun that is no rate follows', () => {
    expect(names('开展健康讲座6次以上，听众满意率达到95%。')).toEqual(['健康讲座|6|次', '听众满意率|95|%']);
    expect(names('建成示范村20个以上的乡镇覆盖率达到30%。').map((n) => n.split('|')[1])).toContain('30');
    expect(names('组织应急演练2次以上。')).toEqual(['应急演练|2|次']);
  });
});

describe('a list named as one group by a counted label', () => {
  it('should support 高血压、糖尿病“两病” as one population, not two metrics', () => {
    expect(names('高血压、糖尿病“两病”患者规范管理率达到65%。')).toEqual(['高血压、糖尿病“两病”患者规范管理率|65|%']);
    expect(names('宫颈癌、乳腺癌“两癌”筛查人数达到1.5万人。')).toEqual(['宫颈癌、乳腺癌“两癌”筛查人数|1.5|万人']);
  });
  it('should not support it when the label counts otherwise or there is none', () => {
    expect(names('全人群和重点人群签约率分别达到40%和75%。')).toEqual(['全人群签约率|40|%', '重点人群签约率|75|%']);
    expect(names('高血压、糖尿病、高血脂“两病”患者管理率达到60%。')).toHaveLength(3);
  });
});

describe('a later value of metrics that all took one value', () => {
  it('should support the floor after an aim (力争…，确保…) for each group listed before the rate', () => {
    expect(names('残疾人、低收入人口住院费用实际报销比例力争达到88%，确保不低于80%。')).toEqual([
      '残疾人住院费用实际报销比例|88|%',
      '低收入人口住院费用实际报销比例|88|%',
      '残疾人住院费用实际报销比例|80|%',
      '低收入人口住院费用实际报销比例|80|%',
    ]);
    expect(names('门诊和住院患者满意度均达到90%，2025年达到93%。')).toHaveLength(4);
  });
  it('should not support it when the metrics before took values of their own or the later value names its own metric', () => {
    expect(names('城市和农村居民签约率分别达到60%和50%，提高到70%。').filter((n) => n.endsWith('|70|%'))).toHaveLength(1);
    expect(names('残疾人、低收入人口报销比例达到85%，医保基金结余率控制在10%以内。')).toEqual([
      '残疾人报销比例|85|%',
      '低收入人口报销比例|85|%',
      '医保基金结余率|10|%',
    ]);
  });
});

describe('a share capped against the cases or beds it is taken of (不超过出院总病例数的5%)', () => {
  it('should support 例数 and 床位数 as the totals of a share, the bound before them the share\'s', () => {
    expect(brief(indicators('按项目付费病例数原则上不超过统筹区出院总病例数的3%。', ANNUAL_2024))).toEqual(['按项目付费病例数|3|%|<=|target|2024']);
    expect(brief(indicators('家庭病床数不超过核定床位数的10%。', ANNUAL_2024))).toEqual(['家庭病床数|10|%|<=|target|2024']);
  });
  it('should not support 例数 as a total where the number counts the cases themselves', () => {
    expect(brief(indicators('全年完成四级手术例数1200例。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['四级手术例数|1200|例']);
  });
});

// Hospitals and midwifery units are classed by their size, a count named by its head before it (床位数500张以上的医院, 年分娩量
// 3000例以上的助产机构): with 的 and the institution after it, the count is the class, as a bounded amount is (年营业收入…以上的企业).
describe('a bounded count named by its head before the 的 of an institution (年分娩量3000例以上的助产机构)', () => {
  it('should not support the size that classes an institution as a target', () => {
    expect(names('年分娩量2000例以上的助产机构均设立新生儿病房。')).toEqual([]);
    expect(names('床位数300张以上的综合医院全部开设康复医学科。')).toEqual([]);
    expect(names('年门诊量20万人次以上的医院开设夜间门诊。')).toEqual([]);
  });
  it('should support the workload as a level reached, a bounded count before a target word, and a count of the classed institutions', () => {
    expect(names('县妇幼保健院年分娩量达到2000例以上。')).toEqual(['县妇幼保健院年分娩量|2000|例']);
    expect(names('实现每千人口床位数7张以上的目标。')).toEqual(['每千人口床位数|7|张']);
    expect(names('新建床位数200张以上的康复医院2家。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['2|家']);
  });
});
