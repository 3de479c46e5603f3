// Units and verbs of 公共机构节能降碳 and 数据局/数字政府 plans: carbon intensities and totals in 千克二氧化碳/平方米, 千克二氧化碳/人,
// 吨二氧化碳/万元 and 吨二氧化碳(当量); computing resources counted in vCPU and storage in PB added as capacity to deliver; 编制
// counting the catalogues, plans and standards compiled, named between it and the count, while 编制 right before a count is the
// noun (a staffing quota). Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const PERIOD: PlanYears = { years: [2026, 2030], annual: false };

const valueUnitBound = (text: string, plan: PlanYears = ANNUAL_2026): string[] => brief(indicators(text, plan)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: carbon intensities and carbon totals', () => {
  it('should support a cap on carbon per square metre of floor space, the unit kept whole', () => {
    expect(brief(indicators('到2030年，机关办公建筑单位面积碳排放不高于24千克二氧化碳/平方米。', PERIOD))).toEqual([
      '机关办公建筑单位面积碳排放|24|千克二氧化碳/平方米|<=|target|2030',
    ]);
  });

  it('should support the same unit broken by a line break after its slash, as PDF text has it', () => {
    const items = indicators('公共机构单位建筑面积碳排放控制在27.5千克二氧化碳/\n平方米以内。', ANNUAL_2026);
    expect(items.map((i) => [i.value, i.unit, i.comparator])).toEqual([[27.5, '千克二氧化碳/平方米', '<=']]);
    expect(items[0]?.text.endsWith('平方米以内')).toBe(true);
  });

  it('should support carbon per head and per unit of output as levels in their own units', () => {
    expect(valueUnitBound('人均碳排放量不高于700千克二氧化碳/人。')).toEqual(['700|千克二氧化碳/人|<=']);
    expect(valueUnitBound('单位地区生产总值二氧化碳排放降至0.75吨二氧化碳/万元以下。')).toEqual(['0.75|吨二氧化碳/万元|<=']);
  });

  it('should support a carbon total in 万吨二氧化碳 whose bound word stands after the gas', () => {
    expect(valueUnitBound('全县公共机构碳排放总量控制在3.6万吨二氧化碳以内。')).toEqual(['3.6|万吨二氧化碳|<=']);
    expect(valueUnitBound('通过节能改造减少排放1800吨二氧化碳当量以上。')).toEqual(['1800|吨二氧化碳当量|>=']);
  });

  it('should not support a carbon threshold that says which units a rule covers', () => {
    expect(indicators('对年碳排放2.6万吨二氧化碳以上的重点单位实行清单管理。', ANNUAL_2026)).toEqual([]);
  });
});

describe('indicators: computing and storage resources of a 政务云', () => {
  it('should support virtual CPU cores added, with 万 before the unit', () => {
    expect(brief(indicators('市级政务云新增计算资源1.5万vCPU。', ANNUAL_2026))).toEqual(['计算资源|1.5|万vCPU|=|target|2026']);
  });

  it('should support storage added after a verb written once over a list of resources', () => {
    expect(valueUnitBound('政务云平台新增计算资源8000vCPU、存储资源2PB。')).toEqual(['8000|vCPU|=', '2|PB|=']);
    expect(valueUnitBound('灾备中心新增存储资源1.5PB。')).toEqual(['1.5|PB|=']);
  });

  it('should not support the size of one disk in TB, which is no capacity to deliver', () => {
    expect(indicators('采用4TB硬盘的存储设备已运行8年。', ANNUAL_2026)).toEqual([]);
  });
});

describe('indicators: 编制 as a verb of what is compiled', () => {
  it('should support the entries of a catalogue and the standards compiled, named between 编制 and the count', () => {
    expect(brief(indicators('编制公共数据资源目录8600条。', ANNUAL_2026))).toEqual(['公共数据资源目录|8600|条|=|target|2026']);
    expect(valueUnitBound('年内编制地方标准4项。')).toEqual(['4|项|=']);
  });

  it('should not support a staffing quota, 编制 right before its count', () => {
    expect(indicators('该中心核定事业编制45名。', ANNUAL_2026)).toEqual([]);
  });

  it('should support a quota added by 新增 before it, as before', () => {
    expect(valueUnitBound('为基层司法所新增政法专项编制12名。')).toEqual(['12|名|=']);
  });
});
