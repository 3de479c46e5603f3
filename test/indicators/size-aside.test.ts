// A size in a bracket of its own right after a noun, opened by the name of the size (（面积1200平方米）, （建筑面积4.6万平方米）,
// （规划用地面积42亩）), is an aside that describes the thing named before it: Chinese official writing gives a site's or a building's
// particulars so, while the clause's predicate says what is to be done to it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const YEAR = { years: [2027, 2027] as [number, number], annual: true };

describe('a size in a bracketed aside on a noun (（面积800平方米）)', () => {
  it('should support the aside as no item, the clause’s own targets kept', () => {
    expect(brief(indicators('在3号展厅（面积800平方米）举办馆藏书画精品展4场。', YEAR))).toEqual(['馆藏书画精品展|4|场|=|target|2027']);
    expect(brief(indicators('推动市体育中心（占地面积150亩）年底前建成投用。', YEAR))).toEqual([]);
    expect(brief(indicators('启动城北污水处理厂二期工程（规划用地面积36亩）建设。', YEAR))).toEqual([]);
    expect(brief(indicators('确保县档案馆新馆（总建筑面积1.2万平方米）10月底前开馆。', YEAR))).toEqual([]);
    expect(brief(indicators('完成滨河绿道（全长12公里）景观提升。', YEAR))).toEqual([]);
  });
  it('should not support a bound or a target verb in the bracket, a target’s bracket, nor a size in a clause of its own', () => {
    expect(brief(indicators('新建社区文化活动中心（面积不少于300平方米）5个。', YEAR))).toContain('新建社区文化活动中心（面积|300|平方米|>=|target|2027');
    expect(brief(indicators('新建城市书房8家，建筑面积1500平方米。', YEAR))).toContain('建筑面积|1500|平方米|=|target|2027');
    expect(brief(indicators('城市绿地完成规划总目标（面积45万平方米）。', YEAR))).toHaveLength(1);
    expect(brief(indicators('新增公共停车场（库）3个，新增停车泊位面积2万平方米。', YEAR))).toContain('新增停车泊位面积|2|万平方米|=|target|2027');
  });
});
