// A yearly split of one metric after its name and a colon (…分年度安排为：2025年162个、2026年156个), written for these tests.
import { describe, expect, it } from 'vitest';
import type { PlanYears } from '../../src/indicators/extract.js';
import { indicators } from './helpers.js';

const THREE_YEAR: PlanYears = { years: [2026, 2028], annual: false };
const rows = (text: string, plan: PlanYears = THREE_YEAR): string[] => indicators(text, plan).map((i) => `${i.metric}|${i.value}|${i.unit}|${i.year}|${i.text}`);

describe('indicators: a yearly split after its metric and a split word (分年度安排为：2026年120个、2027年135个)', () => {
  it('should support each year’s value of the metric the lead names, after a colon or straight after the split word', () => {
    expect(rows('全县农村危房改造任务分年度安排为：2026年120户、2027年135户、2028年150户。')).toEqual([
      '农村危房改造任务|120|户|2026|2026年120户',
      '农村危房改造任务|135|户|2027|2027年135户',
      '农村危房改造任务|150|户|2028|2028年150户',
    ]);
    expect(rows('新建改建农村公路分年度目标为2026年80公里，2027年95公里。')).toEqual([
      '新建改建农村公路|80|公里|2026|2026年80公里',
      '新建改建农村公路|95|公里|2027|2027年95公里',
    ]);
  });
  it('should support a split after 分别为 or 依次为 with no colon, whose 分别 is no distributor over things listed', () => {
    expect(rows('全市新增省级专精特新企业分别为2026年25家和2027年32家。').map((r) => r.split('|').slice(0, 4).join('|'))).toEqual([
      '新增省级专精特新企业|25|家|2026',
      '新增省级专精特新企业|32|家|2027',
    ]);
    expect(rows('改造农贸市场依次为2026年6个、2027年9个、2028年11个。').map((r) => r.split('|').slice(1, 4).join('|'))).toEqual(['6|个|2026', '9|个|2027', '11|个|2028']);
  });
  it('should support the members after a status note in brackets, whose verb (已完成) is none of the next member', () => {
    expect(rows('口袋公园建设分年度安排为：2026年10个（已完成）、2027年12个、2028年15个。').map((r) => r.split('|').slice(0, 4).join('|'))).toEqual([
      '口袋公园建设|10|个|2026',
      '口袋公园建设|12|个|2027',
      '口袋公园建设|15|个|2028',
    ]);
  });
  it('should not support a year before a colon list with no split word, nor a member in another unit', () => {
    expect(rows('资金来源：2026年中央资金1200万元。').map((r) => r.split('|')[0])).not.toContain('资金来源');
    expect(rows('示范村建设分年度安排为：2026年8个、2027年3000万元。').map((r) => r.split('|').slice(0, 3).join('|'))).not.toContain('示范村建设|3000|万元');
  });
});
