// planYears when the title names no period (gold README, "Other genres"): the issue year for the
// genres that plan one year, else the issue year and the latest target year.
import { describe, expect, it } from 'vitest';
import { findPlanYears, latestTargetYear, yearRangeIn } from '../../src/meta/years.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;
const periods = grammars().periods;
const years = (text: string, issueYear: number | null, yearly = false, titles: Array<string | null> = [null]) =>
  findPlanYears({ titles, text, issueYear, yearly }, grammar, periods);

describe('meta: target years', () => {
  it('should support 到/至/力争到 a year, also with 底, and a year with 前', () => {
    expect(latestTargetYear('到2025年，覆盖全部乡镇；到2030年，全面建成。', 2020, grammar, periods)).toBe(2030);
    expect(latestTargetYear('力争到2027年底，基本建成。', 2024, grammar, periods)).toBe(2027);
    expect(latestTargetYear('至２０２６年，实现全覆盖。', 2024, grammar, periods)).toBe(2026);
    expect(latestTargetYear('2028年前完成改造。', 2024, grammar, periods)).toBe(2028);
    expect(latestTargetYear('2026年底前全部达标。', 2024, grammar, periods)).toBe(2026);
  });

  it('should not support a stock dated 截至/截止, a bare year, or a year before the issue year', () => {
    expect(latestTargetYear('截至2030年底，全市共有床位1万张。', 2020, grammar, periods)).toBeNull();
    expect(latestTargetYear('截止到2028年，累计投入10亿元。', 2020, grammar, periods)).toBeNull();
    expect(latestTargetYear('2035年远景目标纲要；2030年底全市人口100万。', 2020, grammar, periods)).toBeNull();
    expect(latestTargetYear('到2020年底，已建成12个中心。', 2022, grammar, periods)).toBeNull();
  });
});

describe('meta: a term of force is no target year', () => {
  it('should support a target year beside the date the rules lapse', () => {
    expect(latestTargetYear('到2027年，贷款余额突破5000亿元。本意见自2026年5月1日起施行，有效期至2029年4月30日。', 2026, grammar, periods)).toBe(2027);
    expect(years('到2028年，建成10个示范园区。本办法有效期截至2030年12月31日。', 2026)).toEqual([2026, 2028]);
  });

  it('should not support the lapse date of 有效期/试行期 as the last plan year', () => {
    expect(latestTargetYear('本措施自印发之日起施行，有效期至2028年12月31日。', 2026, grammar, periods)).toBeNull();
    expect(latestTargetYear('本细则试行期到2027年6月30日。', 2026, grammar, periods)).toBeNull();
    expect(latestTargetYear('有效期限为2年，至2028年底前完成全部改造。', 2026, grammar, periods)).toBe(2028);
  });

  it('should support the term of force as the last plan year when the text sets no target year', () => {
    expect(years('力争全年消费品零售总额增长6%。本措施有效期至2025年12月31日。', 2025)).toEqual([2025, 2025]);
    expect(years('对新购车辆给予补贴。本办法自2026年1月1日起施行，有效期至2028年12月31日。', 2026)).toEqual([2026, 2028]);
  });
});

describe('meta: planYears without a period in the title', () => {
  it('should support the title first, then a period the text states', () => {
    expect(years('到2030年，全面建成。', 2024, false, ['某市卫生健康“十四五”规划'])).toEqual([2021, 2025]);
    expect(years('本规划期为2021—2025年，展望到2035年。', 2021)).toEqual([2021, 2025]);
  });

  it('should support a title\'s year range in brackets without 年', () => {
    expect(years('到2026年，基本建成。', 2025, false, ['某市养老服务三年行动计划（2025-2027）'])).toEqual([2025, 2027]);
    expect(years('', 2021, false, ['某市卫生健康发展规划(2021—2025)'])).toEqual([2021, 2025]);
  });

  it('should not support two years without 年 outside brackets as a range', () => {
    expect(yearRangeIn('某市2025 2027行动计划', grammar)).toBeNull();
    expect(yearRangeIn('某市行动计划（2025-2027）', grammar)).toEqual([2025, 2027]);
  });

  it('should support the period of an action or its implementation stated in the text (行动期限, 实施期限, 实施时间)', () => {
    expect(years('行动期限为2025—2027年。到2026年，基本建成。', 2025)).toEqual([2025, 2027]);
    expect(years('实施期限为2025年至2027年。', 2025)).toEqual([2025, 2027]);
    expect(years('实施时间为2024-2026年。', 2024)).toEqual([2024, 2026]);
  });

  it('should not support a period of months or a past implementation period as the plan period', () => {
    expect(years('行动时间为2025年3月至2025年12月。到2026年，基本建成。', 2025)).toEqual([2025, 2026]);
    expect(years('“十三五”规划实施期间，2016年至2020年全市累计投入10亿元。到2027年，建成中心。', 2025)).toEqual([2025, 2027]);
  });

  it('should support the issue year of a genre that plans one year', () => {
    expect(years('到2027年，建成区域医疗中心。', 2024, true)).toEqual([2024, 2024]);
  });

  it('should support the issue year and the latest target year', () => {
    expect(years('到2025年，基本建立；到2027年，明显提升。', 2023)).toEqual([2023, 2027]);
  });

  it('should not support a document with no period and no target year, or no issue year', () => {
    expect(years('各部门要加强协作，形成合力。', 2020)).toBeNull();
    expect(years('到2030年，全面建成。', null)).toBeNull();
  });

  it('should support a 工作要点 without a year in its title through the whole pipeline', async () => {
    const m = await meta(doc('全县卫生健康工作要点', '一、深化医改', '到2025年，县域内就诊率达到90%。', '某某县卫生健康局', '2023年2月28日'));
    expect(m.kind).toBe('工作要点');
    expect(m.planYears).toEqual([2023, 2023]);
  });

  it('should not support target years of a document printed after the described one', async () => {
    const m = await meta(
      doc(
        '关于做好老年健康服务工作的通知',
        '各省、自治区、直辖市卫生健康委：',
        '一、到2026年，服务网络基本建立。',
        '国家卫生健康委办公厅 2024年3月1日',
        '关于印发老年医学科建设规范的通知',
        '一、到2035年，全面建成。',
      ),
    );
    expect(m.planYears).toEqual([2024, 2026]);
  });

  it('should support the horizon a title names with a bare year before the body\'s targets', () => {
    expect(years('到2020年，…；到2030年，…；到2050年，建成健康国家。', 2016, false, ['“健康某国2030”规划纲要'])).toEqual([2016, 2030]);
  });

  it('should not support a number in a title that is no year', () => {
    expect(years('各部门要加强协作。', 2020, false, ['某市5G+医疗健康应用1000例行动方案'])).toBeNull();
  });

  it('should support a 工作计划 without a year as the plan of its issue year', async () => {
    const m = await meta(doc('某某县卫生健康局工作计划', '一、加强党建', '到2025年，建成。', '某某县卫生健康局', '2019年2月15日'));
    expect(m.planYears).toEqual([2019, 2019]);
  });
});
