// How targets of 教育, 乡村振兴, 交通运输 and 卫生健康 plans are phrased (shares of a number of people, …); each probed with
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a share of a number of people named between its bound and the number (不低于符合条件人数的15%)', () => {
  it('should support the bound as the share\'s and the people counted as no part of the metric', () => {
    expect(brief(indicators('校长教师交流轮岗比例不低于符合交流条件人数的10%。', ANNUAL_2024))).toEqual(['校长教师交流轮岗比例|10|%|>=|target|2024']);
    expect(brief(indicators('家庭医生签约服务覆盖人数不少于常住人口的40%。', ANNUAL_2024))).toEqual(['家庭医生签约服务覆盖人数|40|%|>=|target|2024']);
  });
  it('should not support a count of people that is the metric itself as a base', () => {
    expect(brief(indicators('培训农村实用人才人数达到3000人。', ANNUAL_2024))).toEqual(['培训农村实用人才人数|3000|人|=|target|2024']);
  });
});

describe('a multiple of an earlier period after a copula (是“十三五”时期的1.4倍)', () => {
  const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };
  it('should support the multiple of a span\'s total as belonging to no one year, as the total does', () => {
    expect(brief(indicators('“十四五”期间，全市累计完成交通固定资产投资512亿元，是“十三五”时期的1.6倍。', PLAN_2026_2030))).toEqual([
      '交通固定资产投资|512|亿元|=|actual|',
      '交通固定资产投资|1.6|倍|=|actual|',
    ]);
  });
  it('should support the level\'s own year for a multiple of an earlier year\'s level (the base year is no time of the level)', () => {
    expect(brief(indicators('“十四五”期间，全省研发经费投入强度达到2.6%，是“十三五”末的1.2倍。', PLAN_2026_2030))).toEqual([
      '研发经费投入强度|2.6|%|=|actual|2025',
      '研发经费投入强度|1.2|倍|=|actual|2025',
    ]);
    expect(brief(indicators('2025年，全县粮食产量为2020年的1.1倍。', PLAN_2026_2030))).toEqual(['粮食产量|1.1|倍|=|actual|2025']);
  });
  it('should not support a target multiple after a target verb losing its deadline', () => {
    expect(brief(indicators('到2030年，研发经费投入达到2025年的1.5倍。', PLAN_2026_2030))).toEqual(['研发经费投入|1.5|倍|=|target|2030']);
  });
});

describe('lessons and services put online (新上线, …N节)', () => {
  it('should support 新上线 as the verb of what goes online and 节 as the unit of lessons', () => {
    expect(brief(indicators('新增优质课例资源1500节以上。', ANNUAL_2024))).toEqual(['优质课例资源|1500|节|>=|target|2024']);
    expect(brief(indicators('新上线政务服务事项80项。', ANNUAL_2024))).toEqual(['政务服务事项|80|项|=|target|2024']);
  });
  it('should not support the 上线 inside 线上线下 as a verb', () => {
    expect(brief(indicators('打造线上线下融合商圈5个。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['线上线下融合商圈']);
  });
  it('should not support 节 after a Chinese numeral or an ordinal', () => {
    expect(indicators('每天保证一节体育课，第3节为实践课。', ANNUAL_2024)).toEqual([]);
  });
});

describe('a school routine per 学年 (每学年视力筛查2次)', () => {
  it('should not support a count per school year that ends its clause with no comparator and no object of its own', () => {
    expect(brief(indicators('落实学生近视防控措施，中小学生每学年视力筛查2次。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('学生健康档案每学年更新1次。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a count per school year with a comparator or with the object it delivers', () => {
    expect(brief(indicators('中小学每学年开展防溺水专题教育不少于3次。', ANNUAL_2024))).toEqual(['中小学每学年开展防溺水专题教育|3|次|>=|target|2024']);
    expect(brief(indicators('每学年开展应急疏散演练2次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['2|次']);
  });
});

describe('what two parties build together (共建)', () => {
  it('should support 共建 as a verb that sets the count of its object', () => {
    expect(brief(indicators('职业院校与龙头企业共建实训基地6个。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['实训基地|6|个']);
  });
  it('should not support 共建 inside the name of a rate (结对共建率)', () => {
    expect(brief(indicators('中小学与社区结对共建率达到100%。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['中小学与社区结对共建率']);
  });
});
