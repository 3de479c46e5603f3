// The per-head word of an allocation standard may come before the name of the area as well as after it (县级正职每人使用面积不超过
// 30平方米, 科员每人办公用房面积不超过9平方米): 党政机关办公用房 and housing rules are written both ways, and plans restate either as the
// standard they enforce, not a level to reach (g678's gold). An average (人均…面积) and a total area stay items. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: a per-person cap on floor area with 每人 before the area name (每人使用面积不超过N平方米)', () => {
  it('should support a cap on the area each person may be given, 每人 before the area noun, as no indicator', () => {
    expect(values('严格执行办公用房配置标准，县级正职每人使用面积不超过30平方米，科员每人使用面积不超过9平方米。')).toEqual([]);
    expect(values('规范周转住房分配，新进教师每人住房面积不超过35平方米，全年新建周转住房120套。')).toEqual(['120|套|=']);
  });
  it('should not support an average the plan reaches, or a total area, as no indicator', () => {
    expect(values('全区机关人均办公用房使用面积控制在16平方米以内。')).toEqual(['16|平方米|<=']);
    expect(values('全年清理腾退超标办公用房面积不少于5000平方米。')).toEqual(['5000|平方米|>=']);
  });
});
