// A measure parted by place with each place named before its value (平均急救反应时间城区12分钟、农村25分钟以内): a bound word written
// once after the last value bounds every value of the list, as INDICATORS.md says of a bound written once for a whole list.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const items = (text: string) => indicators(text, MULTI_YEAR).map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('a bound after the last value of a list of places', () => {
  it('should support 以内 after the second place bounding the first', () => {
    expect(items('到2025年，院前急救平均反应时间城区15分钟、农村30分钟以内。')).toEqual([
      ['城区院前急救平均反应时间', 15, '分钟', '<='],
      ['农村院前急救平均反应时间', 30, '分钟', '<='],
    ]);
  });
  it('should support 以上 after the last of three places', () => {
    const got = items('到2025年，生活垃圾分类覆盖率中心城区95%、县城85%、建制镇70%以上。');
    expect(got.map((i) => i[3])).toEqual(['>=', '>=', '>=']);
  });
  it('should not support carrying the bound over a place that states its own bound', () => {
    const got = items('到2025年，院前急救平均反应时间城区不超过15分钟、农村30分钟以内。');
    expect(got.map((i) => i[3])).toEqual(['<=', '<=']);
    const own = items('到2025年，院前急救平均反应时间城区15分钟以内、农村不超过40分钟。');
    expect(own.map((i) => i[3])).toEqual(['<=', '<=']);
  });
  it('should not support a bound of a later clause reaching back past a comma', () => {
    const got = items('到2025年，院前急救平均反应时间城区15分钟，农村地区急救站点达到30个以上。');
    expect(got[0]?.[3]).toBe('=');
  });
});
