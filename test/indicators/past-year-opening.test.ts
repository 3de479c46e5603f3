// An annual plan often looks back on the year before in its opening lines instead of a 工作回顾 section (2026年，…：全年门急诊
// 2.7万人次，…): a sentence that opens with a year before the plan's is a review of that year, so its bare volumes (a noun and an amount
// with no verb) are levels reached, as they are under a review heading. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const YEAR = { years: [2027, 2027] as [number, number], annual: true };

describe('a sentence of an annual plan that opens with the year before it', () => {
  it('should support its bare volumes as levels reached of that year', () => {
    expect(brief(indicators('2026年，中心各项工作稳步推进：全年门急诊3.4万人次，住院患者980人次。', YEAR))).toEqual([
      '门急诊|3.4|万人次|=|actual|2026',
      '住院患者|980|人次|=|actual|2026',
    ]);
    expect(brief(indicators('2026年，全站无偿献血2.2万人次，采血量3.5万单位。', YEAR))).toEqual([
      '全站无偿献血|2.2|万人次|=|actual|2026',
      '采血量|3.5|万单位|=|actual|2026',
    ]);
  });
  it('should not support bare volumes of the plan’s own year, a deadline, nor the count of a set measured in the review', () => {
    expect(brief(indicators('2027年，全年门急诊3.8万人次。', YEAR))).toEqual([]);
    expect(brief(indicators('到2026年底，全年门急诊3.4万人次。', YEAR))).toEqual([]);
    // The set's count opens the subject of its own measure: the size of the set measured, no level reached of its own.
    expect(brief(indicators('2026年，全市126家公共机构用水总量为52.3万立方米。', YEAR)).map((b) => b.split('|')[1])).toEqual(['52.3']);
  });
});
