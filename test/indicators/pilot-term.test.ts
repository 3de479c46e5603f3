// The term a pilot scheme runs (试点期), said with a copula right after its noun (试点期为2年): the scheme sets how long the pilot lasts
// before it is evaluated, a term of the arrangement the plan restates, never a level it sets (INDICATORS.md: durations of procedural
// rules not phrased as a target), as 试行期为2年 is (grammar termNouns). The pilot's own targets stay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a pilot term said with a copula is no item', () => {
  it('should support a pilot term as no item', () => {
    expect(brief(indicators('本办法自发布之日起施行，试点期为3年。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('家庭病床服务试点期一般为2年，期满后进行评估。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a level the pilot sets', () => {
    expect(brief(indicators('试点期内家庭病床建床数达到500张以上。', ANNUAL_2024)).length).toBe(1);
    expect(brief(indicators('试点地区参保人数达到20万人。', ANNUAL_2024)).length).toBe(1);
  });
});
