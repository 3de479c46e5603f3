// How targets of social-sector plans are phrased (妇女儿童发展规划, 残疾人事业, 全民健身, 教育和托育): verbs,
// comparators and lists of those plans, each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR } from './helpers.js';

describe('the short verbs of a level reached (增至, 升至)', () => {
  it('should support 增至 and 升至 as 增加至 and 上升至', () => {
    expect(brief(indicators('每千名儿童拥有儿科床位增至2.5张，全市学前教育毛入园率升至93%。', MULTI_YEAR))).toEqual([
      '每千名儿童拥有儿科床位|2.5|张|=|target|',
      '学前教育毛入园率|93|%|=|target|',
    ]);
  });
  it('should support 增至 in the second clause of a pair that shares its subject', () => {
    expect(brief(indicators('每千名儿童拥有儿科执业（助理）医师达到0.87名、床位增至2.5张。', MULTI_YEAR)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '每千名儿童拥有儿科执业（助理）医师|0.87|名',
      '床位|2.5|张',
    ]);
  });
  it('should not support 增至 without a number', () => {
    expect(indicators('社区托育服务点数量逐步增至合理水平。', ANNUAL_2024)).toEqual([]);
  });
});
