// A staffing or equipment norm that a code or standard sets for every unit (每N名…配备1名…) is cited by plans inside a frame
// 按照 … 的要求 as often as 按照 … 的标准 (按照每50名从业人员配备1名救护员的要求配齐救护员): the ratio is the basis the provision after
// the frame follows, not a level the plan sets (g665's gold, as g550's 每600名学生配备1名 … 的标准). A bound word inside the frame
// still sets a floor, and a ratio the plan states as its own goal outside such a frame stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a per-base norm cited as a requirement (按照每N名…配备1名…的要求)', () => {
  it('should support the norm inside a 的要求 frame as no indicator', () => {
    expect(values('督促物流、商超等行业单位按照每80名职工配备1名安全员的要求配齐安全员。')).toEqual([]);
    expect(values('各养老机构按每30张床位配置1名康复治疗师的配备要求充实康复队伍。')).toEqual([]);
  });
  it('should not support a bounded norm, a norm outside a frame, or the plan\'s own count, as no indicator', () => {
    expect(values('社区按照每千名老年人不少于2名的要求配备养老服务专员。')).toEqual(['2|名|>=']);
    expect(values('全县每2万人口配置1辆救护车。')).toEqual(['1|辆|=']);
    expect(values('按照工作要求，全年培训社区网格员1200名。')).toEqual(['1200|名|=']);
  });
});
