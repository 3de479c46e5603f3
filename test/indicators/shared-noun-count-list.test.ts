// A list of counts in one unit before the one noun they all count (分别建成20个、35个日间照料中心): where a distributor spreads
// values over years or places, official writing names the thing once, after the last value. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: counts listed before the noun they share', () => {
  it('should support 分别 before counts in one unit and the noun after the last, over years', () => {
    expect(items('到2025年底、2026年底，全市分别建成20个、35个日间照料中心。')).toEqual([
      '日间照料中心|20|个|=|target|2025',
      '日间照料中心|35|个|=|target|2026',
    ]);
    expect(items('2025年和2026年分别新增2家和4家社区医院。')).toEqual(['社区医院|2|家|=|target|2025', '社区医院|4|家|=|target|2026']);
  });
  it('should support such a list without a distributor, its last bound covering every count', () => {
    expect(items('改造提升8个、12个以上示范性村卫生室。').map((b) => b.split('|').slice(0, 4).join('|'))).toEqual([
      '示范性村卫生室|8|个|>=',
      '示范性村卫生室|12|个|>=',
    ]);
  });
  it('should not support a list of counts that no noun follows: the noun was named before them', () => {
    expect(items('分别新增托位300个和450个。').map((b) => b.split('|')[0])).toEqual(['托位', '托位']);
  });
  it('should not support a list whose next member has a unit of its own or a verb of its own', () => {
    expect(items('新增护理型床位200张、5家护理院。').map((b) => b.split('|')[0])).toEqual(['护理型床位', '护理院']);
    expect(items('新建2所、改扩建3所乡镇卫生院。').map((b) => b.split('|').slice(0, 2).join('|'))).toContainEqual('乡镇卫生院|3');
  });
});
