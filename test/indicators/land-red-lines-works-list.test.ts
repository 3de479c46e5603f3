// 自然资源 and 规划 phrasing: floors held as red lines (坚决守住…不低于…、…不低于…两条红线), a list of works each named by its own
// activity after one verb (完成…治理N处、排危除险M处), the bare 容积率, and map scales (1:500地形图) that are names, no ratios.
// Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const valueOf = (b: string): string => b.split('|').slice(0, 4).join('|');

describe('indicators: floors held as red lines (守住, 严守 … 两条红线)', () => {
  it('should support both floors of a list closed by a count of the lines in Chinese numerals', () => {
    expect(brief(indicators('坚决守住耕地保有量不低于32.5万亩、永久基本农田保护面积不低于27.6万亩两条红线。', ANNUAL_2027)).map(valueOf)).toEqual([
      '耕地保有量|32.5|万亩|>=',
      '永久基本农田保护面积|27.6|万亩|>=',
    ]);
  });

  it('should support a floor after 严守 or 牢牢守住, named without the verb of holding the line', () => {
    expect(brief(indicators('严守生态保护红线面积不低于860平方公里。', ANNUAL_2027)).map(valueOf)).toEqual(['生态保护红线面积|860|平方公里|>=']);
    expect(brief(indicators('牢牢守住林地保有量不低于412万亩的底线。', ANNUAL_2027)).map(valueOf)).toEqual(['林地保有量|412|万亩|>=']);
  });

  it('should not support a bounded amount that classes the noun a later count counts, as before', () => {
    expect(brief(indicators('培育年产值超5亿元企业6家。', ANNUAL_2027)).map(valueOf)).toEqual(['年产值超5亿元企业|6|家|=']);
  });
});

describe('indicators: a list of works after one verb, each named by its activity', () => {
  it('should support every work of the list, the verb written once before the first', () => {
    expect(brief(indicators('全年完成滑坡隐患综合治理5处、危岩清危11处。', ANNUAL_2027)).map(valueOf)).toEqual([
      '滑坡隐患综合治理|5|处|=',
      '危岩清危|11|处|=',
    ]);
  });

  it('should not support a count of the next clause, after a comma, with no verb of its own', () => {
    expect(brief(indicators('完成隐患点治理5处，全县隐患点共312处。', ANNUAL_2027)).map(valueOf)).toEqual(['隐患点治理|5|处|=']);
  });
});

describe('indicators: 容积率, a bare index of land use', () => {
  it('should support a bounded 容积率 with no unit', () => {
    expect(brief(indicators('新出让工业用地容积率不低于1.5。', ANNUAL_2027)).map(valueOf)).toEqual(['新出让工业用地容积率|1.5||>=']);
  });

  it('should not support a bare number with no unitless head before it', () => {
    expect(indicators('新出让工业用地不低于1.5。', ANNUAL_2027)).toEqual([]);
  });
});

describe('indicators: a map scale (1:500地形图) is a name, no ratio', () => {
  it('should not support the scale of a map product as a value', () => {
    const items = brief(indicators('完成1:1000地形图修测25平方公里。', ANNUAL_2027));
    expect(items.map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['25|平方公里']);
    expect(brief(indicators('更新1∶2000比例尺数字线划图40平方公里。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['40|平方公里']);
  });

  it('should support a ratio per one that is no map scale, as before', () => {
    expect(brief(indicators('师生比达到1:12。', ANNUAL_2027)).map(valueOf)).toEqual(['师生比|12|1:|=']);
  });
});
