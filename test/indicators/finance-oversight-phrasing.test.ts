// Phrasings of 国资/金融 and 卫生健康 plans met in acc39's blind documents, written for these tests (not copied from them).
import { describe, expect, it } from 'vitest';
import { brief, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const THREE_YEAR: PlanYears = { years: [2026, 2028], annual: false };
const vu = (items: Item[]) => brief(items).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: basis points (个基点)', () => {
  it('should support a change of a rate in basis points', () => {
    expect(brief(indicators('企业贷款平均利率较上年下降15个基点。', ANNUAL_2026))).toEqual(['企业贷款平均利率|15|个基点|=|change|2026']);
    expect(vu(indicators('市属企业综合融资成本压降30基点以上。', ANNUAL_2026))).toEqual(['30|个基点|>=']);
  });
  it('should not support a count in 个 read off before 基点, nor 基点 away from a number', () => {
    expect(vu(indicators('新型政策性金融工具利率下调10个基点。', ANNUAL_2026)).some((v) => v.startsWith('10|个|'))).toBe(false);
    expect(indicators('以2025年末为基点，逐步降低融资成本。', ANNUAL_2026)).toEqual([]);
  });
});

describe('indicators: quality and performance assessments as oversight steps', () => {
  it('should support how often a quality or performance assessment recurs as a working rule, not a target', () => {
    expect(indicators('每年开展1次基层医疗机构服务质量评估。', THREE_YEAR)).toEqual([]);
    expect(indicators('每半年组织开展财政专项资金绩效评价1次。', THREE_YEAR)).toEqual([]);
  });
  it('should not support a person\'s health assessment (a service) or an assessment count with a bound as a routine', () => {
    expect(vu(indicators('每年为辖区65岁及以上老年人提供1次健康评估。', THREE_YEAR))).toContain('1|次|=');
    expect(vu(indicators('每年开展服务质量评估不少于2次。', THREE_YEAR))).toEqual(['2|次|>=']);
  });
});

describe('indicators: a margin over another rate (增速高于…N个百分点)', () => {
  it('should support the margin in points as a gap to keep (kind target), bounded by a negated word of comparison', () => {
    expect(brief(indicators('涉农贷款余额增速高于各项贷款平均增速1个百分点以上。', THREE_YEAR))).toEqual(['涉农贷款余额增速|1|个百分点|>=|target|']);
    expect(brief(indicators('小微企业贷款不良率容忍度不高于各项贷款不良率2个百分点。', THREE_YEAR))).toEqual(['小微企业贷款不良率容忍度|2|个百分点|<=|target|']);
    expect(vu(indicators('县域农民收入增速不低于城镇居民0.5个百分点。', THREE_YEAR))).toEqual(['0.5|个百分点|>=']);
  });
  it('should not support a rise in points (no reference) or a rise against a base year as a margin', () => {
    expect(brief(indicators('制造业贷款占比提高2个百分点。', THREE_YEAR))).toEqual(['制造业贷款占比|2|个百分点|=|change|']);
    expect(brief(indicators('绿色贷款占比较2025年末提高1.5个百分点。', THREE_YEAR))).toEqual(['绿色贷款占比|1.5|个百分点|=|change|']);
  });
});

describe('indicators: a limit relaxed to a level (放宽至)', () => {
  it('should support 放宽至/放宽到 as a target verb that ends the metric', () => {
    expect(brief(indicators('普惠型涉农贷款不良率容忍度放宽至5%。', THREE_YEAR))).toEqual(['普惠型涉农贷款不良率容忍度|5|%|=|target|']);
    expect(brief(indicators('科技型企业贷款不良率容忍度放宽至不高于各项贷款不良率3个百分点。', THREE_YEAR))).toEqual(['科技型企业贷款不良率容忍度|3|个百分点|<=|target|']);
  });
  it('should not support 放宽 alone (a relaxed rule with no level) as an item', () => {
    expect(indicators('适当放宽小微企业贷款准入条件。', THREE_YEAR)).toEqual([]);
  });
});

describe('indicators: the size a managed pool is kept at (动态保持)', () => {
  it('should support 动态保持 before the counted pool, and 保持在 after it', () => {
    expect(vu(indicators('建立企业上市后备资源库，动态保持重点后备企业80家。', THREE_YEAR))).toEqual(['80|家|=']);
    expect(vu(indicators('科技专家库动态保持在200名以上。', THREE_YEAR))).toEqual(['200|名|>=']);
  });
  it('should not support 保持 alone before a noun and a count as a pool kept (保持…态势)', () => {
    expect(indicators('保持12个重点产业链稳定增长态势。', THREE_YEAR)).toEqual([]);
  });
});
