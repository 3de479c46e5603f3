// A ratio written with 1 as its first term (师幼比1:15, 床护比1∶0.6, 医护比1:1.25) counts the second term per one of the first, as
// staffing standards of 学前教育, 卫健 and 养老 plans are written: its value is the second term and its unit the 1 and the colon
// (1:), as a ratio N:1 is written N with the unit :1. A 1:MM ratio is no time of day (a plan writes no time past one at night),
// while 8:30 stays one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县教育局2027年工作要点', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.year]);

describe('indicators: a ratio per one (1:N)', () => {
  it('should support a 1:N ratio whose second term reads like minutes as the ratio it is', async () => {
    const out = await items(['一、加强师资配备', '全县公办幼儿园专任教师与幼儿比达到1:15。']);
    expect(out).toEqual([['公办幼儿园专任教师与幼儿比', 15, '1:', '=', 2027]]);
  });

  it('should support a 1:N ratio with a decimal second term and a bound, in full-width colons', async () => {
    const out = await items(['一、加强护理队伍', '二级以上综合医院床护比不低于1∶0.7，医护比达到1：1.3。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [0.7, '1∶', '>='],
      [1.3, '1：', '='],
    ]);
  });

  it('should support a 1:N ratio set for two years, one item a year', async () => {
    const out = await items(['一、加强保教队伍', '托育机构保育人员与婴幼儿比2027年达到1:6，2029年达到1:5。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [6, '1:', 2027],
      [5, '1:', 2029],
    ]);
  });

  it('should not support 1∶1 or a ratio N:1 changing how it is written', async () => {
    const out = await items(['一、加强投入', '县级财政按1∶1比例落实配套资金，小学生师比控制在17:1以内。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [1, '∶1'],
      [17, ':1'],
    ]);
  });

  it('should not support a clock time being read as a ratio', async () => {
    const out = await items(['一、优化服务', '服务大厅每天8:30至17:30对外开放，12:00至14:00实行轮岗值班。']);
    expect(out).toEqual([]);
  });
});

describe('indicators: 比 that ends the name of a ratio before a year', () => {
  it('should support 比 before a year and a verb that only reaches a level as the end of the ratio name, the year its time', async () => {
    const out = await (async () =>
      (await extract(['某市卫生健康事业发展规划（2026—2030年）', '一、加强人才队伍', '全市二级以上医院医护比2028年达到1:1.2，2030年达到1:1.25。'].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]))();
    expect(out).toEqual([
      ['二级以上医院医护比', 1.2, 2028],
      ['二级以上医院医护比', 1.25, 2030],
    ]);
  });

  it('should not support 比 before a year and a verb of rise or fall losing its comparison', async () => {
    const out = await (async () =>
      (await extract(['某市生态环境保护规划（2026—2030年）', '一、改善空气质量', '到2030年，细颗粒物平均浓度比2025年下降到28微克/立方米，单位地区生产总值能耗比2025年降低13%。'].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]))();
    expect(out.map((i) => i[2])).toEqual(out.map(() => 2030));
    expect(out.every((i) => !String(i[0]).endsWith('比'))).toBe(true);
  });
});
