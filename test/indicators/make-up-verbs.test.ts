// 增设, 补设, 补建: plans count the facilities they add to those that stand, or put back where they are missing (posts, signs,
// chargers, service points), after the verb and its object, as 新建 counts new ones: the count is a target. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const read = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: counts of facilities added or made up (增设/补设/补建 N 个 X)', () => {
  it('should support the count after 增设, 补设 or 补建 and its object as a target', () => {
    expect(read('沿湖绿道补设里程指示牌80块。')).toEqual(['里程指示牌|80|块']);
    expect(read('在老旧小区增设电动自行车集中充电桩900个。')).toEqual(['电动自行车集中充电桩|900|个']);
    expect(read('补建社区嵌入式养老服务站15个。')).toEqual(['社区嵌入式养老服务站|15|个']);
  });
  it('should not support 增设 or 补设 with no count, or a size in a bracket after the object, as an item', () => {
    expect(read('在各景区入口增设游客服务点。')).toEqual([]);
    expect(read('在3号楼增设康复训练室（面积600平方米）。')).toEqual([]);
  });
});
