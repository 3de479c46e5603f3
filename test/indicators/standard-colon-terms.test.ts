// The cut-offs a 统计 or 认定 standard lists after a colon (入库标准按规定执行：批发业年主营业务收入2000万元及以上，零售业500万元及以上):
// plans quote the class a standard draws as a list opened by a lead clause naming the 标准 and a colon, each cut-off an amount bounded
// after it; the edge every unit is measured against, not a level the plan sets (as the 的标准 frame of class-threshold-standard).
// A standard the plan sets out to reach (…标准：…达到…以上) and a list after a colon with no 标准 stay items. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (sentence: string) => brief(indicators(sentence, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the cut-offs a standard lists after a colon (…标准…：年主营业务收入2000万元及以上)', () => {
  it('should support the bounded amounts listed after a lead clause naming a standard as no indicator', () => {
    expect(values('规模以上企业入库标准按统计部门规定执行：工业企业年主营业务收入2000万元及以上，服务业企业年营业收入1000万元以上。')).toEqual([]);
    expect(values('新增入库企业30家，认定标准为：年营业额500万元及以上。')).toEqual(['30|家']);
  });
  it('should not support a standard the plan reaches, or a list after a colon with no standard, as no indicator', () => {
    expect(values('达标标准：村级集体经济年经营收入达到20万元以上。')).toEqual(['20|万元']);
    expect(values('全年主要预期目标：地区生产总值800亿元以上，一般公共预算收入45亿元以上。')).toEqual(['800|亿元', '45|亿元']);
  });
});
