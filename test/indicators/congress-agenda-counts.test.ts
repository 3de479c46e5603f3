// How a 人大常委会 (or 政协) 年度工作要点 counts its year: the sessions, reports, inspections and proposals it plans (全年召开常委会会议
// 7次, 听取和审议专项工作报告12项, 重点督办代表建议6件) are counts of work with their verb, as 举办…培训班2期 is; the cadence its
// meetings are held at (每两个月举行一次, 每年举行2次会议) is a working rule, not a target.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'congress.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县人大常委会2027年工作要点', ...lines].join('\n');

describe('indicators: the counts of a congress standing committee\'s year', () => {
  it('should support meetings a body plans to hold in its year after 召开/举行 as counts of work', async () => {
    expect(await items(plan('一、总体安排', '全年拟召开常委会会议7次，举行代表座谈会3场。'))).toEqual([
      ['常委会会议', 7, '次', '='],
      ['代表座谈会', 3, '场', '='],
    ]);
  });

  it('should support a yearly count of meetings with a bound word as a target', async () => {
    expect(await items(plan('一、指导乡镇人大工作', '推动各乡镇人大主席团每年召开3次以上主席团会议。'))).toEqual([['主席团会议', 3, '次', '>=']]);
  });

  it('should not support a meeting held by a cadence as a target (每年举行2次会议, 每年召开1次全体会议, 每两个月举行一次)', async () => {
    expect(await items(plan('一、会议制度', '乡镇人民代表大会每年举行2次会议。领导小组每年召开1次全体会议。常委会会议一般每两个月举行一次，每2个月召开1次主任会议。'))).toEqual([]);
  });

  it('should support proposals and hazards taken under supervision after 督办/挂牌督办, the verb kept in the name', async () => {
    expect(await items(plan('一、代表工作', '常委会领导重点督办代表建议6件，挂牌督办重大安全隐患12项。'))).toEqual([
      ['督办代表建议', 6, '件', '='],
      ['挂牌督办重大安全隐患', 12, '项', '='],
    ]);
  });
});
