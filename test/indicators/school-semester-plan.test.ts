// A school's semester plan: grades written N年级 (九年级, 7年级) and fortnightly routines (每两周, 每半月) among its targets.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县实验中学2027年春季学期工作计划', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a school semester plan', () => {
  it('should not support a grade written with 年级 (九年级, 8年级) as a number of years', async () => {
    expect(await items('四月份：召开九年级学生家长会；组织八年级学生参加生物结业考试。')).toEqual([]);
    expect(await items('五月份：组织7年级学生开展研学实践活动。')).toEqual([]);
  });

  it('should support a target after a grade written with 年级', async () => {
    expect(await items('九年级体育中考优秀率达到40%以上。')).toEqual([['九年级体育中考优秀率', 40, '%', '>=']]);
    expect(await items('召开八年级教师质量分析会2次。')).toEqual([['八年级教师质量分析会', 2, '次', '=']]);
  });

  it('should support a duration in years still (连续3年, 服务满5年)', async () => {
    expect(await items('乡村学校教师服务年限不少于5年。')).toEqual([['乡村学校教师服务年限', 5, '年', '>=']]);
  });

  it('should not support a count of times under a fortnightly cadence (每两周, 每2周, 每半月) as a target', async () => {
    expect(await items('各备课组每两周开展1次集中教研。')).toEqual([]);
    expect(await items('年级组每2周召开1次学情分析会，政教处每半月通报1次卫生检查结果。')).toEqual([]);
  });

  it('should support a fortnightly count with a bound word as a target', async () => {
    expect(await items('每位教师每两周听课不少于2节。')).toEqual([['每位教师每两周听课', 2, '节', '>=']]);
  });
});
