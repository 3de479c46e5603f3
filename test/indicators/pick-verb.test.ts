// 选取 before a count: the firms, hospitals or villages a plan picks for help, a pilot or checks (每年选取不少于15家企业开展帮扶),
// counted after the verb and named by the noun after the count, as 遴选 is read (the set's gold: 遴选10家医疗机构). Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('选取 sets the count of the things it picks', () => {
  it('should support the noun after the count as the metric of 选取 with a bound word', () => {
    expect(brief(indicators('每年选取不少于15家小微企业开展安全生产帮扶。', ANNUAL_2024))).toEqual(['小微企业|15|家|>=|target|2024']);
  });
  it('should support 选取 with a plain count and its noun', () => {
    expect(brief(indicators('选取12所乡镇卫生院开展中医馆服务能力提升试点。', ANNUAL_2024))).toEqual(['乡镇卫生院|12|所|=|target|2024']);
  });
  it('should not support 选取 without a count as an item', () => {
    expect(brief(indicators('选取部分社区开展试点。', ANNUAL_2024))).toEqual([]);
  });
});
