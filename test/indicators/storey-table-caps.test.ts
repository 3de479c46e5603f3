// A building's height in storeys (层) and a banquet's size in tables (桌) are the units in which 住建/自建房 plans and 移风易俗
// rules cap them (新建住宅原则上不超过18层; 婚宴一般不超过15桌): with a comparator they are caps the set counts (g323: 原则上 or 一般 does
// not remove the bound). Bounded and run into a noun, storeys class that noun (4层及以上自建房), as 米 does; a Chinese numeral before
// 层 names a floor, and 层级/层次/层面 are no storeys. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('indicators: storeys (层) and banquet tables (桌) as units of a cap', () => {
  it('should support a cap on storeys and on banquet tables', () => {
    expect(brief(indicators('中心城区新建商品住宅原则上不超过26层。', ANNUAL_2027))).toEqual(['中心城区新建商品住宅|26|层|<=|target|2027']);
    expect(brief(indicators('农民自建住房层数一般不超过4层。', ANNUAL_2027))).toEqual(['农民自建住房层数|4|层|<=|target|2027']);
    expect(brief(indicators('红白喜事宴请一般不超过15桌。', ANNUAL_2027))).toEqual(['红白喜事宴请|15|桌|<=|target|2027']);
  });
  it('should not support storeys that class a noun, a floor named by a Chinese numeral, or 层级/层次 as a cap', () => {
    expect(brief(indicators('4层及以上经营性自建房安全鉴定率达到100%。', ANNUAL_2027))).toEqual(['4层及以上经营性自建房安全鉴定率|100|%|=|target|2027']);
    expect(indicators('在便民服务中心一层设置综合窗口。', ANNUAL_2027)).toEqual([]);
    expect(indicators('构建3层级医疗服务体系，形成2层次培训格局。', ANNUAL_2027)).toEqual([]);
  });
});
