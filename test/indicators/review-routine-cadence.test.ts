// A count of times after a cadence shorter than a year (每月1次, 每季度1次) says how often a routine runs, in the review of a
// report (法院/检察院/部门 工作报告, 工作总结) as in a plan: no level reached, whatever follows it (a quoted event name, a comma).
// The counts of work done in the same review stay items.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'review.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

const report = (...lines: string[]) => ['某县人民检察院工作报告', '一、2026年工作回顾', ...lines].join('\n');

describe('indicators: a routine cadence in a review', () => {
  it('should not support times after 每月 before a quoted event name as work done', async () => {
    expect(await items(report('（一）深化检务公开。坚持每月1次“检察开放日”，主动接受社会监督。'))).toEqual([]);
  });

  it('should not support times after 每季度 that end their sentence', async () => {
    expect(await items(report('（二）加强协作配合。与公安机关建立联席会议制度，坚持每季度1次“联合会商”。'))).toEqual([]);
  });

  it('should support the counts of work done around a routine in the same review', async () => {
    expect(await items(report('（三）加强法治宣传。坚持每月1次“法治讲堂”，全年开展送法进企业活动24场次，开展“每月一讲”宣讲活动12次。'))).toEqual([
      ['送法进企业活动', 24, '场次', 'actual'],
      ['“每月一讲”宣讲活动', 12, '次', 'actual'],
    ]);
  });
});
