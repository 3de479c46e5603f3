// A document whose title names no year plans from its issue year to the latest year it sets a target for; a span of years
// that starts no earlier than the document (2027年至2029年累计…, 2027—2028年每年…) is planned too, so its last year counts
// (src/meta/years.ts latestTargetYear). Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: planYears from a span of years the document plans', () => {
  it('should support the last year of a span that starts after the issue year', async () => {
    const m = await meta(doc('关于全县基层卫生人才队伍建设情况的调研报告', '', '一、对策建议',
      '到2027年，全县每个乡镇卫生院至少配备2名全科医生；2027年至2030年累计招聘本土化医学生300名以上。', '', '某县人大常委会办公室', '2026年9月18日'));
    expect(m.planYears).toEqual([2026, 2030]);
  });

  it('should not support a span of past years as a planned span', async () => {
    const m = await meta(doc('关于全县基层卫生人才队伍建设情况的调研报告', '', '一、基本情况', '2021年至2025年累计招聘医学生420名。', '二、对策建议',
      '到2028年，全县每个乡镇卫生院至少配备2名全科医生。', '', '某县人大常委会办公室', '2026年9月18日'));
    expect(m.planYears).toEqual([2026, 2028]);
  });
});
