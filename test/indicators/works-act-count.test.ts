// 水利, 住建 and 农业 plans count works by the act done to them (实施8座小型水库除险加固, 实施3处中型灌区节水改造): after a verb of
// carrying out, a count whose noun ends in an act of construction (改造, 除险加固, 整治, 治理, 修复: grammar worksActHeads) is the
// number of works to deliver, as a count of 工程 or 项目 is. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: a count of works named by their act after a verb of carrying out (实施8座水库除险加固)', () => {
  it('should support the count of works whose noun ends in an act of construction', () => {
    expect(items('全年实施8座小型水库除险加固，确保安全度汛。')).toEqual(['小型水库除险加固|8|座']);
    expect(items('实施3处大中型灌区续建配套与节水改造。')).toEqual(['大中型灌区续建配套与节水改造|3|处']);
    expect(items('推进5条城区黑臭水体综合整治。')).toEqual(['城区黑臭水体综合整治|5|条']);
  });
  it('should not support a duration or an act with no count of works as a count of works', () => {
    expect(items('对返乡人员实施7天健康监测。')).toEqual([]);
    expect(items('实施小型水库除险加固，全面消除安全隐患。')).toEqual([]);
    expect(items('实施农村供水工程40处，受益人口3万人。').map((b) => b.split('|')[1])).toContain('40');
  });
});
