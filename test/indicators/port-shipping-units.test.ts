// How 港口/内河航运/多式联运 plans count what ports and fleets do: containers in TEU and in boxes (自然箱), fleets in
// deadweight tonnes (载重吨), trains in 列; a tonnage written before 级 is the class of a ship, a berth or a waterway, never a
// quantity; 建成后/投产后 open a clause with the moment a work's capacity is counted from.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators, MULTI_YEAR, names } from './helpers.js';

describe('units of port and shipping statistics (TEU, 自然箱, 载重吨, 列)', () => {
  it('should support TEU after the number as a count of containers', () => {
    expect(names('到2026年，内贸集装箱班轮平均载箱量提高到500TEU以上。', MULTI_YEAR)).toEqual(['内贸集装箱班轮平均载箱量|500|TEU']);
  });
  it('should support boxes per hour (自然箱/小时) as one unit of crane productivity', () => {
    expect(names('码头桥吊平均作业效率达到28自然箱/小时。', MULTI_YEAR)).toEqual(['码头桥吊平均作业效率|28|自然箱/小时']);
  });
  it('should support deadweight tonnes (万载重吨) as the unit of a fleet, not tonnes', () => {
    expect(names('全县水路运输企业运力规模达到45万载重吨。', MULTI_YEAR)).toEqual(['水路运输企业运力规模|45|万载重吨']);
  });
  it('should support trains counted in 列', () => {
    expect(names('海铁联运班列年开行量不少于260列。', MULTI_YEAR)).toEqual(['海铁联运班列年开行量|260|列']);
  });
  it('should not support 列 after a Chinese numeral or before a word it begins (一列, 列入)', () => {
    expect(indicators('首发一列冷链专列，将港区项目3列入年度计划。', MULTI_YEAR)).toEqual([]);
  });
});

describe('tonnage classes written with 级 (吨级)', () => {
  it('should not support a ship class (1000吨级船舶) as a quantity', () => {
    expect(indicators('新建船闸可通航2000吨级船舶，对500吨级以下的老旧货船实施拆解。', MULTI_YEAR)).toEqual([]);
  });
  it('should not support a class with its bound before the ships it names (5万吨级以上) as a quantity', () => {
    expect(indicators('引进5万吨级以上散货船舶，航道可满足3000吨级船舶通航。', MULTI_YEAR)).toEqual([]);
  });
  it('should support the count of berths whose class is written before it (万吨级泊位)', () => {
    expect(names('新增3万吨级以上泊位5个，改造1000吨级码头2个。', MULTI_YEAR)).toEqual(['3万吨级以上泊位|5|个', '1000吨级码头|2|个']);
  });
});

describe('a work built first (建成后, 投产后)', () => {
  it('should support 建成后 opening the clause as no part of the metric', () => {
    expect(names('加快航电枢纽建设，建成后年通过能力达到2000万吨。', MULTI_YEAR)).toEqual(['年通过能力|2000|万吨']);
  });
  it('should not support 建成 without 后 being dropped from a metric', () => {
    expect(names('建成区绿地率达到38%。', MULTI_YEAR)).toEqual(['建成区绿地率|38|%']);
  });
});
