// The floor area an allocation standard allows each person (党政机关办公用房: 处级正职办公室使用面积每人不超过18平方米; 人才公寓按每人
// 不超过60平方米配租): the rules fix, rank by rank, the most one person may be given, and 机关事务, 住建 and 人才 plans restate the cap
// as the standard they enforce, not a level to reach (g639's gold, g637's). An average the plan reaches is written 人均 and stays.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a per-person cap on floor area is an allocation standard (每人不超过N平方米)', () => {
  it('should support a cap on the area each person may be given as no indicator', () => {
    expect(values('严格落实办公用房配置标准，处级正职办公室使用面积每人不超过18平方米，处级副职每人不超过12平方米。')).toEqual([]);
    expect(values('青年人才驿站按每人不超过45平方米安排住房，免费入住期限为6个月。').filter((v) => v.includes('平方米'))).toEqual([]);
    expect(values('规范中小学教职工周转宿舍分配，周转宿舍使用面积每人不超过20平方米。')).toEqual([]);
  });
  it('should not support an average the plan reaches, a floor, or a total area, as no indicator', () => {
    expect(values('城镇居民人均住房建筑面积达到40平方米，人均公园绿地面积不低于12平方米。')).toEqual(['40|平方米|=', '12|平方米|>=']);
    expect(values('全年腾退超标办公用房不少于3000平方米。')).toEqual(['3000|平方米|>=']);
    expect(values('新建人才公寓每套面积不低于60平方米。')).toEqual(['60|平方米|>=']);
  });
});
