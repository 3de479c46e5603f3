// 表彰 is a verb of counting: 妇联, 工会, 共青团, 人社 and 退役军人 plans set the people and bodies they will commend in the year
// after the verb and the honour's name (表彰“三八红旗手”30名、“三八红旗集体”15个), as 评选 and 命名 count them, and the honour's name is
// the metric without the verb (g354's and g328's gold: 评选表彰县级“三八红旗手”20名 → 县级“三八红旗手”). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 4).join('|'));

describe('indicators: the people and bodies commended after 表彰', () => {
  it('should support a count after 表彰 and the honour, one item per member of a list', () => {
    expect(items('年内表彰优秀工会积极分子80名、模范职工之家12个。')).toEqual(['优秀工会积极分子|80|名|=', '模范职工之家|12|个|=']);
    expect(items('表彰“最美巾帼志愿者”25名。')).toEqual(['“最美巾帼志愿者”|25|名|=']);
  });
  it('should not support 表彰 with no count, or a reward for those commended, as a count', () => {
    expect(items('对受到表彰的先进集体和个人给予通报表扬。')).toEqual([]);
    expect(items('大力表彰宣传先进典型，营造比学赶超氛围。')).toEqual([]);
  });
});
