// The cut-off of a class a 统计 or 认定 standard defines (规模以上工业企业: 年主营业务收入2000万元及以上; 限额以上批发业 …), cited in a frame
// that applies it (对照…2000万元及以上的标准, 按照…500万元以上的标准): the value bounded after it runs straight into 的标准; it is the
// edge every unit is measured against, not a level the plan sets (g667's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (sentence: string) => brief(indicators(sentence, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the cut-off of a class a standard defines (对照…2000万元及以上的标准)', () => {
  it('should support the bounded cut-off before 的标准 in a frame that applies it as no indicator', () => {
    expect(values('对照限额以上批发企业年主营业务收入2000万元及以上的标准，做好企业申报入库工作。')).toEqual([]);
    expect(values('按照其他营利性服务业年营业收入1000万元以上的标准，摸排拟入库单位。')).toEqual([]);
    expect(values('各镇要对照规上工业年主营业务收入2000万元及以上的标准，建立培育名单，全年新增入库企业不少于12家。')).toEqual(['12|家']);
  });
  it('should not support a support standard, a standard the plan reaches, or a bounded value outside such a frame, as no indicator', () => {
    expect(values('全县养老机构床位数达到每千名老年人40张以上的标准。')).toEqual(['40|张']);
    expect(values('力争规模以上工业企业年主营业务收入达到300亿元以上。')).toEqual(['300|亿元']);
    expect(values('全年新增入库规模以上服务业企业不少于6家。')).toEqual(['6|家']);
  });
});
