// A ；-part that opens with a yearly cadence (每年…不少于N) sets an amount for every year of the plan, as a sentence that opens so
// does: the deadline of the ；-part before it (到2030年…；每年…) is not its year. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const PLAN = { years: [2026, 2030] as [number, number], annual: false };

describe('a ；-part that opens with 每年 after a deadline', () => {
  it('should support the yearly amount with no year', () => {
    expect(brief(indicators('到2030年，建成市级重点学科4个；每年选送业务骨干外出进修不少于12人。', PLAN))).toContain('每年选送业务骨干外出进修|12|人|>=|target|');
    expect(brief(indicators('到2028年，新增家庭医生团队20个；每年开展义诊活动不少于6次。', PLAN))).toContain('义诊活动|6|次|>=|target|');
  });
  it('should not support a ；-part with no yearly cadence, nor one that names its own year', () => {
    expect(brief(indicators('到2030年，建成市级重点学科4个；市级重点专科达到6个。', PLAN))).toContain('市级重点专科|6|个|=|target|2030');
    expect(brief(indicators('到2030年，建成市级重点学科4个；2027年每年选送业务骨干不少于12人。', PLAN)).some((b) => b.endsWith('|2030') && b.includes('|12|'))).toBe(false);
  });
});
