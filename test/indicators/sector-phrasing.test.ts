// How targets of plans outside health are phrased (住建, 民政/养老, 碳达峰, 科技, 商务, 文旅体育, 安全生产, 营商环境):
// verbs, units and comparators of those sectors, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('net increase of a stock (净增)', () => {
  it('should support 净增 after its subject and before its object, as 新增', () => {
    expect(brief(indicators('外贸备案企业净增200家，经营主体净增3万户，净增规上工业企业50家。', ANNUAL_2024))).toEqual([
      '外贸备案企业净增|200|家|=|target|2024',
      '经营主体净增|3|万户|=|target|2024',
      '规上工业企业|50|家|=|target|2024',
    ]);
  });
  it('should not support 净增 without a number', () => {
    expect(indicators('力争市场主体数量实现净增。', ANNUAL_2024)).toEqual([]);
  });
});
