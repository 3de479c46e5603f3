// A bound word (至少, 最少, 最多) written before a chain of verbs that opens a clause of works (至少组织开展…N场次): it bounds the
// count the verb sets at the end of the object, as 至少 right before the verb does (至少建成1个). gold/INDICATORS.md: 至少 → >=.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const read = (text: string) => indicators(text, ANNUAL_2024).map((i) => `${i.value}${i.unit ?? ''} ${i.comparator}`);

describe('a bound word before a chain of verbs', () => {
  it('should support 至少 before a light verb and the verb of works', () => {
    expect(read('各街道每年至少组织开展消防疏散演练3场次。')).toEqual(['3场次 >=']);
    expect(read('各村（社区）每年至少组织开展地质灾害避险演练2次。')).toEqual(['2次 >=']);
  });
  it('should support 最多 as an upper bound the same way', () => {
    expect(read('每所学校每学期最多组织开展校外研学活动2次。')).toEqual(['2次 <=']);
  });
  it('should support 至少 right before the verb of works', () => {
    expect(read('各乡镇至少开展防汛应急演练2场次。')).toEqual(['2场次 >=']);
  });
  it('should not support a bound word of an earlier clause', () => {
    expect(read('各乡镇至少配备1名专职人员，全年开展安全检查200次。')).toEqual(['1名 >=', '200次 =']);
  });
  it('should not support a plain count with no bound word', () => {
    expect(read('全县组织开展森林火灾应急演练12场次。')).toEqual(['12场次 =']);
  });
});
