// A size written after a dimension noun (宽度, 净宽, 间距, 距离) says what a thing measures — a size it has or the specification it
// is checked against — as 全长 and 总长度 do (grammar stockWords): with no target verb or bound it is no works to deliver and no
// item. Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('a size after a dimension noun', () => {
  it('should support a bare width, spacing or distance as no item', () => {
    expect(brief(indicators('养老机构出入口坡道宽度1.5米。', ANNUAL_2027))).toEqual([]);
    expect(brief(indicators('逐栋核查楼梯间净宽度1.2米、安全出口间距5米等规范要求。', ANNUAL_2027))).toEqual([]);
    expect(brief(indicators('两栋住院楼之间防火间距13米，按规范设置消防车道。', ANNUAL_2027))).toEqual([]);
  });
  it('should not support dropping a bounded or targeted dimension, or a length of works', () => {
    expect(brief(indicators('新建停车场通道宽度不小于6米。', ANNUAL_2027))).toEqual(['新建停车场通道宽度|6|米|>=|target|2027']);
    expect(brief(indicators('新建城市绿道18公里。', ANNUAL_2027))).toEqual(['新建城市绿道|18|公里|=|target|2027']);
  });
});
