// A count of times shared out by 各 over periods of the year (春季和秋季各开展1次…, 上半年和下半年各组织1次…, 枯水期和丰水期各…1次)
// says how often a routine runs in each of them, every year, as 每半年1次 does: a schedule, not a target. A bound word still sets
// one, and 各 over places or groups still counts (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a count shared out over seasons by 各 is a routine', () => {
  it('should not support a count of times in each school break or flood season', () => {
    expect(values('寒假和暑假各开展1次学生防溺水专题教育。')).not.toContain('1次');
    expect(values('汛期和非汛期各开展1次水库大坝安全巡查。')).not.toContain('1次');
  });

  it('should not support a count of times in each season', () => {
    expect(values('每年春秋两季各开展1次畜禽集中免疫。')).not.toContain('1次');
    expect(values('春季和秋季各举办1场农民工专场招聘会，促进就业。')).not.toContain('1场');
  });

  it('should not support a count of times in each water period, beside a target that stays', () => {
    expect(values('饮用水水源地水质达标率保持100%，丰水期和枯水期各开展1次全指标分析。')).toEqual(['100%']);
  });

  it('should support a count shared out over seasons with a bound word', () => {
    expect(values('汛前、汛后各至少开展1次堤防隐患排查。')).toContain('1次');
  });

  it('should support a count shared out by 各 over places, not periods', () => {
    expect(values('城区和农村各新建1所公办幼儿园。')).toContain('1所');
  });
});
