// 复审, the re-examination of a title or licence already granted, runs by a fixed cycle (每3年, 每两年): a count of times after
// that cycle is a standing check, as 复核 is (grammar procedureNouns), not a count the plan delivers. Without a cycle, or with a
// bound word, a count of re-examinations stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a re-examination by its cycle is a working rule', () => {
  it('should not support one re-examination per cycle of years', () => {
    expect(values('已命名的健康村每3年开展1次复审，不达标的限期整改。')).toEqual([]);
    expect(values('对获评的示范单位每两年组织一次复审。')).toEqual([]);
  });

  it('should support re-examinations counted for the year or with a bound word', () => {
    expect(values('全年完成12个省级卫生乡镇复审。')).toContain('12个');
    expect(values('每年至少开展2次复审抽查。')).toContain('2次');
  });
});
