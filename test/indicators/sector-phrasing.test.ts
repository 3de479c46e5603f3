// How targets of plans outside health are phrased (住建, 民政/养老, 碳达峰, 科技, 商务, 文旅体育, 安全生产, 营商环境):
// verbs, units and comparators of those sectors, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('net increase of a stock (净增)', () => {
  it('should support 净增 after its subject and before its object, as 新增', () => {
    expect(brief(indicators('外贸备案企业净增200家，经营主体净增3万户，净增规上工业企业50家。', ANNUAL_2024))).toEqual([
      '外贸备案企业净增|200|家|=|target|2024',
      '经营主体净增|3|万户|=|target|2024',
      '规上工业企业|50|家|=|target|2024',
    ]);
  });
  it('should not support 净增 without a number', () => {
    expect(indicators('力争市场主体数量实现净增。', ANNUAL_2024)).toEqual([]);
  });
});

describe('death rates of work-safety statistics, written without a unit', () => {
  it('should support a bare number after the predicate of a 死亡率 whose base is in its name', () => {
    expect(brief(indicators('亿元地区生产总值生产安全事故死亡率控制在0.02以内，道路交通事故万车死亡率下降到1.6以下，煤矿百万吨死亡率控制在0.05以下。', ANNUAL_2024))).toEqual([
      '亿元地区生产总值生产安全事故死亡率|0.02||<=|target|2024',
      '道路交通事故万车死亡率|1.6||<=|target|2024',
      '煤矿百万吨死亡率|0.05||<=|target|2024',
    ]);
  });
  it('should support a death rate written with its unit as before', () => {
    expect(brief(indicators('婴儿死亡率控制在4‰以下，孕产妇死亡率下降到10/10万。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|‰', '10|/10万']);
  });
  it('should not support a bare number that no predicate sets (死亡率统计口径调整为3类)', () => {
    expect(indicators('道路交通事故万车死亡率统计口径调整，涉及3个部门。', ANNUAL_2024)).toEqual([]);
  });
});

describe('accidents counted in 起', () => {
  it('should support 起 as the count of accidents and incidents', () => {
    expect(brief(indicators('较大事故起数控制在2起以内，全年发生较大及以上生产安全事故不超过1起。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual([
      '2|起|<=',
      '1|起|<=',
    ]);
  });
  it('should not support 起 after a date or a Chinese numeral (自2025年3月1日起, 一起)', () => {
    expect(indicators('本办法自2025年3月1日起施行，各部门一起推进。', ANNUAL_2024)).toEqual([]);
  });
});
