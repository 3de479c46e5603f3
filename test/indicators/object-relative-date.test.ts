// A date between 对 and the noun of a measure's object, in a relative clause closed by 的 (对2026年检查发现问题的136家机构开展“回头看”),
// says when those objects were found or rated: no year of the count, which is the plan's. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const ANNUAL_2027 = { years: [2027, 2027] as [number, number], annual: true };

describe('a date in the relative clause of a measure’s object after 对', () => {
  it('should support the count as a target of the plan’s year', () => {
    expect(brief(indicators('对2026年检查发现问题的136家机构开展“回头看”。', ANNUAL_2027)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['136|家|=|target|2027']);
    expect(brief(indicators('对2026年新建的12所学校开展验收。', ANNUAL_2027)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['12|所|=|target|2027']);
  });
  it('should not support dropping a date that opens the clause before 对', () => {
    expect(brief(indicators('2026年，对全市38家公立医院开展绩效考核。', ANNUAL_2027)).map((b) => b.split('|').slice(1).join('|'))).toEqual(['38|家|=|actual|2026']);
  });
});
