// A stage or discharge read at a gauging station (警戒水位36.00米, 最高水位37.86米, 最大流量3.52万立方米每秒): 水文 and 防汛 documents
// write a station's characteristic thresholds and the readings of a past flood so, facts of the river that no plan sets; a stage or
// flow a plan holds has a bound or a target verb (控制在…米以下, 不低于…立方米每秒) and stays (g660's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a stage or discharge read at a gauging station (警戒水位N米, 最大流量N立方米每秒)', () => {
  it('should support a station threshold or a flood reading as no indicator', () => {
    expect(values('严格执行报汛规定，赣江峡江站警戒水位42.50米、保证水位44.20米，全年发布洪水预报不少于800站次。')).toEqual(['800|站次']);
    expect(values('去年汛期沅江桃源站最高水位45.12米，超警戒水位2.62米，洪峰流量2.81万立方米每秒。')).toEqual([]);
  });
  it('should not support a stage or flow the plan bounds, or other lengths, as no indicator', () => {
    expect(values('汛期水库水位控制在112.5米以下，下泄流量不低于8立方米每秒。')).toEqual(['112.5|米', '8|立方米']);
    expect(values('全年新建堤防12公里，加固护岸800米。')).toEqual(['12|公里', '800|米']);
  });
});
